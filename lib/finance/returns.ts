/**
 * Return metrics with spreadsheet conventions, so figures match what users check in a spreadsheet:
 * npv discounts the first value one period, irr/xirr solve for the rate, xnpv counts actual days / 365.
 */
import {
  FinanceError,
  finiteResult,
  invalid,
  requireFinite,
  requireFiniteArray,
  requirePositive,
  requireRate,
} from "./errors";
import { DatedEquation, PeriodicEquation } from "./rate-equation";
import { solveRate } from "./solver";

const MS_PER_DAY = 86_400_000;

/** (benefit − cost) / cost. */
export function roi(benefit: number, cost: number): number {
  requireFinite(benefit, "benefit");
  requirePositive(cost, "cost");
  return finiteResult((benefit - cost) / cost, "roi");
}

export interface AutomationInput {
  annualBenefits: number;
  annualOperatingCosts: number;
  initialInvestment: number;
  usefulLifeYears: number;
}

/** (benefits − (opex + initial/life)) / (opex + initial/life): the initial cost is spread straight-line over the useful life. */
export function annualizedReturnOnAutomation(input: AutomationInput): number {
  const benefits = requireFinite(input.annualBenefits, "annualBenefits");
  const opex = requireFinite(input.annualOperatingCosts, "annualOperatingCosts");
  const initial = requireFinite(input.initialInvestment, "initialInvestment");
  const life = requirePositive(input.usefulLifeYears, "usefulLifeYears");
  const annualCost = opex + initial / life;
  if (annualCost <= 0) invalid(`annual cost (opex + initial/life) must be positive, got ${annualCost}`);
  return finiteResult((benefits - annualCost) / annualCost, "annualized return on automation");
}

export interface ScoringFactor {
  weight: number;
  score: number;
}

/** Σ weight/100 × score; the weights are percentages and must sum to 100 (within 1e-9). */
export function weightedScore(factors: readonly ScoringFactor[]): number {
  if (!Array.isArray(factors)) invalid("factors must be an array");
  let weights = 0;
  let sum = 0;
  factors.forEach((f, i) => {
    requireFinite(f.weight, `factors[${i}].weight`);
    requireFinite(f.score, `factors[${i}].score`);
    if (f.weight < 0) invalid(`factors[${i}].weight must not be negative, got ${f.weight}`);
    weights += f.weight;
    sum += f.weight * f.score;
  });
  if (Math.abs(weights - 100) > 1e-9) {
    invalid(`weights must sum to 100, but they sum to ${Number(weights.toPrecision(12))}`);
  }
  return sum / 100;
}

/** Σ_{i=1..n} v_i / (1+rate)^i — the first value is discounted one period, as in spreadsheets. */
export function npv(rate: number, values: readonly number[]): number {
  requireRate(rate);
  requireFiniteArray(values, "values");
  const x = 1 / (1 + rate);
  let p = 0;
  for (let i = values.length - 1; i >= 0; i--) p = (p + values[i]) * x;
  return finiteResult(p, "npv");
}

/** r such that Σ_{t=0..n−1} v_t / (1+r)^t = 0. See solver.ts for the stopping rule and root choice. */
export function irr(values: readonly number[], guess = 0.1): number {
  requireFiniteArray(values, "values");
  requireRate(guess, "guess");
  if (values.length === 0) invalid("irr needs at least one cash flow");
  requireMixedSigns(values);
  return solveRate(new PeriodicEquation(values), guess);
}

/**
 * Years from the first date, (d_i − d_0)/365 in whole days. Dates are rounded to whole days, so a
 * daylight-saving shift between two local midnights does not count; they must not go backwards.
 */
export function yearFractions(dates: readonly Date[], count: number): Float64Array {
  if (!Array.isArray(dates) || dates.length !== count) {
    invalid(`expected ${count} dates, one per value, got ${Array.isArray(dates) ? dates.length : typeof dates}`);
  }
  const out = new Float64Array(count);
  if (count === 0) return out;
  const t0 = dateTime(dates[0], 0);
  let prev = 0;
  for (let i = 1; i < count; i++) {
    const days = Math.round((dateTime(dates[i], i) - t0) / MS_PER_DAY);
    if (days < prev) {
      invalid(`dates must be in ascending order: dates[${i}] (${iso(dates[i])}) is before dates[${i - 1}] (${iso(dates[i - 1])})`);
    }
    prev = days;
    out[i] = days / 365;
  }
  return out;
}

function dateTime(d: Date, i: number): number {
  const t = d instanceof Date ? d.getTime() : NaN;
  if (!Number.isFinite(t)) invalid(`dates[${i}] is not a valid date`);
  return t;
}

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Σ v_i / (1+rate)^((d_i − d_0)/365). */
export function xnpv(rate: number, values: readonly number[], dates: readonly Date[]): number {
  requireRate(rate);
  requireFiniteArray(values, "values");
  const t = yearFractions(dates, values.length);
  const lnr = Math.log1p(rate);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] * Math.exp(-t[i] * lnr);
  return finiteResult(sum, "xnpv");
}

/** Annual r with xnpv(r, values, dates) = 0. */
export function xirr(values: readonly number[], dates: readonly Date[], guess = 0.1): number {
  requireFiniteArray(values, "values");
  requireRate(guess, "guess");
  if (values.length === 0) invalid("xirr needs at least one cash flow");
  const t = yearFractions(dates, values.length);
  requireMixedSigns(values);
  return solveRate(new DatedEquation(values, t), guess);
}

/**
 * (FV of the positive flows at reinvestRate / −PV of the negative flows at financeRate)^(1/(n−1)) − 1.
 * Computed through logarithms so long series do not overflow on the way.
 */
export function mirr(values: readonly number[], financeRate: number, reinvestRate: number): number {
  requireFiniteArray(values, "values");
  requireRate(financeRate, "financeRate");
  requireRate(reinvestRate, "reinvestRate");
  const n = values.length;
  if (n < 2) invalid("mirr needs at least two cash flows");
  requireMixedSigns(values);
  const growth = 1 + reinvestRate;
  let fvPositive = 0;
  for (let t = 0; t < n; t++) fvPositive = fvPositive * growth + Math.max(values[t], 0);
  const discount = 1 / (1 + financeRate);
  let pvNegative = 0;
  for (let t = n - 1; t >= 0; t--) pvNegative = pvNegative * discount + Math.max(-values[t], 0);
  const exponent = (Math.log(fvPositive) - Math.log(pvNegative)) / (n - 1);
  return finiteResult(Math.expm1(exponent), "mirr");
}

function requireMixedSigns(values: readonly number[]): void {
  let positive = false;
  let negative = false;
  for (const v of values) {
    if (v > 0) positive = true;
    else if (v < 0) negative = true;
  }
  if (!positive || !negative) {
    throw new FinanceError(
      "NO_SIGN_CHANGE",
      "the cash flows need at least one positive and one negative value for a rate of return to exist",
    );
  }
}
