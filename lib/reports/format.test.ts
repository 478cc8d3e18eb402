import { describe, expect, it } from "vitest";
import type { Formats } from "@/lib/format";
import { formatFigure, formatFigureChange, formatScoreChange } from "./format";

const us = (currency = "USD"): Formats => ({ locale: "en-US", currency });

describe("report formatting", () => {
  it("formats headline figures by kind", () => {
    expect(formatFigure(0.1234, "ratio", us())).toBe("12.3%");
    expect(formatFigure(-123_456, "money", us("EUR"))).toBe("-€1,235");
    expect(formatFigure(1200, "count", us())).toBe("1,200");
    expect(formatFigure(null, "money", us())).toBe("—");
  });

  it("gives changes a sign, and ratio changes in percentage points", () => {
    expect(formatFigureChange(0.015, "ratio", us())).toBe("+1.5 pts");
    expect(formatFigureChange(-250_000, "money", us("GBP"))).toBe("−£2,500");
    expect(formatFigureChange(0, "count", us())).toBe("±0");
    expect(formatFigureChange(null, "ratio", us())).toBe("—");
    expect(formatScoreChange(-0.034)).toBe("−3 pts");
    expect(formatScoreChange(0.001)).toBe("±0 pts");
  });

  it("writes the figures in the workspace's locale", () => {
    const de: Formats = { locale: "de-DE", currency: "EUR" };
    expect(formatFigure(0.1234, "ratio", de)).toBe("12,3\u00a0%");
    expect(formatFigure(-123_456, "money", de)).toBe("-1.235\u00a0€");
    expect(formatFigureChange(0.015, "ratio", de)).toBe("+1,5 pts");
    expect(formatFigureChange(1200, "count", de)).toBe("+1.200");
  });
});
