/**
 * The balanced scorecard for pages and reports: the workspace's KPI definitions and values loaded through
 * db/queries, composed by the pure builder (lib/scorecard/build.ts).
 */
import "server-only";
import { listKpiDefinitions, listMeasurementsUpTo, measurementBounds } from "@/db/queries/scorecard";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { lastCompleteMonth } from "@/lib/portfolio/timeline";
import { buildScorecard } from "./build";
import { parseMonthParam, resolveMonth } from "./month";
import type { ScorecardView } from "./types";

/**
 * The workspace's balanced scorecard as it stood at `month` (`YYYY-MM`). Missing or malformed → the last
 * complete month before `today`; either way clamped to the nearest month with data. Three queries whatever
 * the number of KPIs, each scoped by the tenant's org; the history before the month is read whole because
 * the forecasts use it.
 */
export const getScorecard = tenantRead(async function getScorecard(
  ctx: TenantCtx,
  { month }: { month?: string | string[] | null } = {},
  today: Date = new Date(),
): Promise<ScorecardView> {
  const [bounds, definitions] = await Promise.all([measurementBounds(ctx), listKpiDefinitions(ctx)]);
  const requested = parseMonthParam(Array.isArray(month) ? month[0] : month);
  const shown = resolveMonth(requested ?? lastCompleteMonth(today), bounds);
  const measurements = shown ? await listMeasurementsUpTo(ctx, shown) : [];
  return buildScorecard({ kpis: definitions, measurements, bounds, requestedMonth: shown });
});
