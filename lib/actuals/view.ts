/** The actuals pages' reads: the ledger (one page of it, its filters' choices) and the matching rules. */
import "server-only";
import { listTechnologiesForMatching } from "@/db/queries/actual-imports";
import { getLedgerOverview, listLedgerPage, listUnmatchedTexts, type LedgerQuery } from "@/db/queries/actuals";
import { listMatchRules } from "@/db/queries/match-rules";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { CostCategory } from "@/lib/domain/values";
import { monthRange, type LedgerParams } from "./ledger-params";
import { suggestRules } from "./rules";

const toQuery = (params: LedgerParams): LedgerQuery => ({
  match: params.match,
  technology: params.technology,
  booked: params.month ? monthRange(params.month) : null,
  sort: params.sort,
  dir: params.dir,
  page: params.page,
  pageSize: params.pageSize,
});

/** The technologies a payment can be filed under, with the category a payment to each most likely is. */
export type TechnologyChoice = { id: string; name: string; mainCostCategory: CostCategory | null };
const choices = (rows: readonly TechnologyChoice[]): TechnologyChoice[] => rows.map(({ id, name, mainCostCategory }) => ({ id, name, mainCostCategory }));

/** One page of the ledger as the URL asks for it, with the counts, months and technologies its filters offer. */
export const loadLedger = tenantRead(async function loadLedger(ctx: TenantCtx, params: LedgerParams) {
  const [page, overview, technologies] = await Promise.all([listLedgerPage(ctx, toQuery(params)), getLedgerOverview(ctx), listTechnologiesForMatching(ctx)]);
  return { page, overview, technologies: choices(technologies) };
});

/** The rules in applied order, the technologies they may name, and rules worth adding for the payments still unmatched. */
export const loadMatchRules = tenantRead(async function loadMatchRules(ctx: TenantCtx) {
  const [rules, technologies, unmatched] = await Promise.all([listMatchRules(ctx), listTechnologiesForMatching(ctx), listUnmatchedTexts(ctx)]);
  return {
    rules,
    technologies: choices(technologies),
    unmatchedCount: unmatched.length,
    suggestions: suggestRules(technologies, unmatched, rules).map((rule) => ({ ...rule, technologyName: technologies.find((t) => t.id === rule.investmentId)?.name ?? "" })),
  };
});
