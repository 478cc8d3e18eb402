import "server-only";
import { listTechnologiesForMatching } from "@/db/queries/actual-imports";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { CostCategory } from "@/lib/domain/values";
import { toCheck, type ImportCheck } from "@/lib/imports/check";
import { readRequest, type ImportRequest } from "@/lib/imports/request";
import { bankFile, type BankRow } from "./bank-file";
import { currentRules, matchBankRows, type MatchedBankRow } from "./bank-import";
import { applyRules, suggestRules, type RuleLike, type SuggestedRule } from "./rules";

/** One row of the preview table: the payment, whether the ledger has it already, and where a rule files it. */
export type BankRowSummary = Omit<BankRow, "category"> & { duplicate: boolean; investmentId: string | null; technologyName: string | null; costCategory: CostCategory | null };

/** A rule worth adding, with its technology's name and how many of the file's new payments it would file. */
export type RuleSuggestion = SuggestedRule & { technologyName: string; covers: number };

/**
 * What importing a bank file would do. `rules` are the workspace's own, in order: with the suggestions the
 * person accepts appended, they give the rows' matches as the import will make them (lib/actuals/rules.ts).
 */
export type BankCheck = ImportCheck<BankRowSummary> & {
  counts: { duplicates: number; matched: number; unmatched: number };
  rules: RuleLike[];
  suggestions: RuleSuggestion[];
};

const summaryWith = (names: ReadonlyMap<string, string>) => (row: MatchedBankRow): BankRowSummary => ({
  bookedOn: row.bookedOn,
  amountCents: row.amountCents,
  payee: row.payee,
  description: row.description,
  reference: row.reference,
  duplicate: row.duplicate,
  investmentId: row.rule?.investmentId ?? null,
  technologyName: row.rule ? (names.get(row.rule.investmentId) ?? null) : null,
  costCategory: row.rule?.costCategory ?? null,
});

function countsOf(rows: readonly MatchedBankRow[]): BankCheck["counts"] {
  const fresh = rows.filter((row) => !row.duplicate);
  const matched = fresh.filter((row) => row.rule !== null).length;
  return { duplicates: rows.length - fresh.length, matched, unmatched: fresh.length - matched };
}

/** Suggestions from the technologies' vendors for the new payments no rule files, each with how many it would file. */
type Technology = { id: string; name: string; vendor: string; mainCostCategory: CostCategory | null };

function suggestionsFor(technologies: Technology[], names: ReadonlyMap<string, string>, rows: readonly MatchedBankRow[], rules: readonly RuleLike[]): RuleSuggestion[] {
  const fresh = rows.filter((row) => !row.duplicate && row.rule === null);
  return suggestRules(technologies, fresh, rules).map((suggestion) => {
    const alone = [{ ...suggestion, id: "", position: 0 }];
    return { ...suggestion, technologyName: names.get(suggestion.investmentId) ?? "", covers: fresh.filter((row) => applyRules(alone, row)).length };
  });
}

/** Reads the file with the choices sent (or remembered), and matches its rows against the ledger and the rules; writes nothing. */
export async function previewBank(ctx: TenantCtx, request: ImportRequest): Promise<BankCheck> {
  const { choices, preview } = await readRequest(ctx, bankFile, request);
  const [rules, technologies] = await Promise.all([currentRules(ctx), listTechnologiesForMatching(ctx)]);
  const rows = await matchBankRows(ctx, preview.rows, rules);
  const names = new Map(technologies.map((t) => [t.id, t.name]));
  return {
    ...toCheck({ ...preview, rows: rows.map((row) => ({ line: row.line, row })) }, choices, summaryWith(names)),
    counts: countsOf(rows),
    rules,
    suggestions: suggestionsFor(technologies, names, rows, rules),
  };
}
