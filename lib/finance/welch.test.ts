import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FinanceError, sampleMean, sampleVariance, welchTTest } from "./index";
import { tQuantile } from "./stats";

describe("welchTTest", () => {
  it("matches R's Welch test on the sleep data", () => {
    // R: t.test(extra ~ group, data = sleep) → "Welch Two Sample t-test: t = -1.8608, df = 17.776,
    // 95 percent confidence interval: -3.3654832 0.2054832; means 0.75 and 2.33".
    // scipy.stats.ttest_ind(g1, g2, equal_var=False) agrees: t = -1.8608134674868526, df = 17.776473516178488.
    const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const r = welchTTest(g1, g2);
    expect(r.t).toBeCloseTo(-1.8608134674868526, 10);
    expect(r.df).toBeCloseTo(17.776473516178488, 10);
    expect(r.meanA).toBeCloseTo(0.75, 12);
    expect(r.meanB).toBeCloseTo(2.33, 12);
    expect(r).toMatchObject({ nA: 10, nB: 10 });
    const half = tQuantile(0.95, r.df) * r.standardError;
    expect(r.difference - half).toBeCloseTo(-3.3654832, 5);
    expect(r.difference + half).toBeCloseTo(0.2054832, 5);
  });

  it("matches Wikipedia's Welch example 1 with unequal sample sizes and variances", () => {
    // Wikipedia "Welch's t-test", example 1 (equal n): t = −2.46, ν ≈ 25.0;
    // scipy.stats.ttest_ind(equal_var=False): t = -2.455356398286006, df = 24.988529290231416.
    const a1 = [27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4];
    const a2 = [27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4];
    const r = welchTTest(a1, a2);
    expect(r.t).toBeCloseTo(-2.455356398286006, 10);
    expect(r.df).toBeCloseTo(24.988529290231416, 10);
    // Unequal sizes: scipy.stats.ttest_ind([3.1, 2.9, 3.4], [5.0, 5.2, 4.1, 4.8, 5.6], equal_var=False)
    // → t = -6.2819735618950325, df = 5.839733316022032.
    const small = welchTTest([3.1, 2.9, 3.4], [5.0, 5.2, 4.1, 4.8, 5.6]);
    expect(small.t).toBeCloseTo(-6.2819735618950325, 10);
    expect(small.df).toBeCloseTo(5.839733316022032, 10);
  });

  it("uses the other sample's n − 1 degrees of freedom when one sample has no variation", () => {
    // Variance of [1, 2, 3] is 1; se = √(1/3); t = (2 − 5) / √(1/3) = −3√3.
    const r = welchTTest([1, 2, 3], [5, 5, 5, 5]);
    expect(r.varianceB).toBe(0);
    expect(r.df).toBeCloseTo(2, 12);
    expect(r.t).toBeCloseTo(-3 * Math.sqrt(3), 12);
  });

  it("rejects samples it cannot test", () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return e instanceof FinanceError ? e.code : "other";
      }
      return "none";
    };
    expect(code(() => welchTTest([1], [1, 2]))).toBe("INVALID_INPUT");
    expect(code(() => welchTTest([1, 2], []))).toBe("INVALID_INPUT");
    expect(code(() => welchTTest([1, Number.NaN], [1, 2]))).toBe("INVALID_INPUT");
    expect(code(() => welchTTest([1, 2], [3, Number.POSITIVE_INFINITY]))).toBe("INVALID_INPUT");
    expect(code(() => welchTTest([4, 4, 4], [4, 4]))).toBe("INVALID_INPUT");
    expect(code(() => welchTTest([4, 4, 4], [5, 5]))).toBe("INVALID_INPUT"); // a step with no noise: ±∞ is no figure
    expect(code(() => sampleVariance([1]))).toBe("INVALID_INPUT");
  });

  const sample = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 30 });
  const varied = sample.filter((xs) => sampleVariance(xs) > 1e-6);
  const moderate = fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 2, maxLength: 30 }).filter((xs) => sampleVariance(xs) > 1e-2);

  it("negates t and keeps df when the samples swap", () => {
    fc.assert(
      fc.property(varied, sample, (a, b) => {
        const ab = welchTTest(a, b);
        const ba = welchTTest(b, a);
        expect(ba.t).toBeCloseTo(-ab.t, 9);
        expect(ba.df).toBeCloseTo(ab.df, 9);
      }),
    );
  });

  it("keeps df between min(nA, nB) − 1 and nA + nB − 2, and t unchanged by a common shift", () => {
    fc.assert(
      fc.property(moderate, moderate, fc.integer({ min: -1000, max: 1000 }), (a, b, shift) => {
        const r = welchTTest(a, b);
        expect(r.df).toBeGreaterThanOrEqual(Math.min(a.length, b.length) - 1 - 1e-9);
        expect(r.df).toBeLessThanOrEqual(a.length + b.length - 2 + 1e-9);
        const shifted = welchTTest(a.map((x) => x + shift), b.map((x) => x + shift));
        expect(Math.abs(shifted.t - r.t)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(r.t)));
      }),
    );
  });
});

describe("welchTTest: inputs and numerics", () => {
  it("names what it cannot use", () => {
    expect(() => welchTTest([1], [1, 2])).toThrow("Welch's t-test needs at least 2 values in each sample, got 1 and 2");
    expect(() => welchTTest([1, 2], [3])).toThrow("Welch's t-test needs at least 2 values in each sample, got 2 and 1");
    expect(() => welchTTest([1, Number.NaN], [1, 2])).toThrow("a[1] must be a finite number, got NaN");
    expect(() => welchTTest([1, 2], [Number.NaN, 2])).toThrow("b[0] must be a finite number, got NaN");
    expect(() => welchTTest([4, 4, 4], [4, 4])).toThrow(new FinanceError("INVALID_INPUT", "both samples have no variation: the t statistic is undefined"));
    expect(() => welchTTest([1e-160, 2e-160], [1e200, 1e200])).toThrow(new FinanceError("OVERFLOW", "Welch t does not fit in a finite number"));
    expect(() => welchTTest([1e308, -1e308], [0, 0])).toThrow("Welch degrees of freedom does not fit in a finite number");
    expect(() => sampleMean([])).toThrow("the mean of an empty sample is undefined");
    expect(() => sampleMean([1, Number.NaN])).toThrow("values[1] must be a finite number, got NaN");
    expect(() => sampleVariance([3])).toThrow("a sample variance needs at least 2 values, got 1");
  });

  it("variance with a large common offset stays exact (deviations from the mean, not x² − x̄²)", () => {
    expect(sampleVariance([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1);
    expect(sampleVariance([1e12 + 4, 1e12 + 8])).toBe(8);
    expect(sampleMean([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBe(1e9 + 2);
    // Fractions too: shifting the data leaves the variance unchanged (x² − x̄² would lose every digit).
    const data = [123_456_789.123, 123_456_789.456, 123_456_789.789];
    expect(sampleVariance(data)).toBeCloseTo(sampleVariance(data.map((v) => v - 123_456_789)), 10);
    const far = [1e12 + 0.1, 1e12 + 0.2, 1e12 + 0.7];
    expect(sampleVariance(far)).toBeCloseTo(sampleVariance(far.map((v) => v - 1e12)), 6);
  });
});
