/**
 * The portfolio's figures for pages, exports and the other features' views: the workspace's technologies
 * loaded through db/queries, evaluated with lib/finance (lib/portfolio/metrics.ts), and kept in the one
 * marker cache until the workspace's next write.
 */
import "server-only";
import { actualCostsByMonth } from "@/db/queries/actuals-summary";
import { changeMarker, listGoalWeights, loadTechnologyItems } from "@/db/queries/portfolio";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { markerCache } from "@/lib/cache/marker-cache";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { planVsActual, type PlanVsActual } from "@/lib/actuals/plan-vs-actual";
import { loadRealisedDetail } from "@/lib/realisation/money";
import type { KpiMoneyInput } from "@/lib/realisation/money-types";
import { evaluatePortfolio, evaluateTechnology, factorScore, type EvaluatedTechnology } from "./metrics";
import { lastCompleteMonth } from "./timeline";
import type { PortfolioRow, TechnologyDetail } from "./types";

/** A workspace's evaluated portfolio: every technology with its items, timeline, finance summary and table row. Frozen. */
export type PortfolioModel = { annualDiscountRate: number; technologies: readonly EvaluatedTechnology[]; rows: readonly PortfolioRow[] };

const models = markerCache<PortfolioModel>({ maxKeys: 1 });

/** The evaluated portfolio under the workspace's current change marker (pass `marker` when already read). */
export const getPortfolioModel = tenantRead(async function getPortfolioModel(ctx: TenantCtx, today: Date = new Date(), marker?: string): Promise<PortfolioModel> {
  return models.get(ctx.orgId, marker ?? (await changeMarker(ctx, today)), "model", async () => {
    const { items, annualDiscountRate } = await loadTechnologyItems(ctx);
    const technologies = evaluatePortfolio(items, annualDiscountRate, today);
    return { annualDiscountRate, technologies, rows: technologies.map((t) => t.row) };
  });
});

/** Every technology of the workspace with its computed figures (sorting and paging happen on the server, in memory). */
export const listPortfolio = tenantRead(async function listPortfolio(ctx: TenantCtx, today: Date = new Date()): Promise<PortfolioRow[]> {
  return (await getPortfolioModel(ctx, today)).rows as PortfolioRow[]; // frozen: never sort in place
});

/** One technology, for its detail and edit pages. "Not yours" and "does not exist" are the same answer. */
export const getTechnologyDetail = tenantRead(async function getTechnologyDetail(ctx: TenantCtx, id: string, today: Date = new Date()): Promise<TechnologyDetail> {
  if (!isUuid(id)) throw new AppError("not_found");
  // The TIME quadrant and relative cost compare with the whole portfolio, so the row comes from the model.
  const [{ items, annualDiscountRate }, model, workspaceGoals] = await Promise.all([loadTechnologyItems(ctx, id), getPortfolioModel(ctx, today), listGoalWeights(ctx)]);
  const own = items[0];
  const row = model.rows.find((r) => r.id === id);
  if (!own || !row) throw new AppError("not_found");
  const { origin, horizonMonths, summary } = evaluateTechnology(own, annualDiscountRate, today);
  const strength = new Map(own.alignments.map((a) => [a.goalId, a.strength]));
  return {
    row,
    investment: own.investment,
    costs: own.costs,
    benefits: own.benefits,
    risks: own.risks,
    factors: own.factors,
    alignments: workspaceGoals.map((g) => ({ ...g, strength: strength.get(g.goalId) ?? 0 })),
    originMonth: origin,
    horizonMonths,
    annualDiscountRate,
    summary,
    weightedScore: factorScore(own.factors),
  };
});

/** A technology's plan against what was paid and realised, with the inputs behind its KPI-realised benefits. */
export type TechnologyPlanVsActual = { figures: PlanVsActual; kpiInputs: KpiMoneyInput[] };

/**
 * The technology page's plan against actual, up to the last complete month (the month every page defaults
 * to): its plan series from the detail, its payments summed per month, its realised benefits.
 */
export const getTechnologyPlanVsActual = tenantRead(async function getTechnologyPlanVsActual(
  ctx: TenantCtx,
  detail: Pick<TechnologyDetail, "investment" | "originMonth" | "summary">,
  today: Date = new Date(),
): Promise<TechnologyPlanVsActual> {
  const month = lastCompleteMonth(today);
  const { id } = detail.investment;
  const [costs, realised] = await Promise.all([actualCostsByMonth(ctx, month, id), loadRealisedDetail(ctx, { from: detail.originMonth, to: month })]);
  const plan = { origin: detail.originMonth, costsCents: detail.summary.series.costsCents, benefitsCents: detail.summary.series.benefitsCents };
  const actuals = { costsByMonth: costs.get(id) ?? new Map<string, number>(), benefitsByMonth: realised.byTechnology.get(id) ?? new Map() };
  return { figures: planVsActual(plan, actuals, month), kpiInputs: realised.inputs.filter((i) => i.investmentId === id && i.share > 0) };
});
