import "server-only";
import { and, asc, eq, gte, lte, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { goals, investments, kpiMeasurements, kpis } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";

export interface KpiValueRow {
  kpi: string;
  perspective: (typeof kpis.$inferSelect)["perspective"];
  unit: (typeof kpis.$inferSelect)["unit"];
  direction: (typeof kpis.$inferSelect)["direction"];
  /** 'YYYY-MM-01'. */
  period: string;
  /** Numerics as the database gives them ("99.5000"). */
  value: string;
  baseline: string;
  target: string;
  targetDate: string | null;
  technology: string | null;
  goal: string | null;
  note: string;
}

/**
 * Every KPI value of the workspace, one row per measurement with its KPI's definition, ordered by KPI
 * name then month; `from` / `to` ('YYYY-MM-01', inclusive) narrow the months. One query, scoped by org.
 */
export const listKpiValues = tenantRead(async function listKpiValues(ctx: TenantCtx, { from, to }: { from?: string | null; to?: string | null } = {}): Promise<KpiValueRow[]> {
  const where: SQL[] = [eq(kpiMeasurements.orgId, ctx.orgId)];
  if (from) where.push(gte(kpiMeasurements.period, from));
  if (to) where.push(lte(kpiMeasurements.period, to));
  return db
    .select({
      kpi: kpis.name,
      perspective: kpis.perspective,
      unit: kpis.unit,
      direction: kpis.direction,
      period: kpiMeasurements.period,
      value: kpiMeasurements.value,
      baseline: kpis.baseline,
      target: kpis.target,
      targetDate: kpis.targetDate,
      technology: investments.name,
      goal: goals.title,
      note: kpiMeasurements.note,
    })
    .from(kpiMeasurements)
    // Every join repeats the org so a link can never reach another workspace's row.
    .innerJoin(kpis, and(eq(kpis.orgId, kpiMeasurements.orgId), eq(kpis.id, kpiMeasurements.kpiId)))
    .leftJoin(investments, and(eq(investments.orgId, kpis.orgId), eq(investments.id, kpis.investmentId)))
    .leftJoin(goals, and(eq(goals.orgId, kpis.orgId), eq(goals.id, kpis.goalId)))
    .where(and(...where))
    .orderBy(asc(kpis.name), asc(kpis.id), asc(kpiMeasurements.period));
});
