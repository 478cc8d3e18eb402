import type { Random } from "./random";
import type { KpiSpec } from "./types";

/** The story's expected value at a month offset: piecewise linear through the path, flat beyond its ends. */
export function expectedAt(path: KpiSpec["path"], offset: number): number {
  const points = [...path].sort((a, b) => a[0] - b[0]);
  if (points.length === 0) throw new Error("a KPI path needs at least one point");
  if (offset <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i];
    if (offset <= x1) {
      const [x0, y0] = points[i - 1];
      return y0 + ((y1 - y0) * (offset - x0)) / (x1 - x0);
    }
  }
  return points[points.length - 1][1];
}

/** Bounds a unit allows: percentages 0–100, scores −100–100 (NPS), everything else non-negative. */
export function unitBounds(spec: Pick<KpiSpec, "unit" | "min" | "max">): { min: number; max: number } {
  const defaults =
    spec.unit === "percent" ? { min: 0, max: 100 } : spec.unit === "score" ? { min: -100, max: 100 } : { min: 0, max: Infinity };
  return { min: spec.min ?? defaults.min, max: spec.max ?? defaults.max };
}

/**
 * Monthly values at the given month offsets: the story's path plus normal noise, kept inside the unit's bounds
 * and rounded (to whole numbers for integer counts, else 2 decimals). A value the story puts exactly on a bound
 * (0% trained before the training started) gets no noise.
 */
export function kpiValues(spec: KpiSpec, offsets: number[], random: Random): number[] {
  const { min, max } = unitBounds(spec);
  return offsets.map((offset) => {
    const expected = expectedAt(spec.path, offset);
    const noisy = expected <= min || expected >= max ? expected : random.normal(expected, spec.noise);
    const bounded = Math.min(max, Math.max(min, noisy));
    const rounded = spec.integer ? Math.round(bounded) : Math.round(bounded * 100) / 100;
    return rounded === 0 ? 0 : rounded; // no negative zero
  });
}
