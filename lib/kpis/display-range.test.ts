import { describe, expect, it } from "vitest";
import { kpiUnits } from "@/lib/domain/values";
import { formatKpiValue } from "./format";
import type { Formats } from "@/lib/format";
import { displayDecimals, parseKpiValue, unitRange, UNIT_RULES } from "./unit-rules";

const US: Formats = { locale: "en-US", currency: "USD" };

describe("unitRange: what a forecast may show", () => {
  it("is the range each unit accepts on entry", () => {
    expect(unitRange("percent")).toEqual({ min: 0, max: 100 });
    expect(unitRange("score")).toEqual({ min: -100, max: 100 });
    for (const unit of ["count", "duration", "currency"] as const) expect(unitRange(unit).min).toBe(0);
  });

  it.each(kpiUnits)("%s: its ends can be entered and a step past them cannot", (unit) => {
    const { min, max } = unitRange(unit);
    expect(parseKpiValue(String(min), unit, "en-US")).toEqual({ value: String(min) });
    expect(parseKpiValue(String(max), unit, "en-US")).toEqual({ value: String(max) });
    expect(parseKpiValue(String(min - 0.01), unit, "en-US")).toHaveProperty("error");
    expect(parseKpiValue(String(max + 0.01), unit, "en-US")).toHaveProperty("error");
  });
});

describe("displayDecimals: how finely a KPI's estimates are shown", () => {
  it("defaults by unit: whole counts, percentages, durations and scores to one decimal, money to the cent", () => {
    expect(Object.fromEntries(kpiUnits.map((u) => [u, displayDecimals(u)]))).toEqual({ currency: 2, percent: 1, count: 0, score: 1, duration: 1 });
  });

  it("follows a target or baseline written finer, up to what the unit stores", () => {
    expect(displayDecimals("count", ["1.3000", "1.9000"])).toBe(1); // contacts per client per month
    expect(displayDecimals("count", [1, 3])).toBe(0);
    expect(displayDecimals("percent", ["99.95", 99])).toBe(2); // an uptime target
    expect(displayDecimals("percent", ["12.34567"])).toBe(UNIT_RULES.percent.decimals);
    expect(displayDecimals("currency", [2.5, 4.8])).toBe(2);
    expect(displayDecimals("score", [null, undefined, "", "abc"])).toBe(1);
  });

  it("is what the value formatter shows for a value rounded to it", () => {
    expect(formatKpiValue(0, "count", US)).toBe("0");
    expect(formatKpiValue(100, "percent", US)).toBe("100%");
    expect(formatKpiValue(70.6, "percent", US)).toBe("70.6%");
    expect(formatKpiValue(2.35, "currency", US)).toBe("$2.35");
    expect(formatKpiValue(37.5, "duration", US)).toBe("37.5");
    expect(formatKpiValue(70.6, "percent", { locale: "de-DE", currency: "EUR" })).toBe("70,6\u00a0%");
  });
});
