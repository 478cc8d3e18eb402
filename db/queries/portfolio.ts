import { and, asc, eq, max, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { alignments, auditLog, benefitItems, costItems, goals, investments, organizations, risks, scoringFactors } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { deepFreeze } from "@/lib/deep-freeze";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { evaluatePortfolio, evaluateTechnology, factorScore, type EvaluatedTechnology, type TechnologyItems } from "@/lib/portfolio/metrics";
import type { PortfolioRow, TechnologyDetail } from "@/lib/portfolio/types";

function groupBy<T extends { investmentId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(row.investmentId) ?? map.set(row.investmentId, []).get(row.investmentId)!).push(row);
  return map;
}

/**
 * A workspace's technologies with all their items: seven queries whatever the portfolio size, each
 * scoped by the tenant's org (and by one technology when `investmentId` is given).
 */
async function loadItems(ctx: TenantCtx, investmentId?: string) {
  const scope = (orgId: PgColumn, invId: PgColumn): SQL =>
    investmentId ? and(eq(orgId, ctx.orgId), eq(invId, investmentId))! : eq(orgId, ctx.orgId);
  const [[org], invs, costs, benefits, riskRows, factors, aligned] = await Promise.all([
    db.select({ discountRate: organizations.discountRate }).from(organizations).where(eq(organizations.id, ctx.orgId)),
    db.select().from(investments).where(scope(investments.orgId, investments.id)).orderBy(asc(investments.name)),
    db.select().from(costItems).where(scope(costItems.orgId, costItems.investmentId)).orderBy(asc(costItems.startMonth), asc(costItems.id)),
    db.select().from(benefitItems).where(scope(benefitItems.orgId, benefitItems.investmentId)).orderBy(asc(benefitItems.startMonth), asc(benefitItems.id)),
    db.select().from(risks).where(scope(risks.orgId, risks.investmentId)).orderBy(asc(risks.createdAt), asc(risks.id)),
    db.select().from(scoringFactors).where(scope(scoringFactors.orgId, scoringFactors.investmentId)).orderBy(asc(scoringFactors.name)),
    db
      .select({ investmentId: alignments.investmentId, goalId: alignments.goalId, strength: alignments.strength, goalWeight: goals.weight })
      .from(alignments)
      .innerJoin(goals, and(eq(goals.orgId, alignments.orgId), eq(goals.id, alignments.goalId)))
      .where(scope(alignments.orgId, alignments.investmentId)),
  ]);
  const byCost = groupBy(costs);
  const byBenefit = groupBy(benefits);
  const byRisk = groupBy(riskRows);
  const byFactor = groupBy(factors);
  const byAlignment = groupBy(aligned);
  const items: TechnologyItems[] = invs.map((investment) => ({
    investment,
    costs: byCost.get(investment.id) ?? [],
    benefits: byBenefit.get(investment.id) ?? [],
    risks: byRisk.get(investment.id) ?? [],
    factors: byFactor.get(investment.id) ?? [],
    alignments: byAlignment.get(investment.id) ?? [],
  }));
  return { items, annualDiscountRate: Number(org?.discountRate ?? 0.08) };
}

/**
 * A workspace's evaluated portfolio: every technology with its items, timeline, finance summary and
 * table row. Frozen and shared between requests: never mutate it.
 */
export type PortfolioModel = { annualDiscountRate: number; technologies: readonly EvaluatedTechnology[]; rows: readonly PortfolioRow[] };

/**
 * Computed models per workspace, reused while nothing changed. Every write leaves an audit row (the
 * action wrapper writes it in the write's own transaction), so the workspace's latest audit id marks any
 * change to its technologies, items, goals, KPIs or settings; the day is part of the key for run-rates and
 * renewals. Each server instance keeps its own copy and checks the marker on every request.
 */
const computed = new Map<string, { key: string; model: PortfolioModel }>();
const MAX_CACHED_WORKSPACES = 200;

/** Changes whenever anything in the workspace was written, and at midnight. */
export const changeMarker = tenantRead(async function changeMarker(ctx: TenantCtx, today: Date): Promise<string> {
  const [row] = await db.select({ latest: max(auditLog.id) }).from(auditLog).where(eq(auditLog.orgId, ctx.orgId));
  return `${row?.latest ?? 0}:${today.toISOString().slice(0, 10)}`;
});

export const loadPortfolioModel = tenantRead(async function loadPortfolioModel(ctx: TenantCtx, today: Date = new Date(), marker?: string): Promise<PortfolioModel> {
  const key = marker ?? (await changeMarker(ctx, today));
  const hit = computed.get(ctx.orgId);
  if (hit?.key === key) return hit.model;
  const { items, annualDiscountRate } = await loadItems(ctx);
  const technologies = evaluatePortfolio(items, annualDiscountRate, today);
  const model = deepFreeze({ annualDiscountRate, technologies, rows: technologies.map((t) => t.row) });
  computed.delete(ctx.orgId); // re-insert: the Map's order is then least recently computed first
  computed.set(ctx.orgId, { key, model });
  if (computed.size > MAX_CACHED_WORKSPACES) computed.delete(computed.keys().next().value!);
  return model;
});

/** Every technology of the workspace with its computed figures (sorting and paging happen on the server, in memory). */
export const listPortfolio = tenantRead(async function listPortfolio(ctx: TenantCtx, today: Date = new Date()): Promise<PortfolioRow[]> {
  return (await loadPortfolioModel(ctx, today)).rows as PortfolioRow[]; // frozen: never sort in place
});

/** One technology, for its detail and edit pages. "Not yours" and "does not exist" are the same answer. */
export const getTechnologyDetail = tenantRead(async function getTechnologyDetail(ctx: TenantCtx, id: string, today: Date = new Date()): Promise<TechnologyDetail> {
  if (!isUuid(id)) throw new AppError("not_found");
  // The TIME quadrant and relative cost compare with the whole portfolio, so rows come from the full list.
  const [{ items, annualDiscountRate }, rows, workspaceGoals] = await Promise.all([
    loadItems(ctx, id),
    listPortfolio(ctx, today),
    db
      .select({ goalId: goals.id, title: goals.title, perspective: goals.perspective, weight: goals.weight })
      .from(goals)
      .where(eq(goals.orgId, ctx.orgId))
      .orderBy(asc(goals.title)),
  ]);
  const own = items[0];
  const row = rows.find((r) => r.id === id);
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
