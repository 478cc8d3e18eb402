/** The monthly review: the dashboard picks the month (its default, the last complete month), the scorecard follows it. */
import "server-only";
import { listKpiValues } from "@/db/queries/kpi-values";
import { getUserById } from "@/db/queries/users";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { getDashboard } from "@/lib/dashboard/view";
import { getBenefitsRealised } from "@/lib/realisation/view";
import { toMonthParam } from "@/lib/scorecard/month";
import { getScorecard } from "@/lib/scorecard/view";
import { buildReview, type ReviewView } from "./review";

export async function getMonthlyReview(ctx: TenantCtx, month: string | string[] | undefined, today: Date = new Date()): Promise<ReviewView> {
  const dashboard = await getDashboard(ctx, { month }, today);
  const scorecard = await getScorecard(ctx, { month: toMonthParam(dashboard.month) }, today);
  return buildReview(scorecard, dashboard);
}

/** The report's benefits realised in money at the month it reviews ('YYYY-MM-01'): the benefits page's figures. */
export const loadReportBenefits = (ctx: TenantCtx, month: string, today: Date = new Date()) => getBenefitsRealised(ctx, { month: toMonthParam(month) }, today);

/** The KPI values export's rows, optionally between two months (YYYY-MM, inclusive). */
export const loadKpiValues = (ctx: TenantCtx, bounds: { from: string | null; to: string | null }) => listKpiValues(ctx, bounds);

/** Who a report is prepared by: the reader (null when the user row is gone). */
export const loadReportAuthor = (ctx: TenantCtx) => getUserById(ctx.userId);
