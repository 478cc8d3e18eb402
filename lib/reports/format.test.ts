import { describe, expect, it } from "vitest";
import { formatDate, formatFigure, formatFigureChange, formatScoreChange } from "./format";

describe("report formatting", () => {
  it("formats headline figures by kind", () => {
    expect(formatFigure(0.1234, "ratio", "USD")).toBe("12.3%");
    expect(formatFigure(-123_456, "money", "EUR")).toBe("-€1,235");
    expect(formatFigure(1200, "count", "USD")).toBe("1,200");
    expect(formatFigure(null, "money", "USD")).toBe("—");
  });

  it("gives changes a sign, and ratio changes in percentage points", () => {
    expect(formatFigureChange(0.015, "ratio", "USD")).toBe("+1.5 pts");
    expect(formatFigureChange(-250_000, "money", "GBP")).toBe("−£2,500");
    expect(formatFigureChange(0, "count", "USD")).toBe("±0");
    expect(formatFigureChange(null, "ratio", "USD")).toBe("—");
    expect(formatScoreChange(-0.034)).toBe("−3 pts");
    expect(formatScoreChange(0.001)).toBe("±0 pts");
  });

  it("writes dates out in full, in UTC", () => {
    expect(formatDate("2026-04-15")).toBe("April 15, 2026");
    expect(formatDate(new Date("2026-01-31T23:30:00Z"))).toBe("January 31, 2026");
  });
});
