/**
 * Plan against actual, month by month, for one technology and for the portfolio. Pure, so the technology
 * page, the dashboard and the monthly report read the same figures and they are tested on fixtures.
 *
 * - Plan: the technology's monthly cost and benefit series from the cash-flow builder (lib/finance), laid
 *   on the calendar by its origin month; nothing is planned outside its timeline.
 * - Actual cost: the payments filed under the technology, summed per month of their booked-on date.
 * - Realised benefit: what its KPIs moved, in money (change × value per unit, its attributed share), plus
 *   the amounts entered by hand for the month. A KPI's change before the technology's plan starts is not
 *   its doing, so benefits before its first month are left out (a payment made early still counts).
 * - To date: the months since the technology's actuals began (its first recorded payment or benefit), up to
 *   and including the month shown; the plan is compared over the same months, because a ledger that starts
 *   with this year's bank export says nothing about the years before. Without any actual, the plan to date
 *   is shown alone. Variance = actual − plan (a cost above plan is positive; a benefit above plan is positive).
 * - ROI realised on actuals: (realised benefits − actual costs) ÷ actual costs to date, only once there are
 *   payments and some benefit was measured or entered; planned ROI to date: the same on the plan.
 * - A month is missing its actuals when the plan expects a cost (or a benefit) in it and none is recorded.
 */
import { roi } from "@/lib/finance";
import { monthOffset } from "@/lib/portfolio/timeline";
import { shiftMonth } from "@/lib/scorecard/month";

/** A month's realised benefit by where it comes from (cents). */
export type RealisedMonth = { fromKpisCents: number; enteredCents: number };

/** One technology's plan: month 0 of its series ('YYYY-MM-01') and its whole-cent monthly series. */
export interface PlanSeries {
  origin: string;
  costsCents: ArrayLike<number>;
  benefitsCents: ArrayLike<number>;
}

/** What really happened, by month ('YYYY-MM-01'). */
export interface TechnologyActuals {
  costsByMonth: ReadonlyMap<string, number>;
  benefitsByMonth: ReadonlyMap<string, RealisedMonth>;
}

export interface PlanVsActualMonth {
  month: string;
  plannedCostCents: number;
  /** Null when no payment is recorded in the month. */
  actualCostCents: number | null;
  plannedBenefitCents: number;
  /** Null when no benefit was measured or entered for the month. */
  realisedBenefitCents: number | null;
  realised: RealisedMonth | null;
}

export interface PlanVsActualTotals {
  plannedCostCents: number;
  actualCostCents: number;
  /** Actual − planned cost: above zero is an overrun. */
  costVarianceCents: number;
  /** The variance as a share of the planned cost; null when nothing was planned. */
  costVarianceRatio: number | null;
  plannedBenefitCents: number;
  realisedBenefitCents: number;
  /** Realised − planned benefit: below zero is a shortfall. */
  benefitVarianceCents: number;
  plannedRoi: number | null;
  realisedRoi: number | null;
  /** Why the realised ROI is null, in plain words; null when there is one. */
  realisedRoiUnavailable: string | null;
}

export interface PlanVsActual {
  /** The month "to date" runs to, inclusive. */
  month: string;
  /** The first month with an actual cost or benefit; null while there is none (the figures are the plan alone). */
  since: string | null;
  /** From the earlier of the plan's start and the first actual, to the month; oldest first. */
  months: PlanVsActualMonth[];
  /** Over the months from `since` (every month while there is no actual). */
  toDate: PlanVsActualTotals;
  /** The plan in the months before `since`, left out of the comparison. */
  beforeActuals: { plannedCostCents: number; plannedBenefitCents: number };
  hasCostActuals: boolean;
  hasBenefitActuals: boolean;
  /** Months where the plan expects a cost (a benefit) and none is recorded, oldest first. */
  missing: { cost: string[]; benefit: string[] };
}

/** The planned amount of a series at a calendar month; 0 outside its timeline. */
function plannedAt(series: ArrayLike<number>, origin: string, month: string): number {
  const i = monthOffset(origin, month);
  return i >= 0 && i < series.length ? series[i] : 0;
}

const earliest = (months: readonly string[]): string | null => (months.length ? months.reduce((a, b) => (b < a ? b : a)) : null);

/** The first month with an actual up to `month`; null when there is none. */
function firstActual(plan: PlanSeries, actuals: TechnologyActuals, month: string): string | null {
  const benefitMonths = [...actuals.benefitsByMonth.keys()].filter((m) => m >= plan.origin);
  return earliest([...actuals.costsByMonth.keys(), ...benefitMonths].filter((m) => m <= month));
}

