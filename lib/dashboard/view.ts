/**
 * The dashboard of one month: the evaluated portfolio (lib/portfolio/view.ts), the KPI values by the month
 * and the month before, composed by lib/dashboard/build.ts. Kept in the marker cache per month until the
 * workspace's next write; the monthly report and the quarterly pack read the same view.
 */
import "server-only";
import { format } from "date-fns";
import { actualCostsByMonth, unmatchedActualsTotal } from "@/db/queries/actuals-summary";
import { goalsWithoutTechnology, latestValues, measurementBounds } from "@/db/queries/dashboard";
import { changeMarker } from "@/db/queries/portfolio";
import { listKpiDefinitions } from "@/db/queries/scorecard";
import { tenantRead } from "@/db/scope";
import { formatsOf, type TenantCtx } from "@/lib/auth/tenant-context";
import { markerCache } from "@/lib/cache/marker-cache";
import { getPortfolioModel, type PortfolioModel } from "@/lib/portfolio/view";
import { loadRealisedBenefits } from "@/lib/realisation/money";
import { parseMonthParam, shiftMonth } from "@/lib/scorecard/month";
import { buildDashboard } from "./build";
import { resolveDashboardMonth } from "./month";
import type { DashboardView } from "./types";

const views = markerCache<DashboardView>();

/** Payments per technology and month, realised benefits from the portfolio's first month, and the unmatched payments, up to `month`. */
async function loadActuals(ctx: TenantCtx, model: PortfolioModel, month: string) {
  const from = model.technologies.map((t) => t.origin).reduce((a, b) => (b < a ? b : a), month);
  const [costs, realised, unmatched] = await Promise.all([actualCostsByMonth(ctx, month), loadRealisedBenefits(ctx, { from, to: month }), unmatchedActualsTotal(ctx, month)]);
  return { costs, realised, unmatched };
}

/**
 * The workspace dashboard as it stood at `month` (`YYYY-MM`; missing, malformed or out of range → the last
 * complete month). A handful of queries whatever the portfolio size; all arithmetic is lib/dashboard/build.ts.
 */
export const getDashboard = tenantRead(async function getDashboard(ctx: TenantCtx, { month }: { month?: string | string[] | null } = {}, today: Date = new Date()): Promise<DashboardView> {
  const marker = await changeMarker(ctx, today);
  // The local day as well: renewals count days in the server's time zone, the marker's day is UTC.
  const key = `${parseMonthParam(Array.isArray(month) ? month[0] : month) ?? "default"}:${format(today, "yyyy-MM-dd")}:${ctx.org.locale}:${ctx.org.currency}`;
  return views.get(ctx.orgId, marker, key, async () => {
    const [model, definitions, bounds, unserved] = await Promise.all([
      getPortfolioModel(ctx, today, marker),
      listKpiDefinitions(ctx),
      measurementBounds(ctx),
      goalsWithoutTechnology(ctx),
    ]);
    const { month: shown, months } = resolveDashboardMonth(month, bounds, today);
    const previous = shiftMonth(shown, -1);
    const measured = (cutoff: string) => (bounds && cutoff >= bounds.earliest ? latestValues(ctx, cutoff) : Promise.resolve([]));
    const [valuesAtMonth, valuesAtPreviousMonth, actuals] = await Promise.all([measured(shown), measured(previous), loadActuals(ctx, model, shown)]);
    return buildDashboard({
      month: shown,
      months,
      annualDiscountRate: model.annualDiscountRate,
      technologies: model.technologies,
      kpis: definitions,
      valuesAtMonth,
      valuesAtPreviousMonth,
      goalsWithoutTechnology: unserved,
      actuals,
      formats: formatsOf(ctx),
      today,
    });
  });
});
