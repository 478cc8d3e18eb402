// `npm run bench:imports`: a 10,000-row bank file, previewed and imported, in process on an embedded database.
// A synthetic export (seeded, so every run reads the same file): 24 months of payments to a dozen vendors,
// half of them named by a technology's vendor, with a matching rule for some. Times the preview (read the
// file, look its fingerprints up in the ledger, apply the rules, suggest rules: what the preview action does)
// and the import (read again, insert every payment), then the same file again (every row a duplicate).
// Target from the issue: 10,000 rows preview within 2 s on this machine.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { openDatabase } from "../db/client";
import { setDatabaseHandle } from "../db/handle";
import { migrateDatabase } from "../db/migrate";
import { costItems, investments, matchRules, memberships, organizations, users } from "../db/schema";
import { mulberry32 } from "../lib/finance";
import { machineLoad } from "./shared/measure";

const ROWS = 10_000;
const PREVIEWS = 5;
const IMPORTS = 3;
const VENDORS = ["Shopify", "Square", "Mailchimp", "Xero", "Google Workspace", "Zendesk", "Slack", "Adobe", "Dropbox", "Corner Bakery", "City Power", "Fleet Fuel"];

function bankFile(seed: number): string {
  const rand = mulberry32(seed);
  const lines = ["Date,Payee,Description,Amount,Reference"];
  for (let i = 0; i < ROWS; i++) {
    const day = Math.floor((i / ROWS) * 730);
    const date = new Date(Date.UTC(2024, 0, 1 + day));
    const mdy = `${String(date.getUTCMonth() + 1).padStart(2, "0")}/${String(date.getUTCDate()).padStart(2, "0")}/${date.getUTCFullYear()}`;
    const vendor = VENDORS[Math.floor(rand() * VENDORS.length)];
    const cents = 500 + Math.floor(rand() * 250_000);
    const amount = `${rand() < 0.03 ? "" : "-"}${Math.floor(cents / 100).toLocaleString("en-US")}.${String(cents % 100).padStart(2, "0")}`;
    lines.push(`${mdy},"${vendor.toUpperCase()} *${1000 + (i % 97)}",Card payment ${i},"${amount}",REF-${i}`);
  }
  return `${lines.join("\n")}\n`;
}

async function workspace(db: ReturnType<typeof openDatabase>["db"], userId: string, n: number) {
  const [org] = await db.insert(organizations).values({ slug: `bench-imports-${n}`, name: `Import Bench ${n}` }).returning();
  await db.insert(memberships).values({ orgId: org.id, userId, role: "owner" });
  const techs = await db
    .insert(investments)
    .values(VENDORS.slice(0, 6).map((vendor) => ({ orgId: org.id, name: `${vendor} tool`, vendor: `${vendor} Inc.`, category: "other" as const, status: "live" as const })))
    .returning({ id: investments.id });
  await db.insert(costItems).values(techs.map((t) => ({ orgId: org.id, investmentId: t.id, category: "subscription" as const, kind: "recurring" as const, frequency: "monthly" as const, amountCents: 5_000, startMonth: "2024-01-01" })));
  await db.insert(matchRules).values(techs.slice(0, 3).map((t, i) => ({ orgId: org.id, position: i + 1, field: "payee", pattern: VENDORS[i], investmentId: t.id, costCategory: "subscription" as const })));
  return { orgId: org.id, userId, role: "owner" as const, org: { slug: org.slug, name: org.name, currency: "USD", locale: "en-US" as const } };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const line = (label: string, ms: number) => console.log(`  ${label.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms   ${Math.round(ROWS / (ms / 1000)).toLocaleString("en-US").padStart(8)} rows/s`);

const dataDir = mkdtempSync(path.join(tmpdir(), "techfolio-bench-imports-"));
try {
  const handle = openDatabase({ engine: "pglite", dataDir: path.join(dataDir, "pglite") });
  await migrateDatabase(handle);
  setDatabaseHandle(handle);
  const { previewBank } = await import("../lib/actuals/bank-preview");
  const { importBankFile } = await import("../lib/actuals/bank-import");
  const [user] = await handle.db.insert(users).values({ name: "Bench", email: "bench-imports@example.com", passwordHash: "x" }).returning();
  const csv = bankFile(2026);
  console.log(`A bank file of ${ROWS.toLocaleString("en-US")} rows (${(csv.length / 1024).toFixed(0)} KB); ${machineLoad()}\n`);

  const spaces = [];
  for (let i = 0; i < IMPORTS; i++) spaces.push(await workspace(handle.db, user.id, i));
  const previews: number[] = [];
  for (let i = 0; i <= PREVIEWS; i++) {
    const start = performance.now();
    const check = await previewBank(spaces[0], { csv });
    if (check.fileError || check.rowCount !== ROWS) throw new Error(`unexpected preview: ${check.fileError ?? check.rowCount}`);
    if (i > 0) previews.push(performance.now() - start); // the first run warms the code up
  }
  const imports: number[] = [];
  const again: number[] = [];
  const options = { delimiter: "comma", decimal: "point", dateOrder: "mdy" } as const;
  for (const ctx of spaces) {
    let start = performance.now();
    const first = await importBankFile(ctx, { fileName: "bench.csv", text: csv, options });
    imports.push(performance.now() - start);
    if (first.added !== ROWS) throw new Error(`imported ${first.added} of ${ROWS}`);
    start = performance.now();
    const second = await importBankFile(ctx, { fileName: "bench.csv", text: csv, options });
    again.push(performance.now() - start);
    if (second.added !== 0 || second.duplicates !== ROWS) throw new Error("the second import added payments");
  }
  console.log(`Median of ${PREVIEWS} previews and ${IMPORTS} imports (PGlite, in process):`);
  line("preview (read, duplicates, rules, suggestions)", median(previews));
  line("import into an empty ledger", median(imports));
  line("import of the same file again (all duplicates)", median(again));
  console.log(`\nTarget: preview of ${ROWS.toLocaleString("en-US")} rows within 2,000 ms — ${median(previews) <= 2000 ? "met" : "NOT met"}.`);
  await handle.close();
  setDatabaseHandle(undefined);
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