function monthRow(plan: PlanSeries, actuals: TechnologyActuals, month: string): PlanVsActualMonth {
  const realised = month >= plan.origin ? (actuals.benefitsByMonth.get(month) ?? null) : null;
  return {
    month,
    plannedCostCents: plannedAt(plan.costsCents, plan.origin, month),
    actualCostCents: actuals.costsByMonth.get(month) ?? null,
    plannedBenefitCents: plannedAt(plan.benefitsCents, plan.origin, month),
    realisedBenefitCents: realised ? realised.fromKpisCents + realised.enteredCents : null,
    realised,
  };
}

const roiOrNull = (benefitCents: number, costCents: number): number | null => (costCents > 0 ? roi(benefitCents, costCents) : null);

function realisedRoiOf(actualCostCents: number, realisedBenefitCents: number, hasBenefitActuals: boolean): Pick<PlanVsActualTotals, "realisedRoi" | "realisedRoiUnavailable"> {
  if (actualCostCents <= 0) return { realisedRoi: null, realisedRoiUnavailable: "no payments recorded to date" };
  if (!hasBenefitActuals) return { realisedRoi: null, realisedRoiUnavailable: "no benefit measured or entered to date" };
  return { realisedRoi: roi(realisedBenefitCents, actualCostCents), realisedRoiUnavailable: null };
}

type Sums = Pick<PlanVsActualTotals, "plannedCostCents" | "actualCostCents" | "plannedBenefitCents" | "realisedBenefitCents">;

/** The sums with their variances: actual − plan for cost (above plan positive) and for benefit. */
function variances(sums: Sums): Omit<PlanVsActualTotals, "plannedRoi" | "realisedRoi" | "realisedRoiUnavailable"> {
  const costVarianceCents = sums.actualCostCents - sums.plannedCostCents;
  return {
    ...sums,
    costVarianceCents,
    costVarianceRatio: sums.plannedCostCents > 0 ? costVarianceCents / sums.plannedCostCents : null,
    benefitVarianceCents: sums.realisedBenefitCents - sums.plannedBenefitCents,
  };
}

/** Sums the monthly rows into the to-date figures. */
function totalsOf(rows: readonly PlanVsActualMonth[]): PlanVsActualTotals {
  let [plannedCostCents, actualCostCents, plannedBenefitCents, realisedBenefitCents] = [0, 0, 0, 0];
  let hasBenefitActuals = false;
  for (const r of rows) {
    plannedCostCents += r.plannedCostCents;
    actualCostCents += r.actualCostCents ?? 0;
    plannedBenefitCents += r.plannedBenefitCents;
    realisedBenefitCents += r.realisedBenefitCents ?? 0;
    hasBenefitActuals ||= r.realisedBenefitCents !== null;
  }
  return {
    ...variances({ plannedCostCents, actualCostCents, plannedBenefitCents, realisedBenefitCents }),
    plannedRoi: roiOrNull(plannedBenefitCents, plannedCostCents),
    ...realisedRoiOf(actualCostCents, realisedBenefitCents, hasBenefitActuals),
  };
}

/** One technology's plan against its actuals, month by month up to `month` ('YYYY-MM-01'). */
export function planVsActual(plan: PlanSeries, actuals: TechnologyActuals, month: string): PlanVsActual {
  const since = firstActual(plan, actuals, month);
  const months: PlanVsActualMonth[] = [];
  for (let m = since && since < plan.origin ? since : plan.origin; m <= month; m = shiftMonth(m, 1)) months.push(monthRow(plan, actuals, m));
  const compared = since ? months.filter((r) => r.month >= since) : months;
  const before = since ? months.filter((r) => r.month < since) : [];
  return {
    month,
    since,
    months,
    toDate: totalsOf(compared),
    beforeActuals: { plannedCostCents: sum(before, (r) => r.plannedCostCents), plannedBenefitCents: sum(before, (r) => r.plannedBenefitCents) },
    hasCostActuals: compared.some((r) => r.actualCostCents !== null),
    hasBenefitActuals: compared.some((r) => r.realisedBenefitCents !== null),
    missing: {
      cost: since ? compared.filter((r) => r.plannedCostCents !== 0 && r.actualCostCents === null).map((r) => r.month) : [],
      benefit: since ? compared.filter((r) => r.plannedBenefitCents !== 0 && r.realisedBenefitCents === null).map((r) => r.month) : [],
    },
  };
}

function sum<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((total, r) => total + pick(r), 0);
}

/**
 * A technology needs attention when it is worse than its plan overall and, on one side, off by more than this
 * share: a cost overrun above 10% of its planned cost, or a benefit shortfall above 10% of its planned benefit
 * (realising under 90%, below "on plan").
 */
