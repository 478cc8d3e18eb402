/**
 * Welch's two-sample t-test: do two samples (a KPI's months after go-live against the months before) differ
 * by more than their own month-to-month variation explains? Unequal variances allowed; degrees of freedom by
 * the Welch–Satterthwaite equation. Same figures as R's `t.test(a, b)` and scipy's `ttest_ind(a, b, equal_var=False)`.
 */
import { FinanceError, finiteResult, invalid, requireFiniteArray } from "./errors";

export interface WelchResult {
  /** (meanA − meanB) / standardError. */
  t: number;
  /** Welch–Satterthwaite degrees of freedom, at least min(nA, nB) − 1. */
  df: number;
  meanA: number;
  meanB: number;
  /** Sample variances (n − 1 in the denominator). */
  varianceA: number;
  varianceB: number;
  nA: number;
  nB: number;
  /** meanA − meanB. */
  difference: number;
  /** √(varianceA/nA + varianceB/nB). */
  standardError: number;
}

export function sampleMean(values: readonly number[]): number {
  requireFiniteArray(values, "values");
  if (values.length === 0) invalid("the mean of an empty sample is undefined");
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Sample variance Σ(x − x̄)² / (n − 1); needs at least 2 values. */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) invalid(`a sample variance needs at least 2 values, got ${values.length}`);
  const mean = sampleMean(values);
  return values.reduce((s, v) => s + (v - mean) * (v - mean), 0) / (values.length - 1);
}

/**
 * Welch's t for samples `a` and `b` (each at least 2 finite values). Both samples without any variation
 * leave the statistic undefined (0/0 or ±∞): that is an INVALID_INPUT error, so a caller decides what
 * identical values mean rather than showing ∞.
 */
export function welchTTest(a: readonly number[], b: readonly number[]): WelchResult {
  requireFiniteArray(a, "a");
  requireFiniteArray(b, "b");
  if (a.length < 2 || b.length < 2) invalid(`Welch's t-test needs at least 2 values in each sample, got ${a.length} and ${b.length}`);
  const meanA = sampleMean(a);
  const meanB = sampleMean(b);
  const varianceA = sampleVariance(a);
  const varianceB = sampleVariance(b);
  const wA = varianceA / a.length;
  const wB = varianceB / b.length;
  const se2 = wA + wB;
  if (!(se2 > 0)) throw new FinanceError("INVALID_INPUT", "both samples have no variation: the t statistic is undefined");
  const standardError = Math.sqrt(se2);
  const difference = meanA - meanB;
  const t = finiteResult(difference / standardError, "Welch t");
  const satterthwaite = (se2 * se2) / ((wA * wA) / (a.length - 1) + (wB * wB) / (b.length - 1));
  // The equation's exact lower bound; rounding can land a hair below it, and t quantiles need df ≥ 1.
  const df = finiteResult(Math.max(satterthwaite, Math.min(a.length, b.length) - 1), "Welch degrees of freedom");
  return { t, df, meanA, meanB, varianceA, varianceB, nA: a.length, nB: b.length, difference, standardError };
}
