/**
 * Uncertainty: three-point estimates and a seeded Monte Carlo of an investment's NPV.
 *
 * The simulation precomputes everything that does not depend on a draw. NPV is linear in the
 * benefit and cost multipliers, and a delay of k + f months mixes the benefits' present values at k
 * and k + 1 months (as shiftSeries does), so with PVB[k] = PV of the benefits delayed k months and PVC
 * = PV of the costs, each draw costs O(1): NPV = b × ((1−f)·PVB[k] + f·PVB[k+1]) − c × PVC.
 * The result is identical to rebuilding the series with the drawn scenario (tested), only faster.
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

export interface MonteCarloInput {
  costs: readonly CostItem[];
  benefits: readonly BenefitItem[];
  horizonMonths: number;
  annualDiscountRate: number;
  /** Draw from the risk-adjusted benefits (× confidence). */
  riskAdjusted?: boolean;
  /** Each defaults to a fixed value: multipliers 1, delay 0 months. */
  benefitMultiplier?: ThreePoint;
  costMultiplier?: ThreePoint;
  delayMonths?: ThreePoint;
  distribution?: "triangular" | "pert";
  draws?: number;
  seed: number;
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

export const MAX_DRAWS = 1_000_000;

const FIXED = (v: number): ThreePoint => ({ min: v, mode: v, max: v });

export function monteCarloNpv(input: MonteCarloInput): MonteCarloResult {
  const draws = input.draws ?? 10_000;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS) invalid(`draws must be a whole number from 1 to ${MAX_DRAWS}, got ${draws}`);
  if (!Number.isInteger(input.seed)) invalid(`seed must be a whole number, got ${input.seed}`);
  const benefitTp = requireThreePoint(input.benefitMultiplier ?? FIXED(1), "benefitMultiplier");
  const costTp = requireThreePoint(input.costMultiplier ?? FIXED(1), "costMultiplier");
  const delayTp = requireThreePoint(input.delayMonths ?? FIXED(0), "delayMonths");
  if (benefitTp.min < 0 || costTp.min < 0 || delayTp.min < 0) invalid("multipliers and delays must not be negative");
  const distribution = input.distribution ?? "triangular";
  if (distribution !== "triangular" && distribution !== "pert") invalid(`distribution must be "triangular" or "pert"`);

  const benefits = baseBenefits(input.benefits, input.horizonMonths, input.riskAdjusted);
  const costs = baseCosts(input.costs, input.horizonMonths);
  const horizon = benefits.length;
  const discount = new Float64Array(horizon);
  const x = 1 / (1 + monthlyRate(input.annualDiscountRate));
  for (let m = 0, f = 1; m < horizon; m++, f *= x) discount[m] = f;
  let pvCosts = 0;
  for (let m = 0; m < horizon; m++) pvCosts += costs[m] * discount[m];
  // PV of the benefits delayed k whole months; delays past the horizon leave nothing (zeros).
  const maxShift = Math.min(Math.ceil(delayTp.max) + 1, horizon);
  const pvBenefits = new Float64Array(maxShift + 2);
  for (let k = 0; k <= maxShift; k++) {
    let pv = 0;
    for (let m = k; m < horizon; m++) pv += benefits[m - k] * discount[m];
    pvBenefits[k] = pv;
  }

  const rand = mulberry32(input.seed);
  const draw: (r: Random, tp: ThreePoint) => number = distribution === "pert" ? pertDraw : triangular;
  const npvs = new Float64Array(draws);
  let sum = 0;
  let positive = 0;
  for (let i = 0; i < draws; i++) {
    const b = draw(rand, benefitTp);
    const c = draw(rand, costTp);
    const d = Math.min(draw(rand, delayTp), maxShift);
    const k = Math.floor(d);
    const f = d - k;
    const npv = b * ((1 - f) * pvBenefits[k] + f * pvBenefits[k + 1]) - c * pvCosts;
    npvs[i] = npv;
    sum += npv;
    if (npv > 0) positive++;
  }
  npvs.sort();
  return {
    draws,
    seed: input.seed,
    p10Cents: roundHalfEven(quantileSorted(npvs, 0.1)),
    p50Cents: roundHalfEven(quantileSorted(npvs, 0.5)),
    p90Cents: roundHalfEven(quantileSorted(npvs, 0.9)),
    meanCents: roundHalfEven(sum / draws),
    probabilityPositive: positive / draws,
  };
}
