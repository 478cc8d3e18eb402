/**
 * The demo's bank exports go into the ledger the way a consultant's would: through the bank import
 * (read by the file's conventions, fingerprinted, matched by the workspace's rules, duplicates from the
 * overlapping export skipped), as the demo consultant, inside the seed's transaction.
 */
import { importBankFile } from "@/lib/actuals/bank-import";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { isLocale } from "@/lib/format/locales";
import type { Tx } from "../client";
import { runInTransaction } from "../scope";
import type { BankExport } from "./bank/types";
import type { SeedRows } from "./build";

/** What one workspace's exports added to its ledger. */
type BankImportTotals = { slug: string; files: number; added: number; duplicates: number; unmatched: number };

function demoTenant(rows: SeedRows, slug: string, consultantId: string): TenantCtx {
  const org = rows.organizations.find((o) => o.slug === slug);
  if (!org?.id || !org.currency || !isLocale(org.locale)) throw new Error(`demo seed: no workspace ${slug} for its bank exports`);
  return { orgId: org.id, userId: consultantId, role: "owner", org: { slug, name: org.name, currency: org.currency, locale: org.locale } };
}

async function importExports(ctx: TenantCtx, files: readonly BankExport[]): Promise<BankImportTotals> {
  const totals: BankImportTotals = { slug: ctx.org.slug, files: files.length, added: 0, duplicates: 0, unmatched: 0 };
  for (const file of files) {
    const result = await importBankFile(ctx, file);
    const problem = result.fileError ?? result.errors[0]?.message;
    if (problem) throw new Error(`demo seed: ${ctx.org.slug}/${file.fileName} was refused: ${problem}`);
    totals.added += result.added;
    totals.duplicates += result.duplicates;
    totals.unmatched += result.unmatched;
  }
  return totals;
}

/** Imports every workspace's exports, oldest first, in the open seed transaction. */
export function importDemoBankFiles(tx: Tx, rows: SeedRows, imports: readonly { slug: string; files: BankExport[] }[], consultantId: string): Promise<BankImportTotals[]> {
  return runInTransaction(tx, async () => {
    const totals: BankImportTotals[] = [];
    for (const { slug, files } of imports) totals.push(await importExports(demoTenant(rows, slug, consultantId), files));
    return totals;
  });
}
