import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, inArray, lte, max } from "drizzle-orm";
import { db } from "@/db";
import {
  alignments,
  auditLog,
  benefitItems,
  costItems,
  goals,
  investments,
  kpiMeasurements,
  kpis,
  memberships,
  organizations,
  risks,
  scoringFactors,
} from "@/db/schema";
import { withScope } from "@/db/scope";
import { evaluatePortfolio, type TechnologyItems } from "@/lib/portfolio/metrics";
import { toMonth } from "@/lib/portfolio/timeline";
import type { KpiDefinitionRow, MeasurementRow } from "@/lib/scorecard/types";
import { workspaceFigures, type WorkspaceOverviewRow } from "@/lib/workspaces/overview";
import type { NewWorkspaceInput } from "@/lib/workspaces/schemas";
import { insertOrganization } from "./new-workspace";
import { selectKpiDefinitions } from "./scorecard";

/** Rows of many workspaces, by workspace (and within one, in the order the query returned them). */
function byOrg<T extends { orgId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(row.orgId) ?? map.set(row.orgId, []).get(row.orgId)!).push(row);
  return map;
}

function byInvestment<T extends { investmentId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(row.investmentId) ?? map.set(row.investmentId, []).get(row.investmentId)!).push(row);
  return map;
}

/**
 * The reads behind the overview. Each covers every workspace in `orgIds` at once, so their number does not
 * grow with the number of workspaces; the orderings are loadItems' and listKpiDefinitions' (db/queries), so
 * each workspace's technologies and KPIs come out as its own dashboard reads them.
 */
export const overviewReads = {
  /** The user's memberships with their workspaces' settings: the only read scoped by user, which yields the org ids. */
  memberships: (userId: string) =>
    db
      .select({
        orgId: organizations.id,
        slug: organizations.slug,
        name: organizations.name,
        industry: organizations.industry,
        currency: organizations.currency,
        discountRate: organizations.discountRate,
        role: memberships.role,
      })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organizations.name)),
  investments: (orgIds: string[]) => db.select().from(investments).where(inArray(investments.orgId, orgIds)).orderBy(asc(investments.name)),
  costs: (orgIds: string[]) => db.select().from(costItems).where(inArray(costItems.orgId, orgIds)).orderBy(asc(costItems.startMonth), asc(costItems.id)),
  benefits: (orgIds: string[]) =>
    db.select().from(benefitItems).where(inArray(benefitItems.orgId, orgIds)).orderBy(asc(benefitItems.startMonth), asc(benefitItems.id)),
  risks: (orgIds: string[]) => db.select().from(risks).where(inArray(risks.orgId, orgIds)).orderBy(asc(risks.createdAt), asc(risks.id)),
  factors: (orgIds: string[]) => db.select().from(scoringFactors).where(inArray(scoringFactors.orgId, orgIds)).orderBy(asc(scoringFactors.name)),
  alignments: (orgIds: string[]) =>
    db
      .select({ orgId: alignments.orgId, investmentId: alignments.investmentId, goalId: alignments.goalId, strength: alignments.strength, goalWeight: goals.weight })
      .from(alignments)
      .innerJoin(goals, and(eq(goals.orgId, alignments.orgId), eq(goals.id, alignments.goalId)))
      .where(inArray(alignments.orgId, orgIds)),
  kpis: (orgIds: string[]) => selectKpiDefinitions(inArray(kpis.orgId, orgIds)),
  /** Each KPI's latest value with period ≤ `cutoff`: one row per (workspace, KPI). */
  latestValues: (orgIds: string[], cutoff: string) =>
    db
      .selectDistinctOn([kpiMeasurements.orgId, kpiMeasurements.kpiId], {
        orgId: kpiMeasurements.orgId,
        kpiId: kpiMeasurements.kpiId,
        period: kpiMeasurements.period,
        value: kpiMeasurements.value,
      })
      .from(kpiMeasurements)
      .where(and(inArray(kpiMeasurements.orgId, orgIds), lte(kpiMeasurements.period, cutoff)))
      .orderBy(kpiMeasurements.orgId, kpiMeasurements.kpiId, desc(kpiMeasurements.period)),
  /** Each workspace's latest month with any KPI value. */
  lastMeasuredMonths: (orgIds: string[]) =>
    db
      .select({ orgId: kpiMeasurements.orgId, latest: max(kpiMeasurements.period) })
      .from(kpiMeasurements)
      .where(inArray(kpiMeasurements.orgId, orgIds))
      .groupBy(kpiMeasurements.orgId),
  /** Each workspace's latest audit id: every write leaves one, so it marks any change to the figures. */
  markers: (orgIds: string[]) =>
    db
      .select({ orgId: auditLog.orgId, latest: max(auditLog.id) })
      .from(auditLog)
      .where(inArray(auditLog.orgId, orgIds))
      .groupBy(auditLog.orgId),
};

type Figures = ReturnType<typeof workspaceFigures> & { lastMonthWithData: string | null };

/** Figures per workspace, reused until its next write or the next day (as the portfolio's are). */
const computed = new Map<string, { key: string; figures: Figures }>();
const MAX_CACHED_WORKSPACES = 500;

