/** Small statistics helpers: sample quantiles and normal / Student-t quantiles. */
import { invalid } from "./errors";

/** Quantile of sorted data, linear interpolation between order statistics (spreadsheet PERCENTILE.INC). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) invalid("quantile of an empty sample");
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Standard normal quantile, Acklam's rational approximation (relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) invalid(`probability must be strictly between 0 and 1, got ${p}`);
  const tail = (q: number) =>
    (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/**
 * Student-t quantile for a two-sided interval: t such that P(|T| < t) = level with `df` degrees of
 * freedom. Hill (1970), CACM algorithm 396; exact for df = 1 and 2.
 */
export function tQuantile(level: number, df: number): number {
  if (!(level > 0 && level < 1)) invalid(`level must be strictly between 0 and 1, got ${level}`);
  if (!(df >= 1)) invalid(`degrees of freedom must be at least 1, got ${df}`);
  const p = 1 - level;
  if (df === 1) return 1 / Math.tan((p * Math.PI) / 2);
  if (df === 2) return Math.sqrt(2 / (p * (2 - p)) - 2);
  const a = 1 / (df - 0.5);
  const b = 48 / (a * a);
  let c = ((((20700 * a) / b - 98) * a - 16) * a + 96.36);
  const d = ((94.5 / (b + c) - 3) / b + 1) * Math.sqrt((a * Math.PI) / 2) * df;
  let x = d * p;
  let y = Math.pow(x, 2 / df);
  if (y > 0.05 + a) {
    x = normalQuantile(p / 2);
    y = x * x;
    if (df < 5) c += 0.3 * (df - 4.5) * (x + 0.6);
    c = (((0.05 * d * x - 5) * x - 7) * x - 2) * x + b + c;
    y = (((((0.4 * y + 6.3) * y + 36) * y + 94.5) / c - y - 3) / b + 1) * x;
    y = a * y * y;
    y = y > 0.002 ? Math.exp(y) - 1 : 0.5 * y * y + y;
  } else {
    y = ((1 / ((((df + 6) / (df * y) - 0.089 * d - 0.822) * (df + 2) * 3)) + 0.5 / (df + 4)) * y - 1) * (df + 1) / (df + 2) + 1 / y;
  }
  return Math.sqrt(df * y);
}
