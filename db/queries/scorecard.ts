import { and, asc, eq, lte, max, min, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { goals, investments, kpiMeasurements, kpis } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { buildScorecard } from "@/lib/scorecard/build";
import { parseMonthParam, resolveMonth } from "@/lib/scorecard/month";
import type { KpiDefinitionRow, ScorecardView } from "@/lib/scorecard/types";

/**
 * KPI definitions with their linked technology and goal, by name, for the workspaces `where` selects
 * (one workspace, or a consultant's several at once); each row keeps its org.
 */
export async function selectKpiDefinitions(where: SQL): Promise<(KpiDefinitionRow & { orgId: string })[]> {
  const rows = await db
    .select({
      orgId: kpis.orgId,
      id: kpis.id,
      name: kpis.name,
      perspective: kpis.perspective,
      unit: kpis.unit,
      direction: kpis.direction,
      baseline: kpis.baseline,
      target: kpis.target,
      targetDate: kpis.targetDate,
      weight: kpis.weight,
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

/**
 * The workspace's balanced scorecard as it stood at `month` (`YYYY-MM`; missing, malformed or out of
 * range → the nearest month with data, by default the latest). Three queries whatever the number of KPIs,
 * each scoped by the tenant's org; the history before the month is read whole because the forecasts use it.
 */
export const getScorecard = tenantRead(async function getScorecard(ctx: TenantCtx, { month }: { month?: string | string[] | null } = {}): Promise<ScorecardView> {
  const [[range], definitions] = await Promise.all([
    db
      .select({ earliest: min(kpiMeasurements.period), latest: max(kpiMeasurements.period) })
      .from(kpiMeasurements)
      .where(eq(kpiMeasurements.orgId, ctx.orgId)),
    listKpiDefinitions(ctx),
  ]);
  const bounds = range?.earliest && range.latest ? { earliest: range.earliest, latest: range.latest } : null;
  const requestedMonth = parseMonthParam(Array.isArray(month) ? month[0] : month);
  const shown = resolveMonth(requestedMonth, bounds);
  const measurements = shown
    ? await db
        .select({ kpiId: kpiMeasurements.kpiId, period: kpiMeasurements.period, value: kpiMeasurements.value })
        .from(kpiMeasurements)
        .where(and(eq(kpiMeasurements.orgId, ctx.orgId), lte(kpiMeasurements.period, shown)))
        .orderBy(asc(kpiMeasurements.kpiId), asc(kpiMeasurements.period))
    : [];
  return buildScorecard({
    kpis: definitions,
    measurements,
    bounds,
    requestedMonth: shown,
  });
});
