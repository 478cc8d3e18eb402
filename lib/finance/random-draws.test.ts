/**
 * PERT draws, uniform for uniform, against the published recipes written out here: Box–Muller's
 * first value (random.ts drops the second) and Marsaglia & Tsang's gamma method ("A simple method for
 * generating gamma variables", ACM TOMS 2000), Beta(α, β) = X/(X + Y). A seeded Monte Carlo run must be
 * repeatable from its seed, so the stream of uniforms each draw consumes is part of the contract.
 */
import { describe, expect, it } from "vitest";
import { mulberry32, pertDraw, type Random } from "./index";

/** Box–Muller: √(−2 ln u₁)·cos(2π u₂), u₁ redrawn while it is 0. */
function boxMuller(rand: Random): number {
  let u1 = rand();
  while (u1 === 0) u1 = rand();
  const u2 = rand();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** Marsaglia & Tsang for shape a ≥ 1, as in the paper. */
function gammaMT(rand: Random, a: number): number {
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = boxMuller(rand);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rand();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) return d * v;
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) return d * v;
  }
}

describe("PERT draws follow the published recipes, uniform for uniform", () => {
  it("a skewed, a symmetric and a nearly degenerate three-point estimate", () => {
    // α = 1 + 4(mode − min)/(max − min) and β = 1 + 4(max − mode)/(max − min); with the mode at an end
    // one shape is 1, where the gamma method rejects most often (v ≤ 0 for x below −√6).
    const cases = [
      { min: 0, mode: 0, max: 1 },
      { min: 10, mode: 20, max: 30 },
      { min: -5, mode: 7, max: 8 },
      { min: 0.9, mode: 1, max: 1.3 },
    ];
    for (const [i, tp] of cases.entries()) {
      const ours = mulberry32(1_000 + i);
      const theirs = mulberry32(1_000 + i);
      const width = tp.max - tp.min;
      const alpha = 1 + (4 * (tp.mode - tp.min)) / width;
      const beta = 1 + (4 * (tp.max - tp.mode)) / width;
      for (let k = 0; k < 2_000; k++) {
        const x = gammaMT(theirs, alpha);
        const y = gammaMT(theirs, beta);
        expect(pertDraw(ours, tp), `case ${i}, draw ${k}`).toBeCloseTo(tp.min + (width * x) / (x + y), 12);
      }
      // Both consumed the same number of uniforms.
      expect(ours()).toBe(theirs());
    }
  });
});
