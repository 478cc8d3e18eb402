/**
 * Scenario figures for one technology or a whole portfolio, by lib/finance's rules. A portfolio case
 * applies the same settings to every technology, lays each technology's monthly flows on one calendar
 * (month 0 = the earliest origin, as the dashboard's combinedCalendar does) and evaluates the sum with
 * evaluateFlows; a single technology is the same with a calendar of one, so its figures equal
 * evaluateInvestment's with that scenario (tested).
 *
 * The NPV model serves the Monte Carlo: NPV is linear in the benefit and cost factors, and a delay of
 * k + f months mixes the benefits shifted k and k + 1 whole months (shiftSeries interpolates so), each
 * technology's benefits falling off the end of its own horizon. Precomputing, over the calendar, PVC =
 * the present value of every cost and PVB[k] = that of every benefit delayed k months makes a draw O(1):
 * NPV = b·((1−f)·PVB[k] + f·PVB[k+1]) − c·PVC — the same number as rebuilding every technology's flows.
 */
import { baseBenefits, baseCosts, rawCashFlows, type BenefitItem, type CostItem, type ScenarioAdjustment } from "@/lib/finance/cashflow";
import { invalid } from "@/lib/finance/errors";
import { evaluateFlows, type FlowFigures } from "@/lib/finance/investment";
import { monthlyRate } from "@/lib/finance/money";
import { monthOffset } from "@/lib/portfolio/timeline";
import { caseKinds, type CaseKind, type ScenarioSettings } from "./settings";

/** One technology as finance sees it: items in month offsets from its origin ('YYYY-MM-01'). */
export interface ScenarioTechnology {
  origin: string;
  horizonMonths: number;
  costs: readonly CostItem[];
  benefits: readonly BenefitItem[];
}

export interface ScenarioFigures extends FlowFigures {
  /** First month of the calendar the figures count from; null without technologies. */
  calendarStart: string | null;
  calendarMonths: number;
}

export function toAdjustment(s: ScenarioSettings): ScenarioAdjustment {
  return { benefitMultiplier: s.benefitMultiplier, costMultiplier: s.costMultiplier, delayMonths: s.delayMonths, adoptionRate: s.adoptionRate };
}

interface Calendar {
  start: string | null;
  /** Each technology's month 0 on the calendar. */
  shifts: number[];
  length: number;
}

function calendarOf(techs: readonly ScenarioTechnology[]): Calendar {
  if (techs.length === 0) return { start: null, shifts: [], length: 0 };
  const start = techs.map((t) => t.origin).reduce((a, b) => (b < a ? b : a));
  const shifts = techs.map((t) => monthOffset(start, t.origin));
  const length = Math.max(...techs.map((t, k) => shifts[k] + t.horizonMonths));
  return { start, shifts, length };
}

/** NPV, IRR, payback and ROI of the scope under one case's settings. */
export function evaluateScenario(techs: readonly ScenarioTechnology[], settings: ScenarioSettings, annualDiscountRate: number): ScenarioFigures {
  const cal = calendarOf(techs);
  const benefits = new Float64Array(cal.length);
  const costs = new Float64Array(cal.length);
  const scenario = toAdjustment(settings);
  techs.forEach((t, k) => {
    const raw = rawCashFlows({ costs: t.costs, benefits: t.benefits, horizonMonths: t.horizonMonths, scenario });
    const s = cal.shifts[k];
    for (let m = 0; m < t.horizonMonths; m++) {
      benefits[s + m] += raw.benefits[m];
      costs[s + m] += raw.costs[m];
    }
  });
  return { ...evaluateFlows(benefits, costs, annualDiscountRate), calendarStart: cal.start, calendarMonths: cal.length };
}

export interface NpvModel {
  /** Unrounded NPV in cents for benefit factor b (multiplier × adoption), cost factor c and a delay ≥ 0. */
  npv(b: number, c: number, delay: number): number;
  /** Delays beyond this are treated as this (every benefit has then left every horizon or the model). */
  maxDelay: number;
}

/** Precomputes the present values a draw needs; `maxDelay` is the largest delay that will be asked for. */
export function npvModel(techs: readonly ScenarioTechnology[], annualDiscountRate: number, maxDelay: number): NpvModel {
  if (!(maxDelay >= 0) || !Number.isFinite(maxDelay)) invalid(`maxDelay must be a finite number ≥ 0, got ${maxDelay}`);
  const cal = calendarOf(techs);
  const discount = new Float64Array(cal.length);
  const x = 1 / (1 + monthlyRate(annualDiscountRate));
  for (let m = 0, f = 1; m < cal.length; m++, f *= x) discount[m] = f;
  const longest = Math.max(0, ...techs.map((t) => t.horizonMonths));
  const shiftsNeeded = Math.min(Math.ceil(maxDelay), longest);
  const pvBenefits = new Float64Array(shiftsNeeded + 2);
  let pvCosts = 0;
  techs.forEach((t, i) => {
    const s = cal.shifts[i];
    const h = t.horizonMonths;
    const b = baseBenefits(t.benefits, h);
    const c = baseCosts(t.costs, h);
    for (let m = 0; m < h; m++) pvCosts += c[m] * discount[s + m];
    for (let k = 0; k <= shiftsNeeded && k < h; k++) {
      let pv = 0;
      for (let m = k; m < h; m++) pv += b[m - k] * discount[s + m];
      pvBenefits[k] += pv;
    }
  });
  const cap = shiftsNeeded;
  return {
    maxDelay: cap,
    npv(b, c, delay) {
      const d = Math.min(delay, cap);
      const k = Math.floor(d);
      const f = d - k;
      return b * ((1 - f) * pvBenefits[k] + f * pvBenefits[k + 1]) - c * pvCosts;
    },
  };
}

/** The three cases of a scope with their figures, side by side. */
export function evaluateCases<C extends { settings: ScenarioSettings }>(
  techs: readonly ScenarioTechnology[],
  cases: Record<CaseKind, C>,
  annualDiscountRate: number,
): (C & { figures: ScenarioFigures })[] {
  return caseKinds.map((kind) => ({ ...cases[kind], figures: evaluateScenario(techs, cases[kind].settings, annualDiscountRate) }));
}
