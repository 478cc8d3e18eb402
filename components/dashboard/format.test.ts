import { describe, expect, it } from "vitest";
import type { Formats } from "@/lib/format";
import { changeTone, daysLeft, describeChange, describeScoreChange, formatFigure, formatSignedChange, previousMonthLabel, timeToAct } from "./format";

const us = (currency = "USD"): Formats => ({ locale: "en-US", currency });
const de: Formats = { locale: "de-DE", currency: "EUR" };

describe("formatFigure", () => {
  it("writes money, ratios and months, and a dash for a missing value", () => {
    expect(formatFigure(123_456_00, "money", us())).toBe("$123,456");
    expect(formatFigure(0.1234, "ratio", us())).toBe("12.3%");
    expect(formatFigure(18.25, "months", us())).toBe("18.3 months");
    expect(formatFigure(null, "money", us())).toBe("—");
  });

  it("follows the workspace's locale", () => {
    expect(formatFigure(123_456_00, "money", de)).toBe("123.456\u00a0€");
    expect(formatFigure(0.1234, "ratio", de)).toBe("12,3\u00a0%");
    expect(formatFigure(18.25, "months", de)).toBe("18,3 months");
    expect(formatSignedChange(-0.035, "ratio", de)).toBe("−3,5 pts");
    expect(describeChange(250_000, "money", "down", de, "Feb. 2026").text).toBe("+2.500\u00a0€ vs Feb. 2026");
    expect(previousMonthLabel("2026-03-01", ["2026-03-01", "2026-02-01"], "de-DE")).toBe("Feb. 2026");
  });
});

describe("formatSignedChange", () => {
  it("signs the change and writes ratio changes in percentage points", () => {
    expect(formatSignedChange(120_000, "money", us("EUR"))).toBe("+€1,200");
    expect(formatSignedChange(-120_000, "money", us())).toBe("−$1,200");
    expect(formatSignedChange(-0.035, "ratio", us())).toBe("−3.5 pts");
    expect(formatSignedChange(1, "months", us())).toBe("+1.0 months");
  });
});

describe("changeTone", () => {
  it("judges a rise as good for returns and bad for costs", () => {
    expect(changeTone(500_00, "money", "up")).toBe("better");
    expect(changeTone(500_00, "money", "down")).toBe("worse");
    expect(changeTone(-2, "months", "down")).toBe("better");
    expect(changeTone(-0.1, "ratio", "up")).toBe("worse");
  });

  it("calls a change too small to print no change, and a missing one none", () => {
    expect(changeTone(10, "money", "up")).toBe("same");
    expect(changeTone(0.0001, "ratio", "up")).toBe("same");
    expect(changeTone(null, "money", "up")).toBe("none");
  });
});

describe("describeChange", () => {
  it("words a cost increase as a deterioration against the previous month", () => {
    const c = describeChange(250_000, "money", "down", us(), "Feb 2026");
    expect(c).toEqual({ arrow: "▲", text: "+$2,500 vs Feb 2026", tone: "worse", srText: "(a deterioration)" });
  });

  it("stays neutral when there is nothing to compare", () => {
    expect(describeChange(null, "ratio", "up", us(), "Feb 2026")).toMatchObject({ arrow: null, tone: "none", text: "No figure for Feb 2026 to compare" });
    expect(describeChange(null, "ratio", "up", us(), null).text).toBe("No earlier month to compare");
    expect(describeChange(0, "money", "up", us(), "Feb 2026")).toMatchObject({ arrow: "■", text: "Unchanged vs Feb 2026", tone: "same" });
  });
});

describe("describeScoreChange", () => {
  it("writes score changes in whole points", () => {
    expect(describeScoreChange(0.034, "Feb 2026")).toMatchObject({ arrow: "▲", text: "+3 pts vs Feb 2026", tone: "better" });
    expect(describeScoreChange(-0.12, null)).toMatchObject({ arrow: "▼", text: "−12 pts", tone: "worse" });
    expect(describeScoreChange(0.001, "Feb 2026").tone).toBe("same");
    expect(describeScoreChange(null, "Feb 2026").tone).toBe("none");
  });
});

describe("days", () => {
  it("counts days in words", () => {
        expect(daysLeft(0)).toBe("today");
    expect(daysLeft(1)).toBe("tomorrow");
    expect(daysLeft(12)).toBe("in 12 days");
    expect(daysLeft(-3)).toBe("3 days ago");
    expect(timeToAct(0)).toBe("due today");
    expect(timeToAct(1)).toBe("1 day left");
    expect(timeToAct(30)).toBe("30 days left");
    expect(timeToAct(-2)).toBe("passed 2 days ago");
  });
});

describe("previousMonthLabel", () => {
  it("names the month before when the workspace has it", () => {
    expect(previousMonthLabel("2026-03-01", ["2026-03-01", "2026-02-01"], "en-US")).toBe("Feb 2026");
    expect(previousMonthLabel("2026-01-01", ["2026-03-01", "2026-02-01", "2026-01-01"], "en-US")).toBeNull();
  });
});
