/**
 * Forecasts checked against hand-worked cases and an independent Holt written out from the textbook
 * recursions (level ℓ_t = α·y_t + (1−α)(ℓ + b), trend b_t = β(ℓ_t − ℓ) + (1−β)·b, ETS(A,A,N) variance
 * 1 + Σ_{j<h} (α + αβj)²), plus the messages that name a bad input.
 */
import { describe, expect, it } from "vitest";
import { boundForecast, meetsTarget, roundTo } from "./forecast";
import { forecastHolt, forecastLinear, holt, linearTrend, monthsBetween, onTrack } from "./index";
import { normalQuantile, quantileSorted, tQuantile } from "./stats";

/** Sum of squared one-step-ahead errors of Holt's method, level and trend from the first two values. */
function referenceHolt(values: readonly number[], alpha: number, beta: number) {
  let level = values[0];
  let trend = values[1] - values[0];
  let sse = 0;
  for (let t = 1; t < values.length; t++) {
    sse += (values[t] - level - trend) ** 2;
    const next = alpha * values[t] + (1 - alpha) * (level + trend);
    trend = beta * (next - level) + (1 - beta) * trend;
    level = next;
  }
  return { sse, level, trend };
}

/** ln Γ(z), Lanczos (g = 7, n = 9), for the reference t distribution below. */
function lnGamma(z: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (z < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * z)) - lnGamma(1 - z);
  const x = c.slice(1).reduce((sum, ci, i) => sum + ci / (z - 1 + i + 1), c[0]);
  const t = z - 1 + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z - 0.5) * Math.log(t) - t + Math.log(x);
}

