/**
 * The sampling behind the Monte Carlo, checked against the published algorithms and distributions:
 * mulberry32 against its reference snippet, PERT draws against the Beta CDF (Kolmogorov–Smirnov at the
 * 1% level), triangular draws against the closed-form CDF; and monteCarloNpv's input checks.
 */
import { describe, expect, it } from "vitest";
import { evaluateInvestment, monteCarloNpv, mulberry32, pertDraw, pertEstimate, threePointMean, triangular, type MonteCarloInput } from "./index";
import { normal, requireThreePoint } from "./random";

/** The reference mulberry32 (Tommy Ettinger's generator as published in bryc's PRNG list). */
function referenceMulberry32(a: number) {
  return function () {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** √n × the Kolmogorov–Smirnov distance of sorted draws from a CDF. 1.63 is the 1% critical value. */
function ksStatistic(sorted: readonly number[], cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  sorted.forEach((x, i) => {
    const f = cdf(x);
    d = Math.max(d, Math.abs(f - i / n), Math.abs(f - (i + 1) / n));
  });
  return d * Math.sqrt(n);
}

/** The Beta(a, b) CDF on [0, 1], by Simpson's rule on a fine grid, interpolated. */
function betaCdf(a: number, b: number): (x: number) => number {
  const N = 20_000;
  const f = (t: number) => (t <= 0 || t >= 1 ? 0 : Math.pow(t, a - 1) * Math.pow(1 - t, b - 1));
  const table = new Float64Array(N + 1);
  for (let i = 1; i <= N; i++) {
    const t0 = (i - 1) / N;
    const t1 = i / N;
    table[i] = table[i - 1] + (f(t0) + 4 * f((t0 + t1) / 2) + f(t1)) / (6 * N);
  }
  return (x) => {
    const p = Math.min(Math.max(x, 0), 1) * N;
    const i = Math.min(Math.floor(p), N - 1);
    return (table[i] + (p - i) * (table[i + 1] - table[i])) / table[N];
  };
}

describe("seeded randomness against the reference algorithms", () => {
  it("mulberry32 reproduces the reference generator, seed for seed", () => {
    for (const seed of [0, 1, 42, 2024, 0xffffffff]) {
      const ours = mulberry32(seed);
      const reference = referenceMulberry32(seed);
      for (let i = 0; i < 50; i++) expect(ours()).toBe(reference());
    }
    expect(mulberry32(42)()).toBe(0.6011037519201636);
  });

  it("normal skips a zero uniform and maps (u, v) to √(−2 ln u)·cos(2πv)", () => {
    const stream = (xs: number[]) => () => xs.shift()!;
    expect(normal(stream([0, 0, Math.exp(-2), 0]))).toBeCloseTo(2, 12);
    expect(normal(stream([Math.exp(-0.5), 0.5]))).toBeCloseTo(-1, 12);
    expect(normal(stream([Math.exp(-8), 0.25]))).toBeCloseTo(0, 12);
  });

  it("PERT draws follow Beta(1 + 4(mode−min)/w, 1 + 4(max−mode)/w) scaled to [min, max]", () => {
    for (const [tp, a, b] of [
      [{ min: 0, mode: 0, max: 1 }, 1, 5],
      [{ min: 2, mode: 3, max: 10 }, 1.5, 4.5],
      [{ min: -1, mode: 0, max: 1 }, 3, 3],
    ] as const) {
      const rand = mulberry32(2024);
      const width = tp.max - tp.min;
      const xs = Array.from({ length: 100_000 }, () => (pertDraw(rand, tp) - tp.min) / width).sort((p, q) => p - q);
      expect(ksStatistic(xs, betaCdf(a, b)), `${a}, ${b}`).toBeLessThan(1.63);
    }
  });

  it("triangular draws follow the triangular CDF", () => {
    const tp = { min: 2, mode: 3, max: 10 };
    const cdf = (x: number) => (x <= tp.mode ? (x - tp.min) ** 2 / ((tp.max - tp.min) * (tp.mode - tp.min)) : 1 - (tp.max - x) ** 2 / ((tp.max - tp.min) * (tp.max - tp.mode)));
    const rand = mulberry32(99);
    const xs = Array.from({ length: 50_000 }, () => triangular(rand, tp)).sort((p, q) => p - q);
    expect(ksStatistic(xs, cdf)).toBeLessThan(1.63);
    // The inverse CDF at the split: u below (mode − min)/width lands below the mode, u above it above.
    expect(triangular(() => 0, tp)).toBe(2);
    expect(triangular(() => 0.125, tp)).toBeCloseTo(3, 12);
    expect(triangular(() => 0.5, tp)).toBeCloseTo(10 - Math.sqrt(0.5 * 8 * 7), 12);
  });

  it("a degenerate three-point is its value, drawing nothing", () => {
    const never = () => {
      throw new Error("no draw expected");
    };
    expect(triangular(never, { min: 4, mode: 4, max: 4 })).toBe(4);
    expect(pertDraw(never, { min: 4, mode: 4, max: 4 })).toBe(4);
  });

  it("three-point triples are checked and named", () => {
    expect(requireThreePoint({ min: 1, mode: 1, max: 1 }, "x")).toEqual({ min: 1, mode: 1, max: 1 });
    expect(() => requireThreePoint({ min: 2, mode: 1, max: 3 }, "x")).toThrow("x needs min ≤ mode ≤ max, got 2, 1, 3");
    expect(() => requireThreePoint({ min: 1, mode: 4, max: 3 }, "x")).toThrow("x needs min ≤ mode ≤ max, got 1, 4, 3");
    expect(() => requireThreePoint({ min: Number.NaN, mode: 1, max: 3 }, "x")).toThrow("x.min must be a finite number, got NaN");
    expect(() => requireThreePoint({ min: 1, mode: Number.NaN, max: 3 }, "x")).toThrow("x.mode must be a finite number, got NaN");
    expect(() => requireThreePoint({ min: 1, mode: 1, max: Number.NaN }, "x")).toThrow("x.max must be a finite number, got NaN");
  });
});

describe("three-point estimates and the Monte Carlo: inputs", () => {
  it("estimates reject non-finite points, naming them", () => {
    expect(() => pertEstimate({ optimistic: Number.NaN, mostLikely: 1, pessimistic: 2 })).toThrow("optimistic must be a finite number, got NaN");
    expect(() => pertEstimate({ optimistic: 0, mostLikely: Number.NaN, pessimistic: 2 })).toThrow("mostLikely must be a finite number, got NaN");
    expect(() => pertEstimate({ optimistic: 0, mostLikely: 1, pessimistic: Number.NaN })).toThrow("pessimistic must be a finite number, got NaN");
    expect(() => threePointMean({ optimistic: Number.NaN, mostLikely: 1, pessimistic: 2 })).toThrow("optimistic must be a finite number, got NaN");
    expect(() => threePointMean({ optimistic: 0, mostLikely: Number.NaN, pessimistic: 2 })).toThrow("mostLikely must be a finite number, got NaN");
    expect(() => threePointMean({ optimistic: 0, mostLikely: 1, pessimistic: Number.NaN })).toThrow("pessimistic must be a finite number, got NaN");
  });

  it("draws run from 1 to 1,000,000; the seed is a whole number", () => {
    const input: MonteCarloInput = { costs: [], benefits: [], horizonMonths: 1, annualDiscountRate: 0.1, seed: 1 };
    expect(monteCarloNpv({ ...input, draws: 1 }).draws).toBe(1);
    expect(monteCarloNpv({ ...input, draws: 1_000_000 }).draws).toBe(1_000_000);
    expect(monteCarloNpv(input).draws).toBe(10_000);
    for (const draws of [0, 1_000_001, 2.5]) {
      expect(() => monteCarloNpv({ ...input, draws })).toThrow(`draws must be a whole number from 1 to 1000000, got ${draws}`);
    }
    expect(() => monteCarloNpv({ ...input, seed: 0.5 })).toThrow("seed must be a whole number, got 0.5");
  });

  it("each distribution is checked and named; none may go below 0, but 0 is allowed", () => {
    const input: MonteCarloInput = { costs: [], benefits: [], horizonMonths: 12, annualDiscountRate: 0.1, seed: 1, draws: 5 };
    expect(() => monteCarloNpv({ ...input, benefitMultiplier: { min: 2, mode: 1, max: 3 } })).toThrow("benefitMultiplier needs min ≤ mode ≤ max, got 2, 1, 3");
    expect(() => monteCarloNpv({ ...input, costMultiplier: { min: 2, mode: 1, max: 3 } })).toThrow("costMultiplier needs min ≤ mode ≤ max, got 2, 1, 3");
    expect(() => monteCarloNpv({ ...input, delayMonths: { min: 2, mode: 1, max: 3 } })).toThrow("delayMonths needs min ≤ mode ≤ max, got 2, 1, 3");
    const negative = { min: -0.1, mode: 1, max: 2 };
    for (const key of ["benefitMultiplier", "costMultiplier", "delayMonths"] as const) {
      expect(() => monteCarloNpv({ ...input, [key]: negative })).toThrow("multipliers and delays must not be negative");
      expect(monteCarloNpv({ ...input, [key]: { min: 0, mode: 0, max: 2 } }).draws).toBe(5);
    }
    expect(() => monteCarloNpv({ ...input, distribution: "normal" as "pert" })).toThrow('distribution must be "triangular" or "pert"');
  });

  it("P(NPV > 0) counts strictly positive draws only", () => {
    const empty: MonteCarloInput = { costs: [], benefits: [], horizonMonths: 12, annualDiscountRate: 0.1, seed: 1, draws: 50 };
    expect(monteCarloNpv(empty)).toMatchObject({ probabilityPositive: 0, p50Cents: 0, meanCents: 0 });
    const sure = { ...empty, benefits: [{ category: "x", kind: "one_time" as const, amountCents: 100, startMonth: 0 }] };
    expect(monteCarloNpv(sure)).toMatchObject({ probabilityPositive: 1, p10Cents: 100, p90Cents: 100 });
  });

  it("PERT and triangular weight the mode differently: the mean NPV shows it", () => {
    // NPV is linear in the benefit multiplier b: NPV(b) = b·PV(benefits) − PV(costs).
    const base = {
      costs: [{ category: "licence", kind: "one_time" as const, amountCents: 1_000_000, startMonth: 0 }],
      benefits: [{ category: "labour", kind: "recurring" as const, amountCents: 50_000, startMonth: 1 }],
      horizonMonths: 36,
      annualDiscountRate: 0.08,
    };
    const at = (b: number) => evaluateInvestment({ ...base, scenario: { benefitMultiplier: b } }).npvCents;
    const pvBenefits = at(1) - at(0);
    // Benefit multiplier 0 / 0 / 3: triangular mean 1, PERT mean 0.5.
    const spread = { ...base, seed: 5, draws: 40_000, benefitMultiplier: { min: 0, mode: 0, max: 3 } };
    const tri = monteCarloNpv(spread);
    const pert = monteCarloNpv({ ...spread, distribution: "pert" });
    expect(Math.abs(tri.meanCents - at(1))).toBeLessThan(0.02 * pvBenefits);
    expect(Math.abs(pert.meanCents - (0.5 * pvBenefits + at(0)))).toBeLessThan(0.02 * pvBenefits);
  });

  it("a delay longer than the horizon leaves no benefits", () => {
    const input: MonteCarloInput = {
      costs: [{ category: "licence", kind: "one_time", amountCents: 1_000, startMonth: 0 }],
      benefits: [{ category: "labour", kind: "recurring", amountCents: 500, startMonth: 0 }],
      horizonMonths: 6,
      annualDiscountRate: 0,
      seed: 3,
      draws: 20,
    };
    expect(monteCarloNpv({ ...input, delayMonths: { min: 10, mode: 10, max: 10 } })).toMatchObject({ p10Cents: -1_000, p90Cents: -1_000 });
    // 5.5 months late: half a month of benefit in month 5.
    expect(monteCarloNpv({ ...input, delayMonths: { min: 5.5, mode: 5.5, max: 5.5 } }).p50Cents).toBe(-1_000 + 250);
    expect(monteCarloNpv({ ...input, delayMonths: { min: 6, mode: 6, max: 6 } }).p50Cents).toBe(-1_000);
  });
});
