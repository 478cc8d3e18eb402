import { and, asc, eq, lte, max, min, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { goals, investments, kpiMeasurements, kpis, type Kpi } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/** A KPI definition as read from the database (numerics arrive as strings), with its linked technology and goal. */
export type KpiDefinitionRow = Pick<Kpi, "id" | "name" | "perspective" | "unit" | "direction" | "baseline" | "target" | "targetDate" | "weight"> & {
  investment: { id: string; name: string } | null;
  goal: { id: string; title: string } | null;
};

/** One KPI value as read ('YYYY-MM-01'; the numeric arrives as a string). */
export type MeasurementRecord = { kpiId: string; period: string; value: string };

/** First and last month with any KPI value; null when there are none. */
export type MeasurementBounds = { earliest: string; latest: string } | null;

/** What defines a KPI, without its id, its org and its links: what a template copies. */
export const kpiDefinitionColumns = {
  name: kpis.name,
  perspective: kpis.perspective,
  unit: kpis.unit,
  direction: kpis.direction,
  baseline: kpis.baseline,
  target: kpis.target,
  targetDate: kpis.targetDate,
  weight: kpis.weight,
};

/**
 * KPI definitions with their linked technology and goal, by name, for the workspaces `where` selects
 * (one workspace, or a consultant's several at once); each row keeps its org.
 */
export async function selectKpiDefinitions(where: SQL): Promise<(KpiDefinitionRow & { orgId: string })[]> {
  const rows = await db
    .select({
      orgId: kpis.orgId,
      id: kpis.id,
      ...kpiDefinitionColumns,
      investmentId: investments.id,
      investmentName: investments.name,
      goalId: goals.id,
      goalTitle: goals.title,
    })
    .from(kpis)
    // The joins repeat the org so a link can never reach another workspace's row.
    .leftJoin(investments, and(eq(investments.orgId, kpis.orgId), eq(investments.id, kpis.investmentId)))
    .leftJoin(goals, and(eq(goals.orgId, kpis.orgId), eq(goals.id, kpis.goalId)))
    .where(where)
    .orderBy(asc(kpis.name));
  return rows.map(({ investmentId, investmentName, goalId, goalTitle, ...k }) => ({
    ...k,
    investment: investmentId && investmentName ? { id: investmentId, name: investmentName } : null,
    goal: goalId && goalTitle ? { id: goalId, title: goalTitle } : null,
  }));
}

/** Every KPI of the workspace with its linked technology and goal, by name. */
export const listKpiDefinitions = tenantRead(async function listKpiDefinitions(ctx: TenantCtx): Promise<KpiDefinitionRow[]> {
  return (await selectKpiDefinitions(eq(kpis.orgId, ctx.orgId))).map(({ orgId: _orgId, ...k }) => k);
});

/** The workspace's first and last month with any KPI value. */
export const measurementBounds = tenantRead(async function measurementBounds(ctx: TenantCtx): Promise<MeasurementBounds> {
  const [range] = await db
    .select({ earliest: min(kpiMeasurements.period), latest: max(kpiMeasurements.period) })
    .from(kpiMeasurements)
    .where(eq(kpiMeasurements.orgId, ctx.orgId));
  return range?.earliest && range.latest ? { earliest: range.earliest, latest: range.latest } : null;
});

/** Every KPI value of the workspace up to and including `month` ('YYYY-MM-01'), by KPI then month. */
export const listMeasurementsUpTo = tenantRead(async function listMeasurementsUpTo(ctx: TenantCtx, month: string): Promise<MeasurementRecord[]> {
  return db
    .select({ kpiId: kpiMeasurements.kpiId, period: kpiMeasurements.period, value: kpiMeasurements.value })
    .from(kpiMeasurements)
    .where(and(eq(kpiMeasurements.orgId, ctx.orgId), lte(kpiMeasurements.period, month)))
    .orderBy(asc(kpiMeasurements.kpiId), asc(kpiMeasurements.period));
});
