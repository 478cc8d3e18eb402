/**
 * Uncertainty: three-point estimates and a seeded Monte Carlo of an investment's NPV.
 *
 * The simulation precomputes everything that does not depend on a draw. NPV is linear in the
 * benefit and cost multipliers, and a delay of k + f months mixes the benefits' present values at k
 * and k + 1 months (as shiftSeries does), so with PVB[k] = PV of the benefits delayed k months and PVC
 * = PV of the costs, each draw costs O(1): NPV = b × ((1−f)·PVB[k] + f·PVB[k+1]) − c × PVC.
 * The result is identical to rebuilding the series with the drawn scenario (tested), only faster.
 * Several streams (a portfolio's technologies) add up their PVB and PVC, each at its own start.
 */
import { baseBenefits, baseCosts, type BenefitItem, type CostItem } from "./cashflow";
import { invalid, requireFinite } from "./errors";
import { monthlyRate, roundHalfEven } from "./money";
import { mulberry32, pertDraw, requireThreePoint, triangular, type Random, type ThreePoint } from "./random";
import { quantileSorted } from "./stats";

export interface ThreePointEstimate {
  optimistic: number;
  mostLikely: number;
  pessimistic: number;
}

/** PERT (beta) expectation (o + 4m + p)/6 and its usual spread (p − o)/6. */
export function pertEstimate({ optimistic, mostLikely, pessimistic }: ThreePointEstimate): { mean: number; standardDeviation: number } {
  for (const [name, v] of [["optimistic", optimistic], ["mostLikely", mostLikely], ["pessimistic", pessimistic]] as const) {
    requireFinite(v, name);
  }
  return { mean: (optimistic + 4 * mostLikely + pessimistic) / 6, standardDeviation: Math.abs(pessimistic - optimistic) / 6 };
}

/** Plain three-point (triangular) expectation (o + m + p)/3. */
export function threePointMean({ optimistic, mostLikely, pessimistic }: ThreePointEstimate): number {
  return (requireFinite(optimistic, "optimistic") + requireFinite(mostLikely, "mostLikely") + requireFinite(pessimistic, "pessimistic")) / 3;
}

/** One stream of flows (a technology): its items in month offsets from its own start, where it is valued. */
interface NpvStream {
  costs: readonly CostItem[];
  benefits: readonly BenefitItem[];
  horizonMonths: number;
}

/** The draws' settings: each three-point defaults to a fixed value (multipliers 1, delay 0 months). */
interface DrawSettings {
  benefitMultiplier?: ThreePoint;
  costMultiplier?: ThreePoint;
  delayMonths?: ThreePoint;
  distribution?: "triangular" | "pert";
  draws?: number;
  seed: number;
}

export interface MonteCarloInput extends NpvStream, DrawSettings {
  annualDiscountRate: number;
  /** Draw from the risk-adjusted benefits (× confidence). */
  riskAdjusted?: boolean;
}

/** Several streams under one shared draw per run (a common shock: the cautious choice for a portfolio). */
interface PortfolioMonteCarloInput extends DrawSettings {
  streams: readonly NpvStream[];
  annualDiscountRate: number;
  riskAdjusted?: boolean;
}

export interface MonteCarloResult {
  draws: number;
  seed: number;
  p10Cents: number;
  p50Cents: number;
  p90Cents: number;
  meanCents: number;
  /** Share of draws with NPV > 0. */
  probabilityPositive: number;
}

const MAX_DRAWS = 1_000_000;

const FIXED = (v: number): ThreePoint => ({ min: v, mode: v, max: v });

interface NpvModel {
  /** Unrounded NPV in cents for benefit factor b, cost factor c and a delay ≥ 0 in months. */
  npv(b: number, c: number, delay: number): number;
  /** Delays beyond this are treated as this (every benefit has then left every horizon or the model). */
  maxDelay: number;
}

/** Discount factors 1, x, x², … per month at the annual rate. */
function discountFactors(months: number, annualDiscountRate: number): Float64Array {
  const discount = new Float64Array(months);
  const x = 1 / (1 + monthlyRate(annualDiscountRate));
  for (let m = 0, f = 1; m < months; m++, f *= x) discount[m] = f;
  return discount;
}