/** Regularized incomplete beta I_x(a, b) by its continued fraction (modified Lentz). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    for (const numerator of [(m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)), (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1))]) {
      d = 1 + numerator * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + numerator / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= c * d;
    }
    if (Math.abs(c * d - 1) < 1e-16) break;
  }
  return (Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x)) * h) / a;
}

/** The two-sided Student-t quantile by bisection on P(|T| < t) = 1 − I_{df/(df+t²)}(df/2, ½). */
function referenceT(level: number, df: number): number {
  let lo = 0;
  let hi = 1e6;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (1 - incompleteBeta(df / (df + mid * mid), df / 2, 0.5) < level) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// Student-t two-sided 95% quantiles from the tables.
const T95 = { 1: 12.706205, 2: 4.302653, 3: 3.182446, 4: 2.776445, 5: 2.570582, 8: 2.306004 } as const;

describe("Holt's method against the textbook recursions", () => {
  it("α = β = 1 on 0, 1, 3, 6, 10, 15: errors 0, 1, 1, 1, 1, σ² = 4 / (6 − 3)", () => {
    const values = [0, 1, 3, 6, 10, 15];
    const fit = holt(values, { alpha: 1, beta: 1 });
    expect(fit).toMatchObject({ alpha: 1, beta: 1, level: 15, trend: 5 });
    expect(fit.sigma).toBeCloseTo(Math.sqrt(4 / 3), 12);
    // Three steps ahead: 15 + 3·5, variance factor 1 + (1 + 1)² + (1 + 2)² = 14, t with 6 − 2 = 4 df.
    const f = forecastHolt(values, 3, 0.95, { alpha: 1, beta: 1 });
    expect(f.value).toBe(30);
    expect(f.upper - f.value).toBeCloseTo(T95[4] * Math.sqrt(4 / 3) * Math.sqrt(14), 4);
    expect(f.value - f.lower).toBeCloseTo(T95[4] * Math.sqrt(4 / 3) * Math.sqrt(14), 4);
    // One step ahead: no extra variance; a fractional step rounds, and anything below 1 is 1.
    expect(forecastHolt(values, 1, 0.95, { alpha: 1, beta: 1 }).upper).toBeCloseTo(20 + T95[4] * Math.sqrt(4 / 3), 4);
    expect(forecastHolt(values, 0.2, 0.95, { alpha: 1, beta: 1 }).value).toBe(20);
    expect(forecastHolt(values, 2.4, 0.95, { alpha: 1, beta: 1 }).value).toBe(25);
  });

  it("given α and β, the fit and the interval follow the recursions", () => {
    const values = [12, 15, 14, 18, 21, 19, 24, 26];
    for (const [alpha, beta] of [
      [0.3, 0.2],
      [0.8, 0.5],
      [0.5, 1],
    ]) {
      const ref = referenceHolt(values, alpha, beta);
      const fit = holt(values, { alpha, beta });
      expect(fit.alpha).toBe(alpha);
      expect(fit.beta).toBe(beta);
      expect(fit.level).toBeCloseTo(ref.level, 10);
      expect(fit.trend).toBeCloseTo(ref.trend, 10);
      const sigma = Math.sqrt(ref.sse / (values.length - 3));
      expect(fit.sigma).toBeCloseTo(sigma, 10);
      const h = 4;
      let variance = 1;
      for (let j = 1; j < h; j++) variance += (alpha + alpha * beta * j) ** 2;
      const f = forecastHolt(values, h, 0.95, { alpha, beta });
      expect(f.value).toBeCloseTo(ref.level + h * ref.trend, 10);
      expect(f.upper - f.value).toBeCloseTo(tQuantile(0.95, values.length - 2) * sigma * Math.sqrt(variance), 10);
    }
  });

  it("unless given, α and β are the 0.05-grid pair with the smallest error", () => {
    const grid = Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
    for (const values of [
      [12, 15, 14, 18, 21, 19, 24, 26],
      [5, 9, 4, 10, 3, 11, 2, 12],
      [100, 101, 103, 106, 110, 115, 121, 128, 136],
    ]) {
      let best = { alpha: 0, beta: 0, sse: Infinity };
      for (const alpha of grid) for (const beta of grid) {
        const { sse } = referenceHolt(values, alpha, beta);
        if (sse < best.sse - 1e-9) best = { alpha, beta, sse };
      }
      const fit = holt(values);
      expect(referenceHolt(values, fit.alpha, fit.beta).sse).toBeCloseTo(best.sse, 9);
      expect(grid).toContain(fit.alpha);
      expect(grid).toContain(fit.beta);
    }
    // Only one of the two given: the other is searched.
    const half = holt([12, 15, 14, 18, 21, 19, 24, 26], { alpha: 0.5 });
    expect(half.alpha).toBe(0.5);
    expect(grid).toContain(half.beta);
    expect(holt([12, 15, 14, 18, 21, 19, 24, 26], { beta: 0.5 }).beta).toBe(0.5);
  });

  it("three values: σ over one degree of freedom, t with one", () => {
    const values = [1, 2, 4];
    // α = β = 1: forecast of the third value is 2 + 1 = 3, error 1.
    const fit = holt(values, { alpha: 1, beta: 1 });
    expect(fit.sigma).toBeCloseTo(1, 12);
    const f = forecastHolt(values, 1, 0.95, { alpha: 1, beta: 1 });
    expect(f.value).toBe(6);
    expect(f.upper - f.value).toBeCloseTo(T95[1], 4);
  });

  it("rejects smoothing parameters outside (0, 1], naming them", () => {
    const values = [1, 2, 3, 5];
    expect(holt(values, { alpha: 1, beta: 1 }).alpha).toBe(1);
    expect(() => holt(values, { alpha: 0 })).toThrow("alpha must be in (0, 1], got 0");
    expect(() => holt(values, { alpha: 1.01 })).toThrow("alpha must be in (0, 1], got 1.01");
    expect(() => holt(values, { beta: -0.5 })).toThrow("beta must be in (0, 1], got -0.5");
    expect(() => holt(values, { beta: Number.NaN })).toThrow("beta must be in (0, 1], got NaN");
    expect(() => forecastHolt(values, Number.NaN)).toThrow("stepsAhead must be a finite number, got NaN");
    expect(() => forecastHolt(values, 1, 1)).toThrow("level must be strictly between 0 and 1, got 1");
  });
});

describe("linear trend: interval and inputs", () => {
  it("the interval widens with the level and with the distance, as the t formula says", () => {
    // y = 1, 3, 2, 5, 4: slope 0.8, intercept 1.4, s² = 1.2, Sxx = 10, x̄ = 2.
    const s = Math.sqrt(1.2);
    for (const [steps, level, t] of [
      [1, 0.95, T95[3]],
      [3, 0.95, T95[3]],
      [1, 0.8, 1.637744],
    ] as const) {
      const f = forecastLinear([1, 3, 2, 5, 4], steps, level);
      const x0 = 4 + steps;
      expect(f.value).toBeCloseTo(1.4 + 0.8 * x0, 12);
      expect(f.upper - f.value).toBeCloseTo(t * s * Math.sqrt(1 + 1 / 5 + (x0 - 2) ** 2 / 10), 4);
    }
    expect(linearTrend([1, 3, 2, 5, 4])).toMatchObject({ n: 5 });
    expect(linearTrend([1, 3, 2, 5, 4]).residualStdError).toBeCloseTo(s, 12);
  });

  it("names bad inputs", () => {
    expect(() => linearTrend([1, 2])).toThrow("a forecast needs at least 3 values, got 2");
    expect(() => linearTrend([1, Number.NaN, 2])).toThrow("values[1] must be a finite number, got NaN");
    expect(() => forecastLinear([1, 2, 3], Number.POSITIVE_INFINITY)).toThrow("stepsAhead must be a finite number, got Infinity");
    expect(() => forecastLinear([1, 2, 3], 1, 0)).toThrow("level must be strictly between 0 and 1, got 0");
  });
});

describe("quantiles", () => {
  it("Student-t across its branches, against the tables", () => {
    for (const [df, t] of Object.entries(T95)) expect(tQuantile(0.95, Number(df))).toBeCloseTo(t, 4);
    // Other levels and degrees of freedom (tables): the tail branch and the small-df correction.
    expect(tQuantile(0.5, 3)).toBeCloseTo(0.764892, 4);
    expect(tQuantile(0.5, 30)).toBeCloseTo(0.682756, 4);
    expect(tQuantile(0.99, 3)).toBeCloseTo(5.840909, 3);
    expect(tQuantile(0.999, 4)).toBeCloseTo(8.610302, 2);
    expect(tQuantile(0.999, 10)).toBeCloseTo(4.586894, 3);
    expect(tQuantile(0.9, 4)).toBeCloseTo(2.131847, 4);
    expect(tQuantile(0.9, 100)).toBeCloseTo(1.660234, 4);
    expect(tQuantile(0.2, 6)).toBeCloseTo(0.264835, 4);
    expect(tQuantile(0.95, 4.5)).toBeGreaterThan(T95[5]);
    expect(tQuantile(0.95, 4.5)).toBeLessThan(T95[4]);
  });

  it("Student-t is within 1e-5 (relative) of the exact quantile across levels and degrees of freedom", () => {
    for (const df of [1, 2, 3, 3.5, 4, 4.5, 5, 6, 7.3, 8, 10, 15, 20, 30, 50, 100, 1_000, 5_000]) {
      for (const level of [0.2, 0.5, 0.8, 0.9, 0.95, 0.99, 0.995, 0.999, 0.9999]) {
        const exact = referenceT(level, df);
        expect(Math.abs(tQuantile(level, df) - exact) / exact, `level ${level}, df ${df}`).toBeLessThan(1e-5);
      }
    }
    // The reference itself, against the tables.
    expect(referenceT(0.95, 4)).toBeCloseTo(T95[4], 6);
    expect(referenceT(0.95, 8)).toBeCloseTo(T95[8], 6);
  });

  it("Student-t rejects a level outside (0, 1) and fewer than 1 degree of freedom", () => {
    expect(() => tQuantile(0, 5)).toThrow("level must be strictly between 0 and 1, got 0");
    expect(() => tQuantile(1, 5)).toThrow("level must be strictly between 0 and 1, got 1");
    expect(() => tQuantile(0.95, 0.5)).toThrow("degrees of freedom must be at least 1, got 0.5");
    expect(() => tQuantile(0.95, Number.NaN)).toThrow("degrees of freedom must be at least 1, got NaN");
  });

  it("normal quantiles in the centre and in both tails", () => {
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6);
    expect(normalQuantile(0.02)).toBeCloseTo(-2.053749, 6);
    expect(normalQuantile(0.98)).toBeCloseTo(2.053749, 6);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232, 6);
    expect(normalQuantile(1e-9)).toBeCloseTo(-5.997807, 5);
    // Just either side of the tail boundary p = 0.02425.
    expect(normalQuantile(0.024)).toBeCloseTo(-1.977368, 6);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 6);
    expect(normalQuantile(0.976)).toBeCloseTo(1.977368, 6);
    expect(() => normalQuantile(0)).toThrow("probability must be strictly between 0 and 1, got 0");
    expect(() => normalQuantile(1)).toThrow("probability must be strictly between 0 and 1, got 1");
  });

  it("sample quantiles interpolate between order statistics", () => {
    const sorted = [10, 20, 30, 40, 50];
    expect(quantileSorted(sorted, 0)).toBe(10);
    expect(quantileSorted(sorted, 1)).toBe(50);
    expect(quantileSorted(sorted, 0.5)).toBe(30);
    expect(quantileSorted(sorted, 0.1)).toBeCloseTo(14, 12);
    expect(quantileSorted(sorted, 0.9)).toBeCloseTo(46, 12);
    expect(quantileSorted([7], 0.3)).toBe(7);
    expect(() => quantileSorted([], 0.5)).toThrow("quantile of an empty sample");
  });
});

