/**
 * Benefits realised in money: each technology's planned benefits to date beside what it really realised —
 * its KPIs' change × value per unit (attributed) plus the amounts entered by hand — on the same plan-against-
 * actual figures as its technology page and the dashboard (lib/actuals/plan-vs-actual.ts), so the three agree.
 * Pure; the benefits page, its technology pages and the monthly report read it.
 */
import { planVsActual, type PlanVsActual, type RealisedMonth } from "@/lib/actuals/plan-vs-actual";
import type { Investment } from "@/db/schema";
import { realisationStatus } from "./benefits";
import type { KpiMoneyInput, RealisedByTechnology } from "./money-types";
import type { RealisationStatus } from "./types";

/** The parts of an evaluated technology (lib/portfolio/metrics) the figures need. */
export interface PlannedTechnology {
  origin: string;
  summary: { series: { benefitsCents: ArrayLike<number>; costsCents: ArrayLike<number> } };
  row: { id: string; name: string; status: Investment["status"]; goLiveDate: string | null };
}

export interface MoneyBenefitsRow {
  id: string;
  name: string;
  status: Investment["status"];
  goLiveDate: string | null;
  /** Plan against actual to the month: the same figures as the technology page. */
  figures: PlanVsActual;
  /** Realised ÷ planned benefits over the months compared; null without a realised benefit or without a planned one. */
  realisation: number | null;
  realisationStatus: RealisationStatus | null;
  /** The realised benefits to date by where they come from (over the months compared). */
  realisedBySource: RealisedMonth;
  /** The month shown: planned benefit, and the realised one by source (null when nothing was measured or entered). */
  atMonth: { plannedCents: number; realised: RealisedMonth | null };
  /** The inputs behind the month's KPI-realised benefit, one per KPI with a share. */
  kpiInputs: KpiMoneyInput[];
}

export interface MoneyBenefitsTotals {
  plannedBenefitCents: number;
  realisedBenefitCents: number;
  /** Technologies with a realised benefit recorded; only they are in the sums. */
  withActuals: number;
  withoutActuals: number;
}

export interface ActualsInput {
  costs: ReadonlyMap<string, ReadonlyMap<string, number>>;
  realised: RealisedByTechnology;
  inputs: readonly KpiMoneyInput[];
}

const hasPlannedBenefit = (t: PlannedTechnology) => Array.prototype.some.call(t.summary.series.benefitsCents, (c: number) => c !== 0);

function realisedBySource(figures: PlanVsActual): RealisedMonth {
  const total = { fromKpisCents: 0, enteredCents: 0 };
  for (const m of figures.months) {
    if (figures.since === null || m.month < figures.since || !m.realised) continue;
    total.fromKpisCents += m.realised.fromKpisCents;
    total.enteredCents += m.realised.enteredCents;
  }
  return total;
}

/** One technology's money figures at `month`. */
export function moneyRowOf(t: PlannedTechnology, actuals: ActualsInput, month: string): MoneyBenefitsRow {
  const { id, name, status, goLiveDate } = t.row;
  const plan = { origin: t.origin, costsCents: t.summary.series.costsCents, benefitsCents: t.summary.series.benefitsCents };
  const figures = planVsActual(plan, { costsByMonth: actuals.costs.get(id) ?? new Map(), benefitsByMonth: actuals.realised.get(id) ?? new Map() }, month);
  const { plannedBenefitCents, realisedBenefitCents } = figures.toDate;
  const realisation = figures.hasBenefitActuals && plannedBenefitCents > 0 ? realisedBenefitCents / plannedBenefitCents : null;
  // A proposal is not expected to deliver yet, so it is never behind plan.
  const judged = realisation !== null && status !== "proposed";
  const shown = figures.months.find((m) => m.month === month);
  return {
    id,
    name,
    status,
    goLiveDate,
    figures,
    realisation,
    realisationStatus: judged ? realisationStatus(realisation) : null,
    realisedBySource: realisedBySource(figures),
    atMonth: { plannedCents: shown?.plannedBenefitCents ?? 0, realised: shown?.realised ?? null },
    kpiInputs: actuals.inputs.filter((i) => i.investmentId === id && i.month === month && i.share > 0),
  };
}

/**
 * Every technology that planned a benefit or realised one, in the portfolio's order (by name), with its
 * money figures at `month`; and the totals over those with a realised benefit recorded.
 */
export function buildMoneyBenefits(technologies: readonly PlannedTechnology[], actuals: ActualsInput, month: string): { rows: MoneyBenefitsRow[]; totals: MoneyBenefitsTotals } {
  const rows = technologies.filter((t) => hasPlannedBenefit(t) || actuals.realised.has(t.row.id)).map((t) => moneyRowOf(t, actuals, month));
  const measured = rows.filter((r) => r.figures.hasBenefitActuals);
  return {
    rows,
    totals: {
      plannedBenefitCents: measured.reduce((s, r) => s + r.figures.toDate.plannedBenefitCents, 0),
      realisedBenefitCents: measured.reduce((s, r) => s + r.figures.toDate.realisedBenefitCents, 0),
      withActuals: measured.length,
      withoutActuals: rows.length - measured.length,
    },
  };
}
