// `npm run bench:portfolio`: the portfolio table's response time with 2,000 technologies.
// Builds a fresh embedded database (demo data + one workspace of 2,000 technologies with cost, benefit,
// risk and alignment lines), measures the in-process figures, then serves the production build on a
// free port, signs in over HTTP and times the portfolio page (sorted, filtered, paged) sequentially.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { setDatabaseHandle } from "../db/handle";
import { migrateDatabase } from "../db/migrate";
import { alignments, auditLog, benefitItems, costItems, goals, investments, memberships, organizations, risks, users } from "../db/schema";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "../db/seed";
import { ensureBuild, nextBin } from "../scripts/ensure-build";

const TECHNOLOGIES = 2_000;
const REQUESTS = 30;
const SLUG = "bench-2000";

async function buildDatabase(dataDir: string) {
  const handle = openDatabase({ engine: "pglite", dataDir: path.join(dataDir, "pglite") });
  await migrateDatabase(handle);
  await seedDemo(handle.db);
  const { db } = handle;
  const [consultant] = await db.select().from(users).where(eq(users.email, DEMO_USERS.consultant));
  const [org] = await db.insert(organizations).values({ slug: SLUG, name: "Benchmark Holdings", industry: "retail" }).returning();
  await db.insert(memberships).values({ orgId: org.id, userId: consultant.id, role: "owner" });
  const [goal] = await db.insert(goals).values({ orgId: org.id, title: "Grow", perspective: "financial", weight: 1 }).returning();
  const categories = ["crm", "erp", "ecommerce", "collaboration", "analytics_bi", "cybersecurity"] as const;
  for (let start = 0; start < TECHNOLOGIES; start += 500) {
    const batch = Array.from({ length: Math.min(500, TECHNOLOGIES - start) }, (_, k) => start + k);
    const techs = await db
      .insert(investments)
      .values(batch.map((i) => ({ orgId: org.id, name: `Tool ${String(i).padStart(4, "0")}`, vendor: `Vendor ${i % 97}`, category: categories[i % 6], status: "live" as const, goLiveDate: "2025-01-01", usefulLifeMonths: 36, ownerName: i % 5 ? "Alex" : null })))
      .returning({ id: investments.id });
    await db.insert(costItems).values(
      techs.flatMap((t, k) => [
        { orgId: org.id, investmentId: t.id, category: "implementation" as const, kind: "one_time" as const, amountCents: 100_000 + k * 997, startMonth: "2025-01-01" },
        { orgId: org.id, investmentId: t.id, category: "subscription" as const, kind: "recurring" as const, frequency: "monthly" as const, amountCents: 5_000 + (k % 40) * 250, startMonth: "2025-01-01", renewalDate: "2026-01-01", noticeDays: 60, annualUpliftPct: "5" },
      ]),
    );
    await db.insert(benefitItems).values(techs.map((t, k) => ({ orgId: org.id, investmentId: t.id, category: "labour_savings" as const, kind: "recurring" as const, frequency: "monthly" as const, amountCents: 4_000 + (k % 50) * 400, startMonth: "2025-02-01", rampUpMonths: 3 })));
    await db.insert(risks).values(techs.map((t, k) => ({ orgId: org.id, investmentId: t.id, type: "vendor" as const, title: "Lock-in", likelihood: 1 + (k % 5), impact: 1 + ((k * 7) % 5) })));
    await db.insert(alignments).values(techs.map((t, k) => ({ orgId: org.id, investmentId: t.id, goalId: goal.id, strength: k % 6 })));
  }
  return { handle, orgId: org.id, userId: consultant.id };
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function cookieHeader(response: Response, jar: Map<string, string>) {
  for (const c of response.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const [name, ...value] = pair.split("=");
    jar.set(name, value.join("="));
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

async function signIn(base: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  let cookie = cookieHeader(csrfResponse, jar);
  const body = new URLSearchParams({ csrfToken, email: DEMO_USERS.consultant, password: DEMO_PASSWORD, callbackUrl: `${base}/workspaces` });
  const response = await fetch(`${base}/api/auth/callback/credentials`, { method: "POST", body, headers: { cookie }, redirect: "manual" });
  cookie = cookieHeader(response, jar);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed (${response.status})`);
  return cookie;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function timePage(base: string, cookie: string, query: string) {
  const times: number[] = [];
  for (let i = 0; i < REQUESTS + 3; i++) {
    const start = performance.now();
    const response = await fetch(`${base}/w/${SLUG}/portfolio${query}`, { headers: { cookie } });
    const html = await response.text();
    if (response.status !== 200 || !html.includes("Tool ")) throw new Error(`unexpected response ${response.status} for ${query}`);
    if (i >= 3) times.push(performance.now() - start); // the first requests warm the server up
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

const dataDir = mkdtempSync(path.join(tmpdir(), "techfolio-bench-"));
try {
  console.log(`Building a workspace of ${TECHNOLOGIES.toLocaleString()} technologies…`);
  const { handle, orgId, userId } = await buildDatabase(dataDir);
  setDatabaseHandle(handle);
  const { listPortfolio } = await import("../lib/portfolio/view");
  const { queryPortfolio } = await import("../lib/portfolio/table-query");
  const { parseTableParams } = await import("../lib/portfolio/table-params");
  const ctx = { orgId, userId, role: "owner" as const, org: { slug: SLUG, name: "Benchmark Holdings", currency: "USD", locale: "en-US" as const } };
  // After a change (an audit row, as every write leaves) the rows are recomputed; unchanged, they are reused.
  const afterChange: number[] = [];
  const unchanged: number[] = [];
  for (let i = 0; i < 13; i++) {
    await handle.db.insert(auditLog).values({ orgId, userId, action: "update", entity: "bench" });
    for (const times of [afterChange, unchanged]) {
      const start = performance.now();
      queryPortfolio(await listPortfolio(ctx), parseTableParams({ sort: "npvCents", dir: "desc" }));
      if (i >= 3) times.push(performance.now() - start);
    }
  }
  afterChange.sort((a, b) => a - b);
  unchanged.sort((a, b) => a - b);
  await handle.close();
  setDatabaseHandle(undefined);

  ensureBuild();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: "", TECHFOLIO_DATA_DIR: dataDir, AUTH_SECRET: randomBytes(32).toString("base64url"), AUTH_TRUST_HOST: "true" },
    stdio: "ignore",
  });
  try {
    for (let i = 0; ; i++) {
      const ok = await fetch(`${base}/sign-in`).then((r) => r.ok, () => false);
      if (ok) break;
      if (i > 600) throw new Error("the server did not start");
      await new Promise((r) => setTimeout(r, 200));
    }
    const cookie = await signIn(base);
    const cases = {
      "first page, default order": "",
      "sorted by NPV, descending": "?sort=npvCents&dir=desc",
      "search + category filter": "?q=tool%201&category=crm",
      "page 40 of 25 rows": "?page=40",
    };
    console.log(`\nPortfolio with ${TECHNOLOGIES.toLocaleString()} technologies (server-side sort, filter and paging; the browser gets one page)`);
    console.log(`  in process, after a change (load + compute + sort): p50 ${percentile(afterChange, 50).toFixed(1)} ms  p95 ${percentile(afterChange, 95).toFixed(1)} ms`);
    console.log(`  in process, unchanged (reused rows, sort + page):   p50 ${percentile(unchanged, 50).toFixed(1)} ms  p95 ${percentile(unchanged, 95).toFixed(1)} ms`);
    for (const [label, query] of Object.entries(cases)) {
      const t = await timePage(base, cookie, query);
      console.log(`  GET /portfolio${query.padEnd(28)} ${label.padEnd(28)} p50 ${t.p50.toFixed(1).padStart(6)} ms  p95 ${t.p95.toFixed(1).padStart(6)} ms  (${REQUESTS} requests)`);
    }
  } finally {
    server.kill("SIGTERM");
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