/**
 * Precomputes the present values a draw needs, each stream valued at its own start; `maxDelay` is the
 * largest delay that will be asked for. A stream's benefits delayed past its horizon leave nothing.
 */
export function npvModel(streams: readonly NpvStream[], annualDiscountRate: number, maxDelay: number, riskAdjusted = false): NpvModel {
  if (!(maxDelay >= 0) || !Number.isFinite(maxDelay)) invalid(`maxDelay must be a finite number ≥ 0, got ${maxDelay}`);
  const series = streams.map((s) => ({ benefits: baseBenefits(s.benefits, s.horizonMonths, riskAdjusted), costs: baseCosts(s.costs, s.horizonMonths) }));
  const longest = Math.max(0, ...series.map((s) => s.benefits.length));
  const discount = discountFactors(longest, annualDiscountRate);
  const cap = Math.min(Math.ceil(maxDelay), longest);
  const pvBenefits = new Float64Array(cap + 2);
  let pvCosts = 0;
  for (const { benefits, costs } of series) {
    const h = benefits.length;
    for (let m = 0; m < h; m++) pvCosts += costs[m] * discount[m];
    for (let k = 0; k <= cap && k < h; k++) {
      let pv = 0;
      for (let m = k; m < h; m++) pv += benefits[m - k] * discount[m];
      pvBenefits[k] += pv;
    }
  }
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

interface CheckedDraws {
  draws: number;
  benefit: ThreePoint;
  cost: ThreePoint;
  delay: ThreePoint;
  draw: (r: Random, tp: ThreePoint) => number;
}

function checkDrawSettings(input: DrawSettings): CheckedDraws {
  const draws = input.draws ?? 10_000;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) invalid(`draws must be a whole number from 1 to ${MAX_DRAWS}, got ${draws}`);
  if (!Number.isInteger(input.seed)) invalid(`seed must be a whole number, got ${input.seed}`);
  const benefit = requireThreePoint(input.benefitMultiplier ?? FIXED(1), "benefitMultiplier");
  const cost = requireThreePoint(input.costMultiplier ?? FIXED(1), "costMultiplier");
  const delay = requireThreePoint(input.delayMonths ?? FIXED(0), "delayMonths");
  if (benefit.min < 0 || cost.min < 0 || delay.min < 0) invalid("multipliers and delays must not be negative");
  const distribution = input.distribution ?? "triangular";
  if (distribution !== "triangular" && distribution !== "pert") invalid(`distribution must be "triangular" or "pert"`);
  return { draws, benefit, cost, delay, draw: distribution === "pert" ? pertDraw : triangular };
}

/** A run's figures and its draws, sorted (for a histogram). */
interface Simulation {
  figures: MonteCarloResult;
  sortedNpvs: Float64Array;
}

/**
 * The one Monte Carlo of NPV. Each draw takes, in this order, the benefit factor, the cost multiplier and
 * the delay in months from one seeded stream, so a run is repeatable from its seed.
 */
export function simulateNpv(input: PortfolioMonteCarloInput): Simulation {
  const { draws, benefit, cost, delay, draw } = checkDrawSettings(input);
  const model = npvModel(input.streams, input.annualDiscountRate, delay.max, input.riskAdjusted);
  const rand = mulberry32(input.seed);
  const npvs = new Float64Array(draws);
  let sum = 0;
  let positive = 0;
  for (let i = 0; i < draws; i++) {
    const b = draw(rand, benefit);
    const c = draw(rand, cost);
    const npv = model.npv(b, c, draw(rand, delay));
    npvs[i] = npv;
    sum += npv;
    if (npv > 0) positive++;
  }
  npvs.sort();
  const figures = {
    draws,
    seed: input.seed,
    p10Cents: roundHalfEven(quantileSorted(npvs, 0.1)),
    p50Cents: roundHalfEven(quantileSorted(npvs, 0.5)),
    p90Cents: roundHalfEven(quantileSorted(npvs, 0.9)),
    meanCents: roundHalfEven(sum / draws),
    probabilityPositive: positive / draws,
  };
  return { figures, sortedNpvs: npvs };
}

/** One investment's Monte Carlo. */
export function monteCarloNpv(input: MonteCarloInput): MonteCarloResult {
  return simulateNpv({ ...input, streams: [input] }).figures;
}