export const OFF_PLAN_SHARE = 0.1;

/** One technology's comparison, named. */
export interface TechnologyComparison {
  id: string;
  name: string;
  figures: PlanVsActual;
}

/** A technology worse than its plan: more spent, or less realised, than planned over its months with actuals. */
export interface OffPlan {
  id: string;
  name: string;
  /** Cost overrun + benefit shortfall (each side only once it has actuals); above zero is worse than plan. */
  offPlanCents: number;
  toDate: PlanVsActualTotals;
  hasCostActuals: boolean;
  hasBenefitActuals: boolean;
}

export interface PortfolioPlanVsActual {
  month: string;
  /**
   * Σ over the technologies with actuals, each over its own months since its actuals began. The ROI pair
   * compares like with like: both are over the technologies with payments and benefits recorded.
   */
  toDate: PlanVsActualTotals;
  withActuals: number;
  /** Left out of the comparison: nothing recorded for them yet. */
  withoutActuals: { id: string; name: string }[];
  /** Technologies the ROI pair is over: payments and benefits both recorded. */
  roiTechnologies: number;
  /** With actuals on one side only (payments but no benefit measured or entered, or the reverse): left out of the ROI pair. */
  leftOutOfRoi: { id: string; name: string }[];
  /** Worse than plan, and off by more than OFF_PLAN_SHARE on a side; furthest first. */
  offPlan: OffPlan[];
}

function offPlanOf({ id, name, figures }: TechnologyComparison): OffPlan {
  const { toDate, hasCostActuals, hasBenefitActuals } = figures;
  const offPlanCents = (hasCostActuals ? toDate.costVarianceCents : 0) - (hasBenefitActuals ? toDate.benefitVarianceCents : 0);
  return { id, name, offPlanCents, toDate, hasCostActuals, hasBenefitActuals };
}

function isFarOff(o: OffPlan): boolean {
  const overrun = o.hasCostActuals ? o.toDate.costVarianceCents : 0;
  const shortfall = o.hasBenefitActuals ? -o.toDate.benefitVarianceCents : 0;
  return o.offPlanCents > 0 && (overrun > OFF_PLAN_SHARE * o.toDate.plannedCostCents || shortfall > OFF_PLAN_SHARE * o.toDate.plannedBenefitCents);
}

const named = ({ id, name }: TechnologyComparison) => ({ id, name });

/** Planned and realised ROI over the technologies with both payments and benefits recorded. */
function roiPair(both: readonly TechnologyComparison[]): Pick<PlanVsActualTotals, "plannedRoi" | "realisedRoi" | "realisedRoiUnavailable"> {
  if (both.length === 0) return { plannedRoi: null, realisedRoi: null, realisedRoiUnavailable: "no technology has both payments and benefits recorded yet" };
  const totals = both.map((t) => t.figures.toDate);
  return {
    plannedRoi: roiOrNull(sum(totals, (t) => t.plannedBenefitCents), sum(totals, (t) => t.plannedCostCents)),
    ...realisedRoiOf(sum(totals, (t) => t.actualCostCents), sum(totals, (t) => t.realisedBenefitCents), true),
  };
}

/** The portfolio's plan against actual at `month`: the sum of its technologies' comparisons, those with actuals only. */
export function portfolioPlanVsActual(technologies: readonly TechnologyComparison[], month: string): PortfolioPlanVsActual {
  const withActuals = technologies.filter((t) => t.figures.since !== null);
  const both = withActuals.filter((t) => t.figures.hasCostActuals && t.figures.hasBenefitActuals);
  const totals = withActuals.map((t) => t.figures.toDate);
  const sums: Sums = {
    plannedCostCents: sum(totals, (t) => t.plannedCostCents),
    actualCostCents: sum(totals, (t) => t.actualCostCents),
    plannedBenefitCents: sum(totals, (t) => t.plannedBenefitCents),
    realisedBenefitCents: sum(totals, (t) => t.realisedBenefitCents),
  };
  return {
    month,
    toDate: { ...variances(sums), ...roiPair(both) },
    withActuals: withActuals.length,
    withoutActuals: technologies.filter((t) => t.figures.since === null).map(named),
    roiTechnologies: both.length,
    leftOutOfRoi: withActuals.filter((t) => !both.includes(t)).map(named),
    offPlan: withActuals
      .map(offPlanOf)
      .filter(isFarOff)
      .sort((a, b) => b.offPlanCents - a.offPlanCents || a.name.localeCompare(b.name)),
  };
}