/**
 * Every workspace the user belongs to, with its headline figures as its dashboard shows them for the
 * current month: ROI and NPV to date, annual technology spend (run-rate), the four perspective scores,
 * red KPIs. One read for the memberships and one for their change markers; the workspaces that changed
 * since their figures were computed are read again, nine reads covering all of them, whatever their
 * number; the arithmetic is lib/workspaces/overview.ts. Rows come by workspace name. One transaction,
 * scoped to the user and their workspaces.
 */
export async function getWorkspacesOverview(userId: string, today = new Date()): Promise<WorkspaceOverviewRow[]> {
  // Row-level security: the user's own memberships first, then every one of their workspaces.
  return withScope({ userId }, async () => {
    const member = await overviewReads.memberships(userId);
    return withScope({ orgIds: member.map((m) => m.orgId), userId }, () => overview(member, today));
  });
}

async function overview(member: Awaited<ReturnType<typeof overviewReads.memberships>>, today: Date): Promise<WorkspaceOverviewRow[]> {
  if (member.length === 0) return [];
  const month = toMonth(today);
  const markers = new Map((await overviewReads.markers(member.map((m) => m.orgId))).map((r) => [r.orgId, r.latest]));
  const keyOf = (orgId: string) => `${markers.get(orgId) ?? 0}:${today.toISOString().slice(0, 10)}`;
  const stale = member.filter((m) => computed.get(m.orgId)?.key !== keyOf(m.orgId));
  if (stale.length > 0) {
    const fresh = await computeFigures(stale, month, today);
    for (const m of stale) {
      computed.delete(m.orgId); // re-insert: the Map's order is then least recently computed first
      computed.set(m.orgId, { key: keyOf(m.orgId), figures: fresh.get(m.orgId)! });
      if (computed.size > MAX_CACHED_WORKSPACES) computed.delete(computed.keys().next().value!);
    }
  }
  return member.map((m) => ({
    slug: m.slug,
    name: m.name,
    industry: m.industry,
    role: m.role,
    currency: m.currency,
    month,
    ...computed.get(m.orgId)!.figures,
  }));
}

/** The figures of the given workspaces: nine reads, each covering all of them. */
async function computeFigures(member: Awaited<ReturnType<typeof overviewReads.memberships>>, month: string, today: Date): Promise<Map<string, Figures>> {
  const orgIds = member.map((m) => m.orgId);
  const [invs, costs, benefits, riskRows, factors, aligned, definitions, values, lastMonths] = await Promise.all([
    overviewReads.investments(orgIds),
    overviewReads.costs(orgIds),
    overviewReads.benefits(orgIds),
    overviewReads.risks(orgIds),
    overviewReads.factors(orgIds),
    overviewReads.alignments(orgIds),
    overviewReads.kpis(orgIds),
    overviewReads.latestValues(orgIds, month),
    overviewReads.lastMeasuredMonths(orgIds),
  ]);
  const invsByOrg = byOrg(invs);
  const costsByInv = byInvestment(costs);
  const benefitsByInv = byInvestment(benefits);
  const risksByInv = byInvestment(riskRows);
  const factorsByInv = byInvestment(factors);
  const alignedByInv = byInvestment(aligned);
  const kpisByOrg = byOrg(definitions);
  const valuesByOrg = byOrg(values);
  const lastMonth = new Map(lastMonths.map((r) => [r.orgId, r.latest]));

  return new Map(
    member.map((m) => {
      const items: TechnologyItems[] = (invsByOrg.get(m.orgId) ?? []).map((investment) => ({
        investment,
        costs: costsByInv.get(investment.id) ?? [],
        benefits: benefitsByInv.get(investment.id) ?? [],
        risks: risksByInv.get(investment.id) ?? [],
        factors: factorsByInv.get(investment.id) ?? [],
        alignments: (alignedByInv.get(investment.id) ?? []).map(({ goalId, strength, goalWeight }) => ({ goalId, strength, goalWeight })),
      }));
      const annualDiscountRate = Number(m.discountRate ?? 0.08);
      const kpiRows: KpiDefinitionRow[] = (kpisByOrg.get(m.orgId) ?? []).map(({ orgId: _orgId, ...k }) => k);
      const latestValues: MeasurementRow[] = (valuesByOrg.get(m.orgId) ?? []).map(({ kpiId, period, value }) => ({ kpiId, period, value }));
      const figures = workspaceFigures({
        month,
        annualDiscountRate,
        technologies: evaluatePortfolio(items, annualDiscountRate, today),
        kpis: kpiRows,
        latestValues,
      });
      return [m.orgId, { ...figures, lastMonthWithData: lastMonth.get(m.orgId) ?? null }];
    }),
  );
}

/**
 * A new workspace with the user as its owner, and its audit row, in one transaction scoped to the new
 * workspace (its id is chosen here, so row-level security admits the rows before they exist).
 */
export async function createWorkspaceForUser(userId: string, input: NewWorkspaceInput): Promise<{ slug: string }> {
  const orgId = randomUUID();
  return withScope({ orgIds: [orgId], userId }, async (tx) => {
    const org = await insertOrganization(tx, { id: orgId, name: input.name, currency: input.currency, industry: input.industry });
    await tx.insert(memberships).values({ orgId, userId, role: "owner" });
    await tx.insert(auditLog).values({
      orgId,
      userId,
      action: "create",
      entity: "organization",
      entityId: orgId,
      after: { slug: org.slug, name: input.name, currency: input.currency, industry: input.industry },
    });
    return { slug: org.slug };
  });
}
