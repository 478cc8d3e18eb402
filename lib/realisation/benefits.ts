/**
 * A technology's business case to date beside the attainment of its linked KPIs (the dashboard's "well
 * behind plan" reading), and the realisation thresholds and status words every benefits figure shares. The
 * benefits page and the monthly report show realised benefits in money (benefits-money.ts). Pure; the
 * arithmetic is lib/finance's.
 */
import type { Investment } from "@/db/schema";
import { attainment, FinanceError, roi } from "@/lib/finance";
import { monthOffset } from "@/lib/portfolio/timeline";
import type { KpiAttainment, LinkedKpiValue, RealisationFigures, RealisationStatus } from "./types";

/** Realisation at or above `onPlan` is on plan, at or above `behindPlan` behind plan, below it well behind. */
export const REALISATION_THRESHOLDS = { onPlan: 0.9, behindPlan: 0.6 } as const;

export const STATUS_LABELS: Record<RealisationStatus, string> = {
  on_plan: "On plan",
  behind_plan: "Behind plan",
  well_behind_plan: "Well behind plan",
};

export function realisationStatus(realisation: number): RealisationStatus {
  if (realisation >= REALISATION_THRESHOLDS.onPlan) return "on_plan";
  return realisation >= REALISATION_THRESHOLDS.behindPlan ? "behind_plan" : "well_behind_plan";
}

/** The parts of an evaluated technology (lib/portfolio/metrics) the figures need. */
export interface PlannedTechnology {
  /** Month 0 of its series ('YYYY-MM-01'). */
  origin: string;
  summary: { series: { benefitsCents: readonly number[]; costsCents: readonly number[] } };
  row: { roi: number | null; status?: Investment["status"] };
}

function sumTo(series: readonly number[], lastIndex: number): number {
  let total = 0;
  for (let m = 0; m <= lastIndex && m < series.length; m++) total += series[m];
  return total;
}

function kpiAttainment(kpi: LinkedKpiValue, month: string): KpiAttainment {
  // A value after the month is not known yet at the month: it does not count.
  const latest = kpi.latest && kpi.latest.period <= month ? kpi.latest : null;
  const base = { id: kpi.id, name: kpi.name, unit: kpi.unit, latest };
  if (!latest) return { ...base, attainment: null, problem: null };
  try {
    const score = attainment({ actual: latest.value, baseline: kpi.baseline, target: kpi.target, direction: kpi.direction });
    return { ...base, attainment: score, problem: null };
  } catch (e) {
    if (!(e instanceof FinanceError)) throw e;
    return { ...base, attainment: null, problem: e.message };
  }
}

const roiOrNull = (benefitCents: number, costCents: number): number | null => (costCents > 0 ? roi(benefitCents, costCents) : null);

/** A technology has delivery to judge once it is not a mere proposal and some benefit was planned by the month. */
const delivering = (t: PlannedTechnology, plannedBenefitsToDateCents: number) => t.row.status !== "proposed" && plannedBenefitsToDateCents > 0;

/**
 * A technology's realisation figures at `month` ('YYYY-MM-01'), from its evaluated business case and its
 * linked KPIs' latest values up to that month.
 */
export function realisationOf(technology: PlannedTechnology, month: string, kpis: readonly LinkedKpiValue[]): RealisationFigures {
  const lastIndex = monthOffset(technology.origin, month);
  const { benefitsCents, costsCents } = technology.summary.series;
  const costsToDateCents = sumTo(costsCents, lastIndex);
  const plannedBenefitsToDateCents = sumTo(benefitsCents, lastIndex);
  const scoredKpis = kpis.map((k) => kpiAttainment(k, month));
  const attainments = scoredKpis.flatMap((k) => (k.attainment === null ? [] : [k.attainment]));
  const realisation = attainments.length ? attainments.reduce((a, b) => a + b, 0) / attainments.length : null;
  const realisedBenefitsToDateCents = realisation === null ? null : Math.round(plannedBenefitsToDateCents * realisation);
  return {
    month,
    monthsToDate: Math.max(0, Math.min(lastIndex + 1, costsCents.length)),
    costsToDateCents,
    plannedBenefitsToDateCents,
    realisedBenefitsToDateCents,
    realisation,
    kpisLinked: kpis.length,
    kpisScored: attainments.length,
    plannedRoiToDate: roiOrNull(plannedBenefitsToDateCents, costsToDateCents),
    realisedRoiToDate: realisedBenefitsToDateCents === null ? null : roiOrNull(realisedBenefitsToDateCents, costsToDateCents),
    planRoi: technology.row.roi,
    // Nothing planned by the month (a proposal, a technology not started) cannot be behind plan.
    status: realisation === null || !delivering(technology, plannedBenefitsToDateCents) ? null : realisationStatus(realisation),
    kpis: scoredKpis,
  };
}
