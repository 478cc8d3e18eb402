import { describe, expect, it } from "vitest";
import { formatKpiChange, formatKpiValue, formatScore } from "./format";
import { formatMonth, monthRange, parseMonthParam, resolveMonth, shiftMonth, toMonthParam } from "./month";

describe("month parameter", () => {
  it("accepts YYYY-MM only", () => {
    expect(parseMonthParam("2026-03")).toBe("2026-03-01");
    for (const bad of [undefined, "", "2026-13", "2026-00", "2026-3", "2026-03-01", "junk", ["2026-03"], 202603, "0000-01"]) {
      expect(parseMonthParam(bad)).toBeNull();
    }
  });

  it("shifts across years and round-trips to the URL form", () => {
    expect(shiftMonth("2026-01-01", -1)).toBe("2025-12-01");
    expect(shiftMonth("2025-12-01", 13)).toBe("2027-01-01");
    expect(toMonthParam("2026-03-01")).toBe("2026-03");
    expect(formatMonth("2026-03-01")).toBe("Mar 2026");
  });

  it("resolves to the data's range and lists it newest first", () => {
    const bounds = { earliest: "2025-11-01", latest: "2026-02-01" };
    expect(resolveMonth(null, bounds)).toBe("2026-02-01");
    expect(resolveMonth("2025-12-01", bounds)).toBe("2025-12-01");
    expect(resolveMonth("2026-12-01", null)).toBeNull();
    expect(monthRange(bounds.earliest, bounds.latest)).toEqual(["2026-02-01", "2026-01-01", "2025-12-01", "2025-11-01"]);
  });
});

describe("KPI value formatting", () => {
  it("formats by unit; currency values are major units turned into cents", () => {
    expect(formatKpiValue(1234.5, "currency", "EUR")).toBe("€1,235");
    expect(formatKpiValue(2.28, "currency", "GBP")).toBe("£2.28"); // a cost per contact keeps its pence
    expect(formatKpiValue(12.345, "percent", "USD")).toBe("12.345%");
    expect(formatKpiValue(4.5, "duration", "USD")).toBe("4.5");
    expect(formatKpiValue(1200, "count", "USD")).toBe("1,200");
  });

  it("signs changes, percent changes in points", () => {
    expect(formatKpiChange(-2.5, "percent", "USD")).toBe("−2.5 pts");
    expect(formatKpiChange(1200, "currency", "USD")).toBe("+$1,200");
    expect(formatKpiChange(0, "score", "USD")).toBe("±0");
  });

  it("shows scores as whole percentages", () => {
    expect(formatScore(0.734)).toBe("73%");
    expect(formatScore(null)).toBe("—");
  });
});
