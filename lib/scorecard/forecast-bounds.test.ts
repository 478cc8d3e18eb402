/**
 * Forecasts on the scorecard stay inside what the KPI's unit allows and are rounded as the KPI is shown;
 * a KPI that met its target says so, before or after its target date.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kpiUnits } from "@/lib/domain/values";
import { displayDecimals, unitRange, type KpiUnit } from "@/lib/kpis/unit-rules";
import { buildScorecard } from "./build";
import { kpi, series } from "@/test/fixtures/scorecard";
import { shiftMonth } from "./month";
import type { KpiDefinitionRow, KpiView } from "./types";


function view(k: KpiDefinitionRow, values: number[], from = "2026-01-01"): KpiView {
  const rows = series(k.id, from, values);
  const bounds = { earliest: rows[0].period, latest: rows.at(-1)!.period };
  return buildScorecard({ kpis: [k], measurements: rows, bounds, requestedMonth: null }).perspectives.flatMap((p) => p.kpis)[0];
}

const isRounded = (x: number, decimals: number) => Math.abs(x * 10 ** decimals - Math.round(x * 10 ** decimals)) < 1e-6;

/** The forecast lies in the unit's range, lower ≤ value ≤ upper, each rounded to the KPI's decimals. */
function expectShowable(v: KpiView, unit: KpiUnit, decimals: number) {
  const f = v.forecast!;
  expect(f).not.toBeNull();
  const { min, max } = unitRange(unit);
  for (const x of [f.lower, f.value, f.upper]) {
    expect(x).toBeGreaterThanOrEqual(min);
    expect(x).toBeLessThanOrEqual(max);
    expect(isRounded(x, decimals)).toBe(true);
    expect(Object.is(x, -0)).toBe(false);
  }
  expect(f.lower).toBeLessThanOrEqual(f.value);
  expect(f.value).toBeLessThanOrEqual(f.upper);
}

describe("forecasts within the unit's range, rounded as shown", () => {
  it("percent: a series rising 90, 95, 99, 99.5 projects 100%, not more", () => {
    const k = kpi({ unit: "percent", baseline: "20", target: "100", targetDate: "2026-12-01" });
    const v = view(k, [90, 95, 99, 99.5]);
    expectShowable(v, "percent", 1);
    expect(v.forecast).toMatchObject({ value: 100, upper: 100 });
    expect(v.forecast!.lower).toBeLessThan(100);
    expect(v.verdict).toBe("on track");
  });

  it("percent: a falling share stops at 0%", () => {
    const k = kpi({ unit: "percent", direction: "lower", baseline: "22", target: "5", targetDate: "2027-06-01" });
    const v = view(k, [20, 14, 9, 6]);
    expectShowable(v, "percent", 1);
    expect(v.forecast).toMatchObject({ value: 0, lower: 0 });
  });

  it("count: outages falling towards below zero project whole numbers from 0", () => {
    const k = kpi({ unit: "count", direction: "lower", baseline: "3", target: "1", targetDate: "2026-12-01" });
    const v = view(k, [5, 4, 3, 3, 2, 2]);
    expectShowable(v, "count", 0);
    expect(v.forecast).toMatchObject({ value: 0, lower: 0 });
    expect(Number.isInteger(v.forecast!.upper)).toBe(true);
  });

  it("count: a KPI whose target has a decimal (1.3 contacts per client) keeps that decimal", () => {
    const k = kpi({ unit: "count", direction: "lower", baseline: "1.9000", target: "1.3000", targetDate: "2026-09-01" });
    const v = view(k, [1.92, 1.8, 1.62, 1.45, 1.38]);
    expectShowable(v, "count", 1);
    expect(v.forecast!.value).toBeGreaterThanOrEqual(0);
  });

  it("duration: hours falling towards below zero stop at 0, to one decimal", () => {
    const k = kpi({ unit: "duration", direction: "lower", baseline: "20", target: "4", targetDate: "2027-01-01" });
    const v = view(k, [21, 14, 8, 4.5]);
    expectShowable(v, "duration", 1);
    expect(v.forecast).toMatchObject({ value: 0, lower: 0 });
  });

  it("currency: a cost per contact falling fast is never negative, to the cent", () => {
    const k = kpi({ unit: "currency", direction: "lower", baseline: "4.8", target: "2.5", targetDate: "2027-01-01" });
    const v = view(k, [4.85, 3.9, 3.05, 2.35]);
    expectShowable(v, "currency", 2);
    expect(v.forecast).toMatchObject({ value: 0, lower: 0 });
  });

  it("score: clipped to the −100 to 100 a score can be entered in", () => {
    const up = kpi({ unit: "score", baseline: "0", target: "100", targetDate: "2027-01-01" });
    const rising = view(up, [60, 80, 92, 98]);
    expectShowable(rising, "score", 1);
    expect(rising.forecast).toMatchObject({ value: 100, upper: 100 });
    const down = kpi({ unit: "score", direction: "lower", baseline: "0", target: "-100", targetDate: "2027-01-01" });
    const falling = view(down, [-60, -80, -92, -98]);
    expectShowable(falling, "score", 1);
    expect(falling.forecast).toMatchObject({ value: -100, lower: -100 });
  });

  it("holds for any series, unit, target and direction (property)", () => {
    const unitCase = fc.constantFrom(...kpiUnits).chain((unit) => {
      const { min, max } = unitRange(unit);
      const top = Math.min(max, 1000); // stay near the edges that matter; MAX_ABS is never approached by a trend
      // Values as stored: 4 decimals (2 for money), inside the unit's range.
      const scale = unit === "currency" ? 100 : 10_000;
      const value = fc.integer({ min: Math.round(min * scale), max: Math.round(top * scale) }).map((n) => n / scale);
      return fc.record({
        unit: fc.constant(unit),
        values: fc.array(value, { minLength: 3, maxLength: 24 }),
        target: value,
        baseline: value,
        direction: fc.constantFrom("higher" as const, "lower" as const),
        monthsAhead: fc.integer({ min: 0, max: 36 }),
      });
    });
    fc.assert(
      fc.property(unitCase, ({ unit, values, target, baseline, direction, monthsAhead }) => {
        const latest = shiftMonth("2024-01-01", values.length - 1);
        const targetDate = shiftMonth(latest, monthsAhead);
        const k = kpi({ unit, direction, target: String(target), baseline: String(baseline), targetDate });
        const v = view(k, values, "2024-01-01");
        const met = direction === "higher" ? values.at(-1)! >= target : values.at(-1)! <= target;
        if (met) expect(v.verdict).toBe("target met");
        else expect(["on track", "at risk"]).toContain(v.verdict);
        expectShowable(v, unit, displayDecimals(unit, [target, baseline]));
      }),
      { numRuns: 400 },
    );
  });
});

