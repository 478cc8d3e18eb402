/**
 * From an investment's cost and benefit items to a monthly cash-flow series.
 *
 * Months are 0-based offsets from the investment start; `endMonth` is inclusive and open-ended when
 * omitted; everything after the horizon is cut off. Amounts are integer cents per occurrence.
 * - one-time: the whole amount in `startMonth` (ramp-up and uplift do not apply).
 * - recurring monthly: every month from `startMonth` to `endMonth`; annual: every 12 months from
 *   `startMonth` (a licence renewal).
 * - `annualUpliftPct` (costs): the price rises by that % on each anniversary of `startMonth`,
 *   compounding — month m pays amount × (1 + pct/100)^floor((m − startMonth)/12).
 * - `rampUpMonths` R (benefits): the k-th month after `startMonth` (k = 0, 1, …) realises
 *   (k+1)/(R+1) of the amount while k < R, then all of it; R = 0 means full benefit at once.
 * - scenario: benefits × benefitMultiplier × adoptionRate and shifted `delayMonths` later (go-live
 *   slips; a fractional delay splits each month's benefit between two months); costs × costMultiplier
 *   and not delayed, since contracts and project spend run regardless of go-live.
 * - `riskAdjusted`: benefits × confidence (default 1), the risk-adjusted view.
 * Inside, amounts stay unrounded doubles; the series returned here is rounded half-even per month,
 * and net and cumulative are derived from the rounded months so the table adds up.
 */
import { invalid, requireFinite, requireNonNegative, requireProbability } from "./errors";
import { requireCents, roundHalfEven } from "./money";

export type ItemKind = "one_time" | "recurring";
export type Frequency = "monthly" | "annual";

export interface CostItem {
  category: string;
  kind: ItemKind;
  /** Recurring items only; defaults to "monthly". */
  frequency?: Frequency;
  amountCents: number;
  startMonth: number;
  endMonth?: number;
  annualUpliftPct?: number;
}

export interface BenefitItem {
  category: string;
  kind: ItemKind;
  frequency?: Frequency;
  amountCents: number;
  startMonth: number;
  endMonth?: number;
  rampUpMonths?: number;
  /** 0–1, applied only in the risk-adjusted view. */
  confidence?: number;
}

export interface ScenarioAdjustment {
  benefitMultiplier?: number;
  costMultiplier?: number;
  delayMonths?: number;
  /** 0–1, share of the expected users who adopt the tool; scales benefits. */
  adoptionRate?: number;
}

export interface CashFlowInput {
  costs: readonly CostItem[];
  benefits: readonly BenefitItem[];
  horizonMonths: number;
  scenario?: ScenarioAdjustment;
  riskAdjusted?: boolean;
}

export interface CashFlowSeries {
  benefitsCents: number[];
  costsCents: number[];
  netCents: number[];
  cumulativeCents: number[];
}

/** Unrounded monthly amounts in cents. */
export interface RawCashFlows {
  benefits: Float64Array;
  costs: Float64Array;
}

export const MAX_HORIZON_MONTHS = 1200;

export function requireHorizon(horizonMonths: number): number {
  if (!Number.isInteger(horizonMonths) || horizonMonths < 1 || horizonMonths > MAX_HORIZON_MONTHS) {
    invalid(`horizonMonths must be a whole number of months from 1 to ${MAX_HORIZON_MONTHS}, got ${horizonMonths}`);
  }
  return horizonMonths;
}

function requireMonth(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) invalid(`${name} must be a whole month offset ≥ 0, got ${value}`);
  return value;
}

type Item = CostItem | BenefitItem;

/** Calls visit(month, k) for each month the item pays in, k = months since its start. */
function forEachOccurrence(item: Item, horizon: number, name: string, visit: (month: number, k: number) => void): void {
  if (item.kind !== "one_time" && item.kind !== "recurring") invalid(`${name}.kind must be "one_time" or "recurring"`);
  const start = requireMonth(item.startMonth, `${name}.startMonth`);
  requireCents(item.amountCents, `${name}.amountCents`);
  if (item.amountCents < 0) invalid(`${name}.amountCents must not be negative, got ${item.amountCents}`);
  if (item.kind === "one_time") {
    if (start < horizon) visit(start, 0);
    return;
  }
  let end = horizon - 1;
  if (item.endMonth !== undefined && item.endMonth !== null) {
    end = requireMonth(item.endMonth, `${name}.endMonth`);
    if (end < start) invalid(`${name}.endMonth (${end}) is before its startMonth (${start})`);
  }
  const frequency = item.frequency ?? "monthly";
  if (frequency !== "monthly" && frequency !== "annual") invalid(`${name}.frequency must be "monthly" or "annual"`);
  const step = frequency === "monthly" ? 1 : 12;
  const last = Math.min(end, horizon - 1);
  for (let m = start; m <= last; m += step) visit(m, m - start);
}

