import { describe, expect, it } from "vitest";
import { FinanceError, forecastHolt, forecastLinear, holt, linearTrend, monthsBetween, onTrack } from "./index";
import { normalQuantile, tQuantile } from "./stats";

describe("quantiles", () => {
  it("normal and Student-t quantiles match the tables", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.644854, 6);
    expect(tQuantile(0.95, 1)).toBeCloseTo(12.7062, 4);
    expect(tQuantile(0.95, 2)).toBeCloseTo(4.302653, 6);
    expect(tQuantile(0.95, 3)).toBeCloseTo(3.182446, 4);
    expect(tQuantile(0.95, 10)).toBeCloseTo(2.228139, 5);
    expect(tQuantile(0.9, 10)).toBeCloseTo(1.812461, 5);
    expect(tQuantile(0.99, 4)).toBeCloseTo(4.604095, 4);
  });
});

describe("linear trend", () => {
  it("recovers an exact line with a zero-width interval", () => {
    const values = [2, 5, 8, 11, 14];
    expect(linearTrend(values)).toMatchObject({ slope: 3, intercept: 2, residualStdError: 0 });
    const f = forecastLinear(values, 2);
    expect(f.value).toBeCloseTo(20, 12);
    expect(f.upper - f.lower).toBeCloseTo(0, 12);
  });

  it("gives the textbook prediction interval", () => {
    // x = 0..4, y = 1,3,2,5,4: slope 0.8, intercept 1.4, s² = 3.6/3; at x = 5:
    // 5.4 ± t(3, 97.5%) · √1.2 · √(1 + 1/5 + 9/10).
    const f = forecastLinear([1, 3, 2, 5, 4], 1);
    const half = 3.182446 * Math.sqrt(1.2) * Math.sqrt(2.1);
    expect(f.value).toBeCloseTo(5.4, 12);
    expect(f.lower).toBeCloseTo(5.4 - half, 4);
    expect(f.upper).toBeCloseTo(5.4 + half, 4);
    expect(forecastLinear([1, 3, 2, 5, 4], 6).upper - forecastLinear([1, 3, 2, 5, 4], 6).lower).toBeGreaterThan(2 * half);
  });

  it("needs at least 3 values", () => {
    expect(() => linearTrend([1, 2])).toThrow(FinanceError);
  });
});

describe("Holt's method", () => {
  it("continues a straight line exactly", () => {
    const values = [10, 12, 14, 16, 18, 20];
    const f = forecastHolt(values, 3);
    expect(f.value).toBeCloseTo(26, 9);
    expect(holt(values).sigma).toBeCloseTo(0, 9);
  });

  it("follows a recent change of trend better than a straight line", () => {
    const values = [10, 10, 10, 10, 10, 10, 12, 14, 16, 18];
    expect(forecastHolt(values, 1).value).toBeGreaterThan(forecastLinear(values, 1).value);
    const f = forecastHolt(values, 3, 0.9, { alpha: 0.8, beta: 0.5 });
    expect(f.lower).toBeLessThan(f.value);
    expect(f.upper).toBeGreaterThan(f.value);
  });
});

describe("on track to target", () => {
  const rising = [6, 7.1, 7.9, 9.2, 10, 11.1, 11.9, 13];
  it("projects the trend to the target date, direction-aware", () => {
    expect(onTrack({ values: rising, target: 16, direction: "higher", periodsToTarget: 4 }).onTrack).toBe(true);
    expect(onTrack({ values: rising, target: 25, direction: "higher", periodsToTarget: 4 })).toMatchObject({ onTrack: false, outlook: "unlikely" });
    const falling = rising.map((v) => 20 - v);
    expect(onTrack({ values: falling, target: 4, direction: "lower", periodsToTarget: 4 }).onTrack).toBe(true);
    expect(onTrack({ values: falling, target: 1, direction: "lower", periodsToTarget: 2 }).onTrack).toBe(false);
  });

  it("grades the outlook from the interval", () => {
    expect(onTrack({ values: rising, target: 14, direction: "higher", periodsToTarget: 4 }).outlook).toBe("likely");
    expect(onTrack({ values: rising, target: 17.2, direction: "higher", periodsToTarget: 4 }).outlook).toBe("possible");
  });

  it("uses the latest value once the date is reached", () => {
    expect(onTrack({ values: rising, target: 13, direction: "higher", periodsToTarget: 0 })).toMatchObject({ onTrack: true, outlook: "likely" });
    expect(onTrack({ values: [5], target: 6, direction: "higher", periodsToTarget: -1 }).onTrack).toBe(false);
  });

  it("counts whole months between periods", () => {
    expect(monthsBetween(new Date("2025-11-01"), new Date("2027-12-01"))).toBe(25);
  });
});