describe("target met", () => {
  it("higher is better, latest at or above the target, date passed: target met, not target date passed", () => {
    const k = kpi({ unit: "percent", baseline: "8", target: "100", targetDate: "2026-02-15" });
    const v = view(k, [58, 92, 97, 100, 100]);
    expect(v.verdict).toBe("target met");
    expect(v.forecast).toBeNull();
  });

  it("not met by a date that passed: target date passed", () => {
    const k = kpi({ unit: "percent", baseline: "0", target: "70", targetDate: "2026-02-15" });
    expect(view(k, [14, 13, 12, 11]).verdict).toBe("target date passed");
  });

  it("lower is better, latest at or below the target: target met", () => {
    const passed = kpi({ unit: "currency", direction: "lower", baseline: "6.5", target: "2.6", targetDate: "2026-02-01" });
    expect(view(passed, [6.3, 3.2, 2.8, 2.6]).verdict).toBe("target met");
    const missed = kpi({ unit: "currency", direction: "lower", baseline: "6.5", target: "2.5", targetDate: "2026-02-01" });
    expect(view(missed, [6.3, 3.2, 2.8, 2.6]).verdict).toBe("target date passed");
  });

  it("met before its target date: target met, with the forecast still shown", () => {
    const k = kpi({ unit: "percent", baseline: "78", target: "90", targetDate: "2026-12-01" });
    const v = view(k, [79, 86, 89, 90.5]);
    expect(v.verdict).toBe("target met");
    expectShowable(v, "percent", 1);
    const lower = kpi({ unit: "duration", direction: "lower", baseline: "20", target: "4", targetDate: "2026-12-01" });
    expect(view(lower, [20, 6, 3.5]).verdict).toBe("target met");
  });

  it("met without a target date: target met", () => {
    expect(view(kpi({ target: "10" }), [4, 8, 12]).verdict).toBe("target met");
  });

  it("a KPI short of its target before its date keeps its forecast verdict", () => {
    const k = kpi({ unit: "percent", baseline: "78", target: "90", targetDate: "2026-12-01" });
    expect(["on track", "at risk"]).toContain(view(k, [79, 86, 89, 89.9]).verdict);
  });
});
