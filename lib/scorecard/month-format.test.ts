import { describe, expect, it } from "vitest";
import { formatMonth, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { formatKpiChange, formatScore } from "./format";
import { monthRange, parseMonthParam, resolveMonth, shiftMonth, toMonthParam } from "./month";

const us = (currency = "USD"): Formats => ({ locale: "en-US", currency });
const de: Formats = { locale: "de-DE", currency: "EUR" };

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
    expect(formatMonth("2026-03-01", "en-US")).toBe("Mar 2026");
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
    expect(formatKpiValue(1234.5, "currency", us("EUR"))).toBe("€1,235");
    expect(formatKpiValue(2.28, "currency", us("GBP"))).toBe("£2.28"); // a cost per contact keeps its pence
    expect(formatKpiValue(12.345, "percent", us())).toBe("12.345%");
    expect(formatKpiValue(4.5, "duration", us())).toBe("4.5");
    expect(formatKpiValue(1200, "count", us())).toBe("1,200");
  });

  it("follows the workspace's locale", () => {
    expect(formatKpiValue(1234.5, "currency", de)).toBe("1.235\u00a0€");
    expect(formatKpiValue(4.8, "currency", de)).toBe("4,80\u00a0€");
    expect(formatKpiValue(87.5, "percent", de)).toBe("87,5\u00a0%");
    expect(formatKpiValue(1200.25, "count", de)).toBe("1.200,25");
    expect(formatKpiChange(-2.5, "percent", de)).toBe("−2,5 pts");
    expect(formatScore(0.734, "de-DE")).toBe("73\u00a0%");
  });

  it("signs changes, percent changes in points", () => {
    expect(formatKpiChange(-2.5, "percent", us())).toBe("−2.5 pts");
    expect(formatKpiChange(1200, "currency", us())).toBe("+$1,200");
    expect(formatKpiChange(0, "score", us())).toBe("±0");
  });

  it("shows scores as whole percentages", () => {
    expect(formatScore(0.734, "en-US")).toBe("73%");
    expect(formatScore(null, "en-US")).toBe("—");
  });
});
