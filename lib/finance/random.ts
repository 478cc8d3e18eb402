/**
 * Seeded randomness, so a Monte Carlo run can be repeated exactly from its seed (and shown as such).
 * mulberry32: a 32-bit generator, tiny and fast, plenty for 10⁴–10⁶ draws of a business case.
 */
import { invalid, requireFinite } from "./errors";

export type Random = () => number;

/** Uniform draws in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Optimistic / most likely / pessimistic, or any low ≤ mode ≤ high triple. */
export interface ThreePoint {
  min: number;
  mode: number;
  max: number;
}

export function requireThreePoint(tp: ThreePoint, name: string): ThreePoint {
  requireFinite(tp.min, `${name}.min`);
  requireFinite(tp.mode, `${name}.mode`);
  requireFinite(tp.max, `${name}.max`);
  if (!(tp.min <= tp.mode && tp.mode <= tp.max)) invalid(`${name} needs min ≤ mode ≤ max, got ${tp.min}, ${tp.mode}, ${tp.max}`);
  return tp;
}

/** Inverse-CDF draw from the triangular distribution: one uniform per draw. */
export function triangular(rand: Random, { min, mode, max }: ThreePoint): number {
  const width = max - min;
  if (width === 0) return min;
  const u = rand();
  const split = (mode - min) / width;
  return u < split ? min + Math.sqrt(u * width * (mode - min)) : max - Math.sqrt((1 - u) * width * (max - mode));
}

/** Standard normal by Box–Muller (the second value is dropped to keep the stream simple). */
export function normal(rand: Random): number {
  let u = rand();
  while (u === 0) u = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

/** Gamma(shape ≥ 1, 1) by Marsaglia & Tsang (2000). */
function gamma(rand: Random, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = normal(rand);
    let v = 1 + c * x;
    if (v <= 0) continue;
    v = v * v * v;
    const u = rand();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/**
 * PERT draw: min + (max − min) × Beta(α, β) with α = 1 + 4(mode − min)/(max − min),
 * β = 1 + 4(max − mode)/(max − min), so the mean is (min + 4·mode + max)/6.
 */
export function pertDraw(rand: Random, { min, mode, max }: ThreePoint): number {
  const width = max - min;
  if (width === 0) return min;
  const x = gamma(rand, 1 + (4 * (mode - min)) / width);
  const y = gamma(rand, 1 + (4 * (max - mode)) / width);
  return min + (width * x) / (x + y);
}
