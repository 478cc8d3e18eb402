/**
 * A seeded Monte Carlo of a scope's NPV from its three cases, run by lib/finance's simulateNpv (so one
 * technology gives monteCarloNpv's figures from the same seed). Each draw takes, in this order:
 * - the benefit factor (benefit multiplier × adoption rate) from the three cases' factors,
 * - the cost multiplier from the three cases' multipliers,
 * - the delay in months (continuous: 1.5 months splits benefits between two months),
 * each three-point with the likely case as the mode and the lowest and highest of the three as the bounds,
 * triangular or PERT. A portfolio draw applies one set of values to every technology (a shared shock, as
 * the portfolio's cases do), which is the cautious choice: independent draws per technology would
 * diversify the spread away.
 */
import { FinanceError, simulateNpv, type ThreePoint } from "@/lib/finance";
import type { ScenarioTechnology } from "./engine";
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
    benefitFactor: threePoint(by((s) => s.benefitMultiplier * s.adoptionRate)),
    costMultiplier: threePoint(by((s) => s.costMultiplier)),
    delayMonths: threePoint(by((s) => s.delayMonths)),
  };
}

export function runMonteCarlo(req: MonteCarloRequest): MonteCarloFigures {
  if (!Number.isInteger(req.seed) || req.seed < 0 || req.seed > MAX_SEED) {
    throw new FinanceError("INVALID_INPUT", `seed must be a whole number from 0 to ${MAX_SEED}, got ${req.seed}`);
  }
  const inputs = drawInputs(req.cases);
  const { figures, sortedNpvs } = simulateNpv({
    streams: req.technologies,
    annualDiscountRate: req.annualDiscountRate,
    benefitMultiplier: inputs.benefitFactor,
    costMultiplier: inputs.costMultiplier,
    delayMonths: inputs.delayMonths,
    distribution: req.distribution,
    draws: req.draws ?? MONTE_CARLO_DRAWS,
    seed: req.seed,
  });
  return { ...figures, distribution: req.distribution, inputs, histogram: histogram(sortedNpvs, req.bins ?? HISTOGRAM_BINS) };
}

/**
 * Equal-width bins from the lowest to the highest draw (edges in whole cents); the last bin includes the
 * highest. Every draw lands in exactly one bin. All draws equal → one bin.
 */
export function histogram(sorted: Float64Array, bins: number): HistogramBin[] {
  if (!Number.isInteger(bins) || bins < 1) throw new FinanceError("INVALID_INPUT", `bins must be a whole number ≥ 1, got ${bins}`);
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
