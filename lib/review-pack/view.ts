/** The quarterly review pack of a workspace: the dashboard and scorecard at the quarter's end and the one before. */
import "server-only";
import { format } from "date-fns";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { getDashboard } from "@/lib/dashboard/view";
import { monthOf, toMonthParam } from "@/lib/scorecard/month";
import { getScorecard } from "@/lib/scorecard/view";
import { buildReviewPack, type ReviewPackView } from "./build";
import { previousQuarterEnd, quarterEnd, resolveQuarter } from "./quarter";

/** `?quarter=` (missing or malformed → the last complete quarter with data), as of `today`. */
export async function getReviewPack(ctx: TenantCtx, raw: unknown, today: Date = new Date()): Promise<ReviewPackView> {
  // The server's local day, as the dashboard counts days to renewals in it.
  const day = format(today, "yyyy-MM-dd");
  // The scorecard only for the bounds of the data: the default quarter is the last complete one with data.
  const { bounds } = await getScorecard(ctx, {}, today);
  const quarter = resolveQuarter(raw, bounds, monthOf(day));
  const end = toMonthParam(quarterEnd(quarter));
  const previousEnd = toMonthParam(previousQuarterEnd(quarter));
  const [endDashboard, previousDashboard, endScorecard, previousScorecard] = await Promise.all([
    getDashboard(ctx, { month: end }, today),
    getDashboard(ctx, { month: previousEnd }, today),
    getScorecard(ctx, { month: end }, today),
    getScorecard(ctx, { month: previousEnd }, today),
  ]);
  return buildReviewPack({ quarter, currentMonth: monthOf(day), end: endDashboard, previous: previousDashboard, endScorecard, previousScorecard });
}
