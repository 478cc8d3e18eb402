import { and, asc, eq, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { alignments, auditLog, benefitItems, costItems, goals, investments, organizations, risks, scoringFactors } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import { writeMarkColumns, writeMarkOf } from "./audit";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { BenefitItem, CostItem, Goal, Investment, Risk, ScoringFactor } from "@/db/schema";

function groupBy<T extends { investmentId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(row.investmentId) ?? map.set(row.investmentId, []).get(row.investmentId)!).push(row);
  return map;
}

/** One technology with every item its figures are computed from. */
export type TechnologyItems = {
  investment: Investment;
  costs: CostItem[];
  benefits: BenefitItem[];
  risks: Risk[];
  factors: ScoringFactor[];
  alignments: { goalId: string; strength: number; goalWeight: number }[];
};

/**
 * A workspace's technologies with all their items: seven queries whatever the portfolio size, each
 * scoped by the tenant's org (and by one technology when `investmentId` is given).
 */
export const loadTechnologyItems = tenantRead(async function loadTechnologyItems(ctx: TenantCtx, investmentId?: string): Promise<{ items: TechnologyItems[]; annualDiscountRate: number }> {
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
});

/**
 * Keys the figure cache: changes whenever a write to the workspace commits (its write mark, db/queries/audit.ts),
 * and at midnight; never on a read.
 */
export const changeMarker = tenantRead(async function changeMarker(ctx: TenantCtx, today: Date): Promise<string> {
  const [row] = await db.select(writeMarkColumns()).from(auditLog).where(eq(auditLog.orgId, ctx.orgId));
  return `${writeMarkOf(row)}:${today.toISOString().slice(0, 10)}`;
});

/** The workspace's goals with their weights, by title: the alignment column of a technology's page. */
export const listGoalWeights = tenantRead(async function listGoalWeights(ctx: TenantCtx): Promise<{ goalId: string; title: string; perspective: Goal["perspective"]; weight: number }[]> {
  return db
    .select({ goalId: goals.id, title: goals.title, perspective: goals.perspective, weight: goals.weight })
    .from(goals)
    .where(eq(goals.orgId, ctx.orgId))
    .orderBy(asc(goals.title));
});
