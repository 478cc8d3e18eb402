/** The monthly review: the dashboard picks the month (its default, the last complete month), the scorecard follows it. */
import "server-only";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { getDashboard } from "@/lib/dashboard/view";
import { toMonthParam } from "@/lib/scorecard/month";
import { getScorecard } from "@/lib/scorecard/view";
import { buildReview, type ReviewView } from "./review";

export async function getMonthlyReview(ctx: TenantCtx, month: string | string[] | undefined, today: Date = new Date()): Promise<ReviewView> {
  const dashboard = await getDashboard(ctx, { month }, today);
  const scorecard = await getScorecard(ctx, { month: toMonthParam(dashboard.month) }, today);
  return buildReview(scorecard, dashboard);
}
