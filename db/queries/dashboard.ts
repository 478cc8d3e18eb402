import { format } from "date-fns";
import { and, asc, desc, eq, gt, isNull, lte, max, min } from "drizzle-orm";
import { db } from "@/db";
import { alignments, goals, investments, kpiMeasurements, kpis } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { deepFreeze } from "@/lib/deep-freeze";
import { buildDashboard } from "@/lib/dashboard/build";
import { resolveDashboardMonth } from "@/lib/dashboard/month";
import type { DashboardView } from "@/lib/dashboard/types";
import { parseMonthParam, shiftMonth } from "@/lib/scorecard/month";
import { changeMarker, loadPortfolioModel } from "./portfolio";
import { listKpiDefinitions } from "./scorecard";

/**
 * Finished views per workspace, reused while nothing changed: the marker (latest audit id and day) is
 * read on every request, so a repeat view costs that one query. Each workspace keeps a few months;
 * any write resets them. Frozen and shared between requests: never mutate a view.
 */
const cached = new Map<string, { key: string; views: Map<string, DashboardView> }>();
const MAX_CACHED_WORKSPACES = 200;
const MAX_CACHED_MONTHS = 24;

/** Each KPI's latest value with period ≤ `cutoff` (one row per KPI). */
function latestValues(ctx: TenantCtx, cutoff: string) {
  return db
    .selectDistinctOn([kpiMeasurements.kpiId], { kpiId: kpiMeasurements.kpiId, period: kpiMeasurements.period, value: kpiMeasurements.value })
    .from(kpiMeasurements)
    .where(and(eq(kpiMeasurements.orgId, ctx.orgId), lte(kpiMeasurements.period, cutoff)))
    .orderBy(kpiMeasurements.kpiId, desc(kpiMeasurements.period));
}

/** Goals no technology serves: no alignment with a strength above 0. */
function goalsWithoutTechnology(ctx: TenantCtx) {
  return db
    .select({ id: goals.id, title: goals.title, perspective: goals.perspective })
    .from(goals)
    .leftJoin(alignments, and(eq(alignments.orgId, goals.orgId), eq(alignments.goalId, goals.id), gt(alignments.strength, 0)))
    .where(and(eq(goals.orgId, ctx.orgId), isNull(alignments.goalId)))
    .orderBy(asc(goals.title));
}

/**
 * The workspace dashboard as it stood at `month` (`YYYY-MM`; missing, malformed or out of range → the
 * latest month with KPI data, or the current month). A handful of queries whatever the portfolio size,
 * each scoped by the tenant's org; all arithmetic happens in lib/dashboard/build.ts.
 */
export const getDashboard = tenantRead(async function getDashboard(ctx: TenantCtx, { month }: { month?: string | string[] | null } = {}, today: Date = new Date()): Promise<DashboardView> {
  const marker = await changeMarker(ctx, today);
  // The local day as well: renewals count days in the server's time zone, the marker's day is UTC.
  const key = `${marker}:${format(today, "yyyy-MM-dd")}:${ctx.org.currency}`;
  const monthKey = parseMonthParam(Array.isArray(month) ? month[0] : month) ?? "default";
  const entry = cached.get(ctx.orgId);
  const hit = entry?.key === key ? entry.views.get(monthKey) : undefined;
  if (hit) return hit;

  const [model, definitions, [range], unserved] = await Promise.all([
    loadPortfolioModel(ctx, today, marker),
    listKpiDefinitions(ctx),
    db
      .select({ earliest: min(kpiMeasurements.period), latest: max(kpiMeasurements.period) })
      .from(kpiMeasurements)
      .where(eq(kpiMeasurements.orgId, ctx.orgId)),
    goalsWithoutTechnology(ctx),
  ]);
  const bounds = range?.earliest && range.latest ? { earliest: range.earliest, latest: range.latest } : null;
  const { month: shown, months } = resolveDashboardMonth(month, bounds, today);
  const previous = shiftMonth(shown, -1);
  const measured = (cutoff: string) => (bounds && cutoff >= bounds.earliest ? latestValues(ctx, cutoff) : Promise.resolve([]));
  const [valuesAtMonth, valuesAtPreviousMonth] = await Promise.all([measured(shown), measured(previous)]);

  const view = deepFreeze(
    buildDashboard({
      month: shown,
      months,
      annualDiscountRate: model.annualDiscountRate,
      technologies: model.technologies,
      kpis: definitions,
      valuesAtMonth,
      valuesAtPreviousMonth,
      goalsWithoutTechnology: unserved,
      currency: ctx.org.currency,
      today,
    }),
  );
  remember(ctx.orgId, key, monthKey, view);
  return view;
});

function remember(orgId: string, key: string, monthKey: string, view: DashboardView) {
  let entry = cached.get(orgId);
  if (entry?.key !== key) entry = { key, views: new Map() };
  cached.delete(orgId); // re-insert: the Map's order is then least recently computed first
  cached.set(orgId, entry);
  if (cached.size > MAX_CACHED_WORKSPACES) cached.delete(cached.keys().next().value!);
  entry.views.set(monthKey, view);
  if (entry.views.size > MAX_CACHED_MONTHS) entry.views.delete(entry.views.keys().next().value!);
}
