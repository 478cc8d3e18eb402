import { describe, expect, it } from "vitest";
import { defaultQuarter, isComplete, parseQuarterParam, previousQuarterEnd, quarterEnd, quarterLabel, quarterOf, quarterParam, quarterStart, resolveQuarter, shiftQuarter } from "./quarter";

describe("parseQuarterParam", () => {
  it("reads YYYY-Qn, case-insensitive and trimmed", () => {
    expect(parseQuarterParam("2026-Q1")).toEqual({ year: 2026, q: 1 });
    expect(parseQuarterParam(" 2025-q4 ")).toEqual({ year: 2025, q: 4 });
    expect(parseQuarterParam(["2024-Q2", "2023-Q1"])).toEqual({ year: 2024, q: 2 });
  });

  it("refuses anything else", () => {
    for (const raw of ["2026-Q0", "2026-Q5", "2026Q1", "26-Q1", "2026-03", "1899-Q1", "", undefined, null, 2026, {}]) expect(parseQuarterParam(raw), String(raw)).toBeNull();
  });

  it("round-trips through quarterParam", () => {
    expect(quarterParam(parseQuarterParam("2026-Q3")!)).toBe("2026-Q3");
    expect(quarterLabel({ year: 2026, q: 3 })).toBe("Q3 2026");
  });
});

describe("quarter months", () => {
  it("knows each quarter's first and last month and the previous quarter's end", () => {
    expect([quarterStart({ year: 2026, q: 1 }), quarterEnd({ year: 2026, q: 1 })]).toEqual(["2026-01-01", "2026-03-01"]);
    expect([quarterStart({ year: 2026, q: 4 }), quarterEnd({ year: 2026, q: 4 })]).toEqual(["2026-10-01", "2026-12-01"]);
    expect(previousQuarterEnd({ year: 2026, q: 1 })).toBe("2025-12-01");
    expect(previousQuarterEnd({ year: 2026, q: 3 })).toBe("2026-06-01");
  });

  it("finds the quarter of a month and shifts across years", () => {
    expect(quarterOf("2026-03-01")).toEqual({ year: 2026, q: 1 });
    expect(quarterOf("2026-04-15")).toEqual({ year: 2026, q: 2 });
    expect(quarterOf("2026-12-01")).toEqual({ year: 2026, q: 4 });
    expect(shiftQuarter({ year: 2026, q: 1 }, -1)).toEqual({ year: 2025, q: 4 });
    expect(shiftQuarter({ year: 2025, q: 4 }, 1)).toEqual({ year: 2026, q: 1 });
    expect(shiftQuarter({ year: 2026, q: 2 }, -9)).toEqual({ year: 2024, q: 1 });
  });

  it("counts a quarter complete once its last month is over", () => {
    expect(isComplete({ year: 2026, q: 1 }, "2026-03-01")).toBe(false);
    expect(isComplete({ year: 2026, q: 1 }, "2026-04-01")).toBe(true);
  });
});

describe("defaultQuarter", () => {
  const today = "2026-05-01"; // Q2 2026 is running; Q1 2026 is the last complete quarter

  it("is the last complete quarter when it has data", () => {
    expect(defaultQuarter({ earliest: "2025-01-01", latest: "2026-05-01" }, today)).toEqual({ year: 2026, q: 1 });
    expect(defaultQuarter({ earliest: "2025-01-01", latest: "2026-03-01" }, today)).toEqual({ year: 2026, q: 1 });
  });

  it("goes back to the last quarter with data when recent quarters have none", () => {
    expect(defaultQuarter({ earliest: "2024-01-01", latest: "2025-08-01" }, today)).toEqual({ year: 2025, q: 3 });
  });

  it("shows the running quarter when it alone has data, and the last complete one when there is none", () => {
    expect(defaultQuarter({ earliest: "2026-04-01", latest: "2026-05-01" }, today)).toEqual({ year: 2026, q: 2 });
    expect(defaultQuarter(null, today)).toEqual({ year: 2026, q: 1 });
    expect(defaultQuarter(null, "2026-01-01")).toEqual({ year: 2025, q: 4 });
  });
});

describe("resolveQuarter", () => {
  const bounds = { earliest: "2025-01-01", latest: "2026-05-01" };
  it("takes a requested quarter that has begun, else the default", () => {
    expect(resolveQuarter("2025-Q2", bounds, "2026-05-01")).toEqual({ year: 2025, q: 2 });
    expect(resolveQuarter("2026-Q2", bounds, "2026-05-01")).toEqual({ year: 2026, q: 2 });
    expect(resolveQuarter("2026-Q3", bounds, "2026-05-01")).toEqual({ year: 2026, q: 1 });
    expect(resolveQuarter("junk", bounds, "2026-05-01")).toEqual({ year: 2026, q: 1 });
    expect(resolveQuarter(undefined, bounds, "2026-05-01")).toEqual({ year: 2026, q: 1 });
  });
});
