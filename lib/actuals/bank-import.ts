import "server-only";
import { findExistingFingerprints, insertActualImport, insertImportedCosts, recordImportCounts, type ImportedCost } from "@/db/queries/actual-imports";
import { writeAudit, type AuditInput } from "@/db/queries/audit";
import { insertRules, listMatchRules } from "@/db/queries/match-rules";
import { withScope } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { readImport, type CellError, type ImportOptions, type Preview } from "@/lib/imports/pipeline";
import { rememberChoices } from "@/lib/imports/request";
import { BANK_KIND, bankFile, type BankRow } from "./bank-file";
import { fingerprintRows } from "./fingerprint";
import { applyRules, type RuleLike, type SuggestedRule } from "./rules";

/** A bank file to import: its text, how to read it, and the suggested rules the person accepted. */
export type BankImportFile = { fileName: string; text: string; options: ImportOptions; acceptRules?: readonly SuggestedRule[] };

/** What an import did; with any error (`fileError`, `errors`) it wrote nothing. */
export type BankImportResult = {
  added: number;
  duplicates: number;
  unmatched: number;
  rulesAdded: number;
  importId: string | null;
  fileError: string | null;
  errors: CellError[];
};

/** A row of the file with what the ledger would make of it. */
export type MatchedBankRow = BankRow & { line: number; fingerprint: string; duplicate: boolean; rule: RuleLike | null };

const scopeOf = (ctx: TenantCtx) => ({ orgIds: [ctx.orgId], userId: ctx.userId });

/** The file read as a bank export with the workspace's locale; nothing is looked up yet. */
const readBankFile = (ctx: TenantCtx, text: string, options: ImportOptions): Preview<BankRow> => readImport(bankFile, text, options, ctx.org.locale);

/**
 * Each row with its fingerprint, whether the ledger already holds it, and the first rule that files it. A file
 * without a payee column names the counterparty in its description: that stands in for the payee.
 */
export async function matchBankRows(ctx: TenantCtx, rows: Preview<BankRow>["rows"], rules: readonly RuleLike[]): Promise<MatchedBankRow[]> {
  const prints = fingerprintRows(rows.map(({ row }) => ({ bookedOn: row.bookedOn, amountCents: row.amountCents, payee: row.payee || row.description })));
  const existing = await findExistingFingerprints(ctx, prints);
  return rows.map(({ line, row }, i) => ({
    ...row,
    line,
    fingerprint: prints[i],
    duplicate: existing.has(prints[i]),
    rule: applyRules(rules, row),
  }));
}

/** The workspace's rules in applied order, as the matcher reads them. */
export async function currentRules(ctx: TenantCtx): Promise<RuleLike[]> {
  return (await listMatchRules(ctx)).map(({ id, position, field, pattern, investmentId, costCategory }) => ({ id, position, field, pattern, investmentId, costCategory }));
}

/** A bank line as the ledger stores it; the bank's own category goes with the description. */
function toCost(row: MatchedBankRow): ImportedCost {
  const description = [row.description, row.category].filter(Boolean).join(" · ").slice(0, 1000);
  return {
    bookedOn: row.bookedOn,
    amountCents: row.amountCents,
    payee: row.payee,
    description,
    reference: row.reference,
    investmentId: row.rule?.investmentId ?? null,
    costCategory: row.rule?.costCategory ?? null,
    fingerprint: row.fingerprint,
  };
}

const refused = (preview: Preview<BankRow>): BankImportResult => ({
  added: 0,
  duplicates: 0,
  unmatched: 0,
  rulesAdded: 0,
  importId: null,
  fileError: preview.fileError,
  errors: preview.errors,
});

/** Stores the accepted rules after the workspace's own; returns every rule to apply, in order, and their audit rows. */
async function rulesWithAccepted(ctx: TenantCtx, accepted: readonly SuggestedRule[]): Promise<{ rules: RuleLike[]; added: number; audit: AuditInput[] }> {
  const stored = await insertRules(ctx, accepted);
  const audit = stored.map((rule): AuditInput => ({ action: "create", entity: "matchRule", entityId: rule.id, after: rule }));
  return { rules: await currentRules(ctx), added: stored.length, audit };
}

/** Adds the payments the ledger does not hold yet, with the file's summary row. */
async function addPayments(ctx: TenantCtx, fileName: string, rows: readonly MatchedBankRow[]) {
  const fresh = rows.filter((row) => !row.duplicate);
  if (fresh.length === 0) return { importId: null, added: 0, unmatched: 0 };
  const importId = await insertActualImport(ctx, { kind: BANK_KIND, fileName: fileName.slice(0, 500), rows: rows.length });
  const { added, unmatched } = await insertImportedCosts(ctx, importId, fresh.map(toCost));
  await recordImportCounts(ctx, importId, { added, duplicates: rows.length - added });
  return { importId, added, unmatched };
}

/**
 * Imports one bank file into the workspace's ledger, all or nothing: any problem in the file writes nothing;
 * accepted rules are stored after the workspace's own and applied with them, in order; payments the ledger
 * already holds (the same or an overlapping export) are counted as duplicates, never added twice. A file
 * that adds nothing and accepts no rule changes nothing at all. Runs in the caller's scoped transaction or
 * opens its own, so it works outside a request (the demo seed) as inside an action; it writes its own audit
 * rows, and remembers how files of this shape are read.
 */
export async function importBankFile(ctx: TenantCtx, file: BankImportFile): Promise<BankImportResult> {
  return withScope(scopeOf(ctx), () => importReadFile(ctx, file, readBankFile(ctx, file.text, file.options), file.options));
}

/** The import of a file already read (on the server, in this request) with the choices it was read with. */
export async function importReadFile(ctx: TenantCtx, file: Pick<BankImportFile, "fileName" | "acceptRules">, preview: Preview<BankRow>, choices: ImportOptions): Promise<BankImportResult> {
  return withScope(scopeOf(ctx), async () => {
    if (preview.fileError || preview.errors.length) return refused(preview);
    const { rules, added: rulesAdded, audit } = await rulesWithAccepted(ctx, file.acceptRules ?? []);
    const rows = await matchBankRows(ctx, preview.rows, rules);
    const { importId, added, unmatched } = await addPayments(ctx, file.fileName, rows);
    const duplicates = rows.length - added;
    if (importId) {
      audit.unshift({ action: "import", entity: "actualImport", entityId: importId, after: { kind: BANK_KIND, fileName: file.fileName, rows: rows.length, added, duplicates, unmatched } });
      await rememberChoices(ctx, bankFile, preview, choices);
    }
    await writeAudit(ctx, audit);
    return { added, duplicates, unmatched, rulesAdded, importId, fileError: null, errors: [] };
  });
}
