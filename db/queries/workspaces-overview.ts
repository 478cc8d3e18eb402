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
import { writeMarkColumns, writeMarkOf } from "./audit";
import { insertOwnedWorkspace, withNewWorkspace } from "./new-workspace";
import { selectKpiDefinitions } from "./scorecard";

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
        locale: organizations.locale,
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
  /** Each workspace's write mark (db/queries/audit.ts), as `latest`: it moves with every committed write. */
  markers: async (orgIds: string[]) => {
    const rows = await db
      .select({ orgId: auditLog.orgId, ...writeMarkColumns() })
      .from(auditLog)
      .where(inArray(auditLog.orgId, orgIds))
      .groupBy(auditLog.orgId);
    return rows.map((row) => ({ orgId: row.orgId, latest: writeMarkOf(row) }));
  },
};

/** What the new-workspace form gives: a name, an ISO currency code and an industry. */
export type NewWorkspaceValues = { name: string; currency: string; industry: string };

/** A new workspace with the user as its owner, and its audit row, in one transaction. */
export async function createWorkspaceForUser(userId: string, input: NewWorkspaceValues): Promise<{ slug: string }> {
  return withNewWorkspace(userId, (owner) => insertOwnedWorkspace(owner, input, (slug) => ({ action: "create", after: { slug, ...input } })));
}