describe("rounding, bounds and the verdict", () => {
  it("roundTo takes 0 to 10 decimals", () => {
    expect(roundTo(1.23456789012, 10)).toBe(1.2345678901);
    expect(roundTo(2.5, 0)).toBe(3);
    expect(() => roundTo(1, 11)).toThrow("decimals must be a whole number from 0 to 10, got 11");
    expect(() => roundTo(1, -1)).toThrow("decimals must be a whole number from 0 to 10, got -1");
    expect(() => roundTo(Number.NaN, 1)).toThrow("value must be a finite number, got NaN");
  });

  it("boundForecast clips without rounding when no decimals are given, and checks its bounds", () => {
    expect(boundForecast({ value: 114.123, lower: 70.61, upper: 157.64 }, { min: 0, max: 100 })).toEqual({ value: 100, lower: 70.61, upper: 100 });
    expect(boundForecast({ value: -3.21, lower: -5.5, upper: 1.25 }, { min: -4 })).toEqual({ value: -3.21, lower: -4, upper: 1.25 });
    expect(boundForecast({ value: 3.21, lower: 1, upper: 5.5 }, { max: 4 })).toEqual({ value: 3.21, lower: 1, upper: 4 });
    expect(boundForecast({ value: 3, lower: 3, upper: 3 }, { min: 3, max: 3 })).toEqual({ value: 3, lower: 3, upper: 3 });
    expect(() => boundForecast({ value: 1, lower: 0, upper: 2 }, { min: Number.NaN })).toThrow("min must be a finite number, got NaN");
    expect(() => boundForecast({ value: 1, lower: 0, upper: 2 }, { max: Number.NaN })).toThrow("max must be a finite number, got NaN");
    expect(() => boundForecast({ value: 1, lower: 0, upper: 2 }, { min: 5, max: 1 })).toThrow("min must not exceed max, got 5 > 1");
    expect(() => boundForecast({ value: Number.NaN, lower: 0, upper: 2 }, {})).toThrow("forecast must be a finite number, got NaN");
  });

  it("meetsTarget and onTrack name what is wrong", () => {
    expect(() => meetsTarget(Number.NaN, 1, "higher")).toThrow("value must be a finite number, got NaN");
    expect(() => meetsTarget(1, Number.NaN, "higher")).toThrow("target must be a finite number, got NaN");
    expect(() => meetsTarget(1, 1, "up" as "higher")).toThrow('direction must be "higher" or "lower"');
    const base = { values: [1, 2, 3], target: 5, direction: "higher" as const, periodsToTarget: 2 };
    expect(() => onTrack({ ...base, target: Number.NaN })).toThrow("target must be a finite number, got NaN");
    expect(() => onTrack({ ...base, periodsToTarget: Number.NaN })).toThrow("periodsToTarget must be a finite number, got NaN");
    expect(() => onTrack({ ...base, direction: "up" as "higher" })).toThrow('direction must be "higher" or "lower"');
    // The direction is checked before the series: too short a series does not hide it.
    expect(() => onTrack({ ...base, values: [1, 2], direction: "up" as "higher" })).toThrow('direction must be "higher" or "lower"');
    expect(() => onTrack({ ...base, values: [], periodsToTarget: 0 })).toThrow("onTrack needs at least one value");
    expect(() => onTrack({ ...base, values: [1, Number.NaN], periodsToTarget: 0 })).toThrow("values[1] must be a finite number, got NaN");
  });

  it("onTrack: Holt on request, the level passed through, outlooks for lower is better", () => {
    const values = [12, 15, 14, 18, 21, 19, 24, 26];
    const holtVerdict = onTrack({ values, target: 30, direction: "higher", periodsToTarget: 3, method: "holt" });
    expect(holtVerdict.forecast).toEqual(forecastHolt(values, 3));
    const linear = onTrack({ values, target: 30, direction: "higher", periodsToTarget: 3, method: "linear" });
    expect(linear.forecast).toEqual(forecastLinear(values, 3));
    expect(linear.forecast.value).not.toBe(holtVerdict.forecast.value);
    expect(onTrack({ values, target: 30, direction: "higher", periodsToTarget: 3, level: 0.5 }).forecast).toEqual(forecastLinear(values, 3, 0.5));
    // Falling downtime: 20, 18, 16.5, 15, 13 → about 10.4 in two periods.
    const falling = [20, 18, 16.5, 15, 13];
    const f = forecastLinear(falling, 2);
    expect(onTrack({ values: falling, target: f.upper + 0.1, direction: "lower", periodsToTarget: 2 }).outlook).toBe("likely");
    expect(onTrack({ values: falling, target: f.value + 0.1, direction: "lower", periodsToTarget: 2 })).toMatchObject({ onTrack: true, outlook: "possible" });
    expect(onTrack({ values: falling, target: f.value - 0.1, direction: "lower", periodsToTarget: 2 })).toMatchObject({ onTrack: false, outlook: "possible" });
    expect(onTrack({ values: falling, target: f.lower - 0.1, direction: "lower", periodsToTarget: 2 }).outlook).toBe("unlikely");
  });

  it("monthsBetween rejects anything but two valid dates", () => {
    const ok = new Date("2025-01-01");
    expect(monthsBetween(ok, new Date("2024-11-01"))).toBe(-2);
    for (const [from, to] of [
      [new Date(Number.NaN), ok],
      [ok, new Date(Number.NaN)],
      ["2025-01-01", ok],
      [ok, "2025-01-01"],
    ]) {
      expect(() => monthsBetween(from as Date, to as Date)).toThrow("monthsBetween needs two valid dates");
    }
  });
});