/** Adds one cost item's monthly amounts (× multiplier) into target. */
export function addCostItem(target: Float64Array, item: CostItem, multiplier = 1, name = "cost"): void {
  const uplift = requireFinite(item.annualUpliftPct ?? 0, `${name}.annualUpliftPct`);
  if (uplift <= -100) invalid(`${name}.annualUpliftPct must be greater than -100, got ${uplift}`);
  const growth = 1 + uplift / 100;
  const base = item.amountCents * multiplier;
  forEachOccurrence(item, target.length, name, (m, k) => {
    target[m] += item.kind === "recurring" ? base * Math.pow(growth, Math.floor(k / 12)) : base;
  });
}

/** Adds one benefit item's monthly amounts (× multiplier, ramped up) into target. */
export function addBenefitItem(target: Float64Array, item: BenefitItem, multiplier = 1, name = "benefit"): void {
  const ramp = item.rampUpMonths ?? 0;
  if (!Number.isInteger(ramp) || ramp < 0) invalid(`${name}.rampUpMonths must be a whole number ≥ 0, got ${ramp}`);
  const base = item.amountCents * multiplier;
  forEachOccurrence(item, target.length, name, (m, k) => {
    target[m] += item.kind === "recurring" && k < ramp ? (base * (k + 1)) / (ramp + 1) : base;
  });
}

/** Moves a series `delay` months later (fractional delays interpolate), dropping what falls past the end. */
export function shiftSeries(base: Float64Array, delay: number, out: Float64Array = new Float64Array(base.length)): Float64Array {
  const whole = Math.floor(delay);
  const part = delay - whole;
  for (let m = 0; m < out.length; m++) {
    const a = m - whole >= 0 ? base[m - whole] : 0;
    const b = m - whole - 1 >= 0 ? base[m - whole - 1] : 0;
    out[m] = (1 - part) * a + part * b;
  }
  return out;
}

export interface ScenarioFactors {
  benefit: number;
  cost: number;
  delay: number;
}

export function scenarioFactors(scenario: ScenarioAdjustment = {}): ScenarioFactors {
  const benefitMultiplier = requireNonNegative(scenario.benefitMultiplier ?? 1, "scenario.benefitMultiplier");
  const adoption = requireProbability(scenario.adoptionRate ?? 1, "scenario.adoptionRate");
  return {
    benefit: benefitMultiplier * adoption,
    cost: requireNonNegative(scenario.costMultiplier ?? 1, "scenario.costMultiplier"),
    delay: requireNonNegative(scenario.delayMonths ?? 0, "scenario.delayMonths"),
  };
}

/** Benefits before any scenario: only confidence (when risk-adjusted) and ramp-up applied. */
export function baseBenefits(benefits: readonly BenefitItem[], horizonMonths: number, riskAdjusted = false): Float64Array {
  const out = new Float64Array(requireHorizon(horizonMonths));
  benefits.forEach((item, i) => {
    const confidence = requireProbability(item.confidence ?? 1, `benefits[${i}].confidence`);
    addBenefitItem(out, item, riskAdjusted ? confidence : 1, `benefits[${i}]`);
  });
  return out;
}

export function baseCosts(costs: readonly CostItem[], horizonMonths: number, multiplier = 1): Float64Array {
  const out = new Float64Array(requireHorizon(horizonMonths));
  costs.forEach((item, i) => addCostItem(out, item, multiplier, `costs[${i}]`));
  return out;
}

export function rawCashFlows(input: CashFlowInput): RawCashFlows {
  const f = scenarioFactors(input.scenario);
  const benefits = baseBenefits(input.benefits, input.horizonMonths, input.riskAdjusted);
  for (let m = 0; m < benefits.length; m++) benefits[m] *= f.benefit;
  return {
    benefits: f.delay > 0 ? shiftSeries(benefits, f.delay) : benefits,
    costs: baseCosts(input.costs, input.horizonMonths, f.cost),
  };
}

/** The monthly series as the UI shows it, in whole cents. */
export function buildCashFlows(input: CashFlowInput): CashFlowSeries {
  return roundSeries(rawCashFlows(input));
}

export function roundSeries(raw: RawCashFlows): CashFlowSeries {
  const benefitsCents = Array.from(raw.benefits, roundHalfEven);
  const costsCents = Array.from(raw.costs, roundHalfEven);
  const netCents = benefitsCents.map((b, m) => b - costsCents[m]);
  let running = 0;
  const cumulativeCents = netCents.map((n) => (running += n));
  return { benefitsCents, costsCents, netCents, cumulativeCents };
}

export function netFlows(raw: RawCashFlows): number[] {
  return Array.from(raw.benefits, (b, m) => b - raw.costs[m]);
}
