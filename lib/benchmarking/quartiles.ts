/** Quartiles of a sample, by linear interpolation between order statistics (Excel's PERCENTILE.INC, R type 7). */

export type Quartiles = { p25: number; median: number; p75: number };

/** The p-quantile (0 ≤ p ≤ 1) of `values`: position (n − 1)·p in the sorted sample, interpolated; null when empty. */
export function quantile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be within [0, 1], got ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function quartiles(values: readonly number[]): Quartiles | null {
  if (values.length === 0) return null;
  return { p25: quantile(values, 0.25)!, median: quantile(values, 0.5)!, p75: quantile(values, 0.75)! };
}

export type QuartilePosition = "below_p25" | "p25_to_median" | "median_to_p75" | "above_p75";

/** Where a value falls among the quartiles; a value on a boundary belongs to the band below it. */
export function quartilePosition(value: number, q: Quartiles): QuartilePosition {
  if (value < q.p25) return "below_p25";
  if (value <= q.median) return "p25_to_median";
  if (value <= q.p75) return "median_to_p75";
  return "above_p75";
}
