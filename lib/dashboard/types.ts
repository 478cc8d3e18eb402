import type { Investment } from "@/db/schema";
import type { PlanVsActualTotals } from "@/lib/actuals/plan-vs-actual";
import type { Perspective } from "@/lib/domain/values";
import type { Rag, TimeQuadrant } from "@/lib/finance";

/**
 * The dashboard's view model for one month: every figure computed on the server from the workspace's
 * portfolio (lib/finance on the technologies' monthly series) and its KPI values. Pure data: the page
 * formats it, and lib/dashboard/build.ts makes it.
 *
 * "To date" means every month of the portfolio's calendar up to and including the chosen month; "plan"
 * means the whole business case (every technology over its useful life). The money is the portfolio
 * valuation (lib/portfolio/valuation.ts): proposed technologies left out, each NPV at its own start.
 */
export interface DashboardView {
  /** The month shown, 'YYYY-MM-01'. */
  month: string;
  /** The months a user can pick, newest first ('YYYY-MM-01'). */
  months: string[];
  /** The portfolio's first month ('YYYY-MM-01'): month 0 of the combined calendar; null without technologies. */
  calendarStart: string | null;
  technologyCount: number;
  tiles: DashboardTiles;
  overall: { score: number | null; rag: Rag | null; previousScore: number | null };
  perspectives: PerspectiveCard[];
  /** The 24 months ending with the chosen month, oldest first. */
  trend: TrendPoint[];
  /** Costs of the 12 months ending with the chosen month by technology category, largest first, zeros left out. */
  spendByCategory: { category: Investment["category"]; cents: number }[];
  timeMap: TimeMapPoint[];
  /** What was paid and realised against the plan, to the chosen month (lib/actuals/plan-vs-actual.ts). */
  planVsActual: DashboardPlanVsActual;
  alerts: DashboardAlerts;
}

/**
 * The portfolio's plan against actual: the counted technologies with any actual, each compared over its
 * months since its actuals began; those without any are left out and counted.
 */
export interface DashboardPlanVsActual {
  toDate: PlanVsActualTotals;
  withActuals: number;
  withoutActuals: number;
  /** The ROI pair is over the technologies with both payments and benefits recorded; how many those are, and how many have one side only. */
  roiTechnologies: number;
  leftOutOfRoi: number;
  /** Payments up to the month that no technology claims: not in the comparison. */
  unmatched: { count: number; cents: number };
  /** How the spend and the ROI figures are computed, worded for display. */
  spend: Pick<Figure, "formula" | "inputs">;
  roi: Pick<Figure, "formula" | "inputs">;
}

/** A headline figure at the chosen month beside the month before; `change` = value − previous. */
export interface Figure {
  value: number | null;
  previous: number | null;
  change: number | null;
  /** How it was computed: the formula and its actual inputs, already worded for display. */
  formula: string;
  inputs: { label: string; value: string }[];
  /** Why the value is null, in plain words ("no outlay yet"); null when there is a value. */
  unavailable: string | null;
}

export interface DashboardTiles {
  /** Undiscounted ROI to date, (benefits − costs) / costs; `plan` = over the whole business case. */
  roi: Figure & { plan: number | null };
  /** NPV to date in cents, each technology at its own start; `planCents` over the plan, `riskAdjustedPlanCents` with benefits × confidence. */
  npvCents: Figure & { planCents: number; riskAdjustedPlanCents: number };
  /** Annual IRR of the net flows to date; `plan` of the whole business case. */
  irrAnnual: Figure & { plan: number | null };
  /** Payback of the technologies in use in months from `start` (their earliest start), the month it happens, and whether it has by the chosen month. */
  paybackMonths: Figure & { paybackMonth: string | null; reached: boolean; start: string | null };
  /** Recurring costs active in the month, annualised (technologies not retired). */
  runRateCents: Figure;
  /** Costs to date (TCO so far); `planCents` = TCO over the plan. */
  tcoCents: Figure & { planCents: number };
  /** Technologies by their current status; `wentLive` = go-live dates inside the chosen month. */
  status: { counts: Record<Investment["status"], number>; total: number; wentLive: number };
}

export interface PerspectiveCard {
  perspective: Perspective;
  score: number | null;
  rag: Rag | null;
  previousScore: number | null;
  change: number | null;
  kpiCount: number;
  scoredCount: number;
}

export interface TrendPoint {
  month: string;
  /** ROI to date at the end of this month; null while there are no costs yet. */
  roiToDate: number | null;
  costCents: number;
  benefitCents: number;
}

export interface TimeMapPoint {
  id: string;
  name: string;
  quadrant: TimeQuadrant;
  /** 0–100. */
  businessValue: number;
  /** 0–100. */
  costRisk: number;
  annualRunRateCents: number;
}

export interface DashboardAlerts {
  /** Red at the chosen month and not red the month before (or not measured then). */
  kpisTurningRed: { id: string; name: string; perspective: Perspective; attainment: number; previousRag: Rag | null }[];
  /** Technologies whose business case returns less than the workspace's discount rate (NPV < 0); delivery against the plan is the off-plan group's, in money. */
  belowExpectedRoi: { id: string; name: string; reason: "negative_npv"; npvCents: number; roi: number | null; detail: string }[];
  /** Technologies worse than their plan to date (cost overrun + benefit shortfall), off by more than 10% on a side, furthest first (lib/actuals/plan-vs-actual.ts). */
  offPlan: { id: string; name: string; offPlanCents: number; detail: string }[];
  /** Renewals or notice deadlines within the next 90 days of today, soonest first. */
  renewals: { investmentId: string; name: string; renewalDate: string; noticeDeadline: string | null; daysToNotice: number | null; daysToRenewal: number }[];
  /** Goals that no technology serves (no alignment with strength above 0). */
  goalsWithoutTechnology: { id: string; title: string; perspective: Perspective }[];
}
