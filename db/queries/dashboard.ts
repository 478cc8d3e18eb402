import { and, asc, desc, eq, gt, isNull, lte, max, min } from "drizzle-orm";
import { db } from "@/db";
import { alignments, goals, kpiMeasurements } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/** Each KPI's latest value with period ≤ `cutoff` (one row per KPI). */
export const latestValues = tenantRead(async function latestValues(ctx: TenantCtx, cutoff: string) {
  return db
    .selectDistinctOn([kpiMeasurements.kpiId], { kpiId: kpiMeasurements.kpiId, period: kpiMeasurements.period, value: kpiMeasurements.value })
    .from(kpiMeasurements)
    .where(and(eq(kpiMeasurements.orgId, ctx.orgId), lte(kpiMeasurements.period, cutoff)))
    .orderBy(kpiMeasurements.kpiId, desc(kpiMeasurements.period));
});

/** Goals no technology serves: no alignment with a strength above 0. */
export const goalsWithoutTechnology = tenantRead(async function goalsWithoutTechnology(ctx: TenantCtx) {
  return db
    .select({ id: goals.id, title: goals.title, perspective: goals.perspective })
    .from(goals)
    .leftJoin(alignments, and(eq(alignments.orgId, goals.orgId), eq(alignments.goalId, goals.id), gt(alignments.strength, 0)))
    .where(and(eq(goals.orgId, ctx.orgId), isNull(alignments.goalId)))
    .orderBy(asc(goals.title));
});

/** The first and last month with any KPI value; null before the first value. */
export const measurementBounds = tenantRead(async function measurementBounds(ctx: TenantCtx): Promise<{ earliest: string; latest: string } | null> {
  const [range] = await db
    .select({ earliest: min(kpiMeasurements.period), latest: max(kpiMeasurements.period) })
    .from(kpiMeasurements)
    .where(eq(kpiMeasurements.orgId, ctx.orgId));
  return range?.earliest && range.latest ? { earliest: range.earliest, latest: range.latest } : null;
});
