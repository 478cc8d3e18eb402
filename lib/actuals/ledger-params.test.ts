import { describe, expect, it } from "vitest";
import { monthRange, parseLedgerParams } from "./ledger-params";

describe("parseLedgerParams", () => {
  it("starts with every payment, newest first, 25 a page", () => {
    expect(parseLedgerParams({})).toEqual({ match: null, technology: null, month: null, sort: "bookedOn", dir: "desc", page: 1, pageSize: 25 });
  });

  it("reads the filters, sort and page from the query string", () => {
    const technology = "0b0c2d9e-8a3f-4f0e-9a51-2b7c1d3e4f50";
    expect(parseLedgerParams(new URLSearchParams(`match=unmatched&technology=${technology}&month=2026-02&sort=amountCents&dir=asc&page=3&pageSize=50`))).toEqual({
      match: "unmatched",
      technology,
      month: "2026-02",
      sort: "amountCents",
      dir: "asc",
      page: 3,
      pageSize: 50,
    });
  });

  it("falls back field by field on a hand-edited URL instead of failing the page", () => {
    expect(parseLedgerParams({ match: "some", technology: "'; drop table", month: "2026-13", sort: "fingerprint", dir: "up", page: "-2", pageSize: "7" })).toEqual(parseLedgerParams({}));
    expect(parseLedgerParams({ match: ["matched", "unmatched"] }).match).toBe("matched");
  });
});

describe("monthRange", () => {
  it("runs from the first of the month to the first of the next, across a year end", () => {
    expect(monthRange("2026-02")).toEqual({ from: "2026-02-01", to: "2026-03-01" });
    expect(monthRange("2025-12")).toEqual({ from: "2025-12-01", to: "2026-01-01" });
  });
});
