/**
 * A seeded Monte Carlo of a scope's NPV from its three cases. Each draw takes, in this order (the same as
 * lib/finance's monteCarloNpv, so one technology gives the same figures from the same seed):
 * - the benefit factor (benefit multiplier × adoption rate) from the three cases' factors,
 * - the cost multiplier from the three cases' multipliers,
 * - the delay in months (continuous: 1.5 months splits benefits between two months),
 * each three-point with the likely case as the mode and the lowest and highest of the three as the bounds,
 * triangular or PERT. A portfolio draw applies one set of values to every technology (a shared shock, as
 * the portfolio's cases do), which is the cautious choice: independent draws per technology would
 * diversify the spread away.
 */
import { mulberry32, pertDraw, requireThreePoint, triangular, type Random, type ThreePoint } from "@/lib/finance/random";
import { invalid } from "@/lib/finance/errors";
import { roundHalfEven } from "@/lib/finance/money";
import { quantileSorted } from "@/lib/finance/stats";
import { npvModel, type ScenarioTechnology } from "./engine";
import type { CaseKind, ScenarioSettings } from "./settings";

export const distributions = ["pert", "triangular"] as const;
export type Distribution = (typeof distributions)[number];
export const MONTE_CARLO_DRAWS = 10_000;
export const HISTOGRAM_BINS = 30;
/** Seeds are 32-bit: mulberry32 reads the seed modulo 2³². */
export const MAX_SEED = 4_294_967_295;

export interface MonteCarloRequest {
  technologies: readonly ScenarioTechnology[];
  annualDiscountRate: number;
  cases: Record<CaseKind, ScenarioSettings>;
  distribution: Distribution;
  seed: number;
  draws?: number;
  bins?: number;
}

export interface HistogramBin {
  fromCents: number;
  toCents: number;
  count: number;
}

export interface MonteCarloFigures {
  draws: number;
  seed: number;
  distribution: Distribution;
  inputs: { benefitFactor: ThreePoint; costMultiplier: ThreePoint; delayMonths: ThreePoint };
  p10Cents: number;
  p50Cents: number;
  p90Cents: number;
  meanCents: number;
  /** Share of draws with NPV > 0. */
  probabilityPositive: number;
  histogram: HistogramBin[];
}

function threePoint(values: Record<CaseKind, number>): ThreePoint {
  const all = [values.optimistic, values.likely, values.pessimistic];
  return { min: Math.min(...all), mode: values.likely, max: Math.max(...all) };
}

/** The three-point inputs of the draws, from the cases' settings. */
export function drawInputs(cases: Record<CaseKind, ScenarioSettings>): MonteCarloFigures["inputs"] {
  const by = (f: (s: ScenarioSettings) => number) => ({ optimistic: f(cases.optimistic), likely: f(cases.likely), pessimistic: f(cases.pessimistic) });
  return {
    benefitFactor: requireThreePoint(threePoint(by((s) => s.benefitMultiplier * s.adoptionRate)), "benefitFactor"),
    costMultiplier: requireThreePoint(threePoint(by((s) => s.costMultiplier)), "costMultiplier"),
    delayMonths: requireThreePoint(threePoint(by((s) => s.delayMonths)), "delayMonths"),
  };
}

export function runMonteCarlo(req: MonteCarloRequest): MonteCarloFigures {
  const draws = req.draws ?? MONTE_CARLO_DRAWS;
  if (!Number.isInteger(draws) || draws < 1 || draws > 1_000_000) invalid(`draws must be a whole number from 1 to 1,000,000, got ${draws}`);
  if (!Number.isInteger(req.seed) || req.seed < 0 || req.seed > MAX_SEED) invalid(`seed must be a whole number from 0 to ${MAX_SEED}, got ${req.seed}`);
  const inputs = drawInputs(req.cases);
  if (inputs.benefitFactor.min < 0 || inputs.costMultiplier.min < 0 || inputs.delayMonths.min < 0) invalid("multipliers and delays must not be negative");
  const model = npvModel(req.technologies, req.annualDiscountRate, inputs.delayMonths.max);
  const draw: (r: Random, tp: ThreePoint) => number = req.distribution === "pert" ? pertDraw : triangular;
  const rand = mulberry32(req.seed);
  const npvs = new Float64Array(draws);
  let sum = 0;
  let positive = 0;
  for (let i = 0; i < draws; i++) {
    const b = draw(rand, inputs.benefitFactor);
    const c = draw(rand, inputs.costMultiplier);
    const d = draw(rand, inputs.delayMonths);
    const npv = model.npv(b, c, d);
    npvs[i] = npv;
    sum += npv;
    if (npv > 0) positive++;
  }
  npvs.sort();
  return {
    draws,
    seed: req.seed,
    distribution: req.distribution,
    inputs,
    p10Cents: roundHalfEven(quantileSorted(npvs, 0.1)),
    p50Cents: roundHalfEven(quantileSorted(npvs, 0.5)),
    p90Cents: roundHalfEven(quantileSorted(npvs, 0.9)),
    meanCents: roundHalfEven(sum / draws),
    probabilityPositive: positive / draws,
    histogram: histogram(npvs, req.bins ?? HISTOGRAM_BINS),
  };
}

/**
 * Equal-width bins from the lowest to the highest draw (edges in whole cents); the last bin includes the
 * highest. Every draw lands in exactly one bin. All draws equal → one bin.
 */
export function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  if (!Number.isInteger(bins) || bins < 1) invalid(`bins must be a whole number ≥ 1, got ${bins}`);
  if (sorted.length === 0) return [];
  const lo = sorted[0];
  const hi = sorted[sorted.length - 1];
  if (hi - lo < 1) return [{ fromCents: Math.floor(lo), toCents: Math.ceil(hi), count: sorted.length }];
  const width = (hi - lo) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < sorted.length; i++) counts[Math.min(bins - 1, Math.floor((sorted[i] - lo) / width))]++;
  return counts.map((count, j) => ({
    fromCents: Math.round(lo + j * width),
    toCents: j === bins - 1 ? Math.ceil(hi) : Math.round(lo + (j + 1) * width),
    count,
  }));
}
