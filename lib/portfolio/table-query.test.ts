import { describe, expect, it } from "vitest";
import { parseTableParams } from "./table-params";
import { filterSortPortfolio, queryPortfolio, sortColumns, type TableQuery } from "./table-query";
import type { PortfolioRow } from "./types";

let seq = 0;
function row(overrides: Partial<PortfolioRow> = {}): PortfolioRow {
  seq += 1;
  return {
    id: `t${seq}`,
    name: `Tech ${seq}`,
    vendor: "Acme",
    category: "crm",
    status: "live",
    valueChainActivity: "operations",
    ownerName: "Olive Owner",
    goLiveDate: "2024-01-01",
    usefulLifeMonths: 60,
    version: 1,
    annualRunRateCents: 100_00,
    tcoCents: 1_000_00,
    roi: 0.1,
    npvCents: 500_00,
    riskAdjustedNpvCents: 400_00,
    irrAnnual: 0.12,
    paybackMonths: 18,
    alignmentScore: 50,
    riskScore: 6,
    timeQuadrant: "invest",
    businessValue: 70,
    costRisk: 20,
    relativeCost: 0.5,
    missing: [],
    nextRenewal: { date: "2026-06-01", noticeDeadline: "2026-04-01" },
    ...overrides,
  };
}

const base: TableQuery = { q: "", category: [], status: [], missing: null, sort: "name", dir: "asc", page: 1, pageSize: 25 };
const q = (overrides: Partial<TableQuery>): TableQuery => ({ ...base, ...overrides });
const names = (rows: PortfolioRow[]) => rows.map((r) => r.name);

describe("sorting", () => {
  const rows = [
    row({ name: "B", roi: 0.5, irrAnnual: null, nextRenewal: null }),
    row({ name: "a", roi: null, irrAnnual: 0.2, nextRenewal: { date: "2026-03-01", noticeDeadline: null } }),
    row({ name: "C", roi: -0.2, irrAnnual: 0.1, nextRenewal: { date: "2025-12-01", noticeDeadline: null } }),
    row({ name: "D", roi: null, irrAnnual: Number.NaN, nextRenewal: { date: "2027-01-01", noticeDeadline: null } }),
  ];

  it("sorts text case-insensitively in both directions", () => {
    expect(names(filterSortPortfolio(rows, q({ sort: "name" })))).toEqual(["a", "B", "C", "D"]);
    expect(names(filterSortPortfolio(rows, q({ sort: "name", dir: "desc" })))).toEqual(["D", "C", "B", "a"]);
  });

  it("puts nulls last ascending and descending", () => {
    expect(names(filterSortPortfolio(rows, q({ sort: "roi" })))).toEqual(["C", "B", "a", "D"]);
    expect(names(filterSortPortfolio(rows, q({ sort: "roi", dir: "desc" })))).toEqual(["B", "C", "a", "D"]);
  });

  it("treats a non-finite figure as missing", () => {
    expect(names(filterSortPortfolio(rows, q({ sort: "irrAnnual", dir: "desc" })))).toEqual(["a", "C", "B", "D"]);
  });

  it("sorts renewals by date with none last", () => {
    expect(names(filterSortPortfolio(rows, q({ sort: "nextRenewal" })))).toEqual(["C", "a", "D", "B"]);
    expect(names(filterSortPortfolio(rows, q({ sort: "nextRenewal", dir: "desc" })))).toEqual(["D", "a", "C", "B"]);
  });

  it("is stable: ties keep their input order in both directions", () => {
    const tied = [row({ name: "x1", riskScore: 4 }), row({ name: "x2", riskScore: 9 }), row({ name: "x3", riskScore: 4 }), row({ name: "x4", riskScore: null }), row({ name: "x5", riskScore: null })];
    expect(names(filterSortPortfolio(tied, q({ sort: "riskScore" })))).toEqual(["x1", "x3", "x2", "x4", "x5"]);
    expect(names(filterSortPortfolio(tied, q({ sort: "riskScore", dir: "desc" })))).toEqual(["x2", "x1", "x3", "x4", "x5"]);
  });

  it("orders status by lifecycle and quadrant by TIME", () => {
    const s = [row({ name: "r", status: "retired" }), row({ name: "p", status: "proposed" }), row({ name: "l", status: "live" })];
    expect(names(filterSortPortfolio(s, q({ sort: "status" })))).toEqual(["p", "l", "r"]);
    const t = [row({ name: "e", timeQuadrant: "eliminate" }), row({ name: "i", timeQuadrant: "invest" }), row({ name: "t", timeQuadrant: "tolerate" })];
    expect(names(filterSortPortfolio(t, q({ sort: "timeQuadrant" })))).toEqual(["t", "i", "e"]);
  });

  it.each(sortColumns)("sorts by %s without throwing, keeping every row", (sort) => {
    for (const dir of ["asc", "desc"] as const) expect(filterSortPortfolio(rows, q({ sort, dir }))).toHaveLength(rows.length);
  });
});

describe("filtering", () => {
  const rows = [
    row({ name: "Salesforce", vendor: "Salesforce Inc", category: "crm", status: "live", ownerName: "Maria Lopez", missing: [] }),
    row({ name: "Odoo", vendor: "Odoo SA", category: "erp", status: "proposed", ownerName: null, missing: ["owner", "benefit"] }),
    row({ name: "HubSpot", vendor: "HubSpot", category: "crm", status: "proposed", ownerName: "Tom", missing: ["risk"] }),
    row({ name: "Slack", vendor: "Salesforce Inc", category: "collaboration", status: "retired", ownerName: "Maria Lopez", missing: ["goal"] }),
  ];

  it("searches name, vendor and owner case-insensitively", () => {
    expect(names(filterSortPortfolio(rows, q({ q: "SALESFORCE" })))).toEqual(["Salesforce", "Slack"]);
    expect(names(filterSortPortfolio(rows, q({ q: "  lopez " })))).toEqual(["Salesforce", "Slack"]);
    expect(names(filterSortPortfolio(rows, q({ q: "odo" })))).toEqual(["Odoo"]);
    expect(filterSortPortfolio(rows, q({ q: "nothing like it" }))).toEqual([]);
  });

  it("filters by several categories and statuses", () => {
    expect(names(filterSortPortfolio(rows, q({ category: ["crm", "erp"] })))).toEqual(["HubSpot", "Odoo", "Salesforce"]);
    expect(names(filterSortPortfolio(rows, q({ status: ["proposed", "retired"] })))).toEqual(["HubSpot", "Odoo", "Slack"]);
  });

  it("filters by a missing item or by anything missing", () => {
    expect(names(filterSortPortfolio(rows, q({ missing: "owner" })))).toEqual(["Odoo"]);
    expect(names(filterSortPortfolio(rows, q({ missing: "risk" })))).toEqual(["HubSpot"]);
    expect(names(filterSortPortfolio(rows, q({ missing: "any" })))).toEqual(["HubSpot", "Odoo", "Slack"]);
  });

  it("combines every filter with AND", () => {
    expect(names(filterSortPortfolio(rows, q({ category: ["crm"], status: ["proposed"] })))).toEqual(["HubSpot"]);
    expect(names(filterSortPortfolio(rows, q({ q: "salesforce", status: ["retired"], missing: "goal" })))).toEqual(["Slack"]);
    expect(filterSortPortfolio(rows, q({ category: ["erp"], missing: "risk" }))).toEqual([]);
  });
});

describe("pagination and totals", () => {
  const rows = Array.from({ length: 23 }, (_, i) =>
    row({ name: `N${String(i).padStart(2, "0")}`, category: i % 2 ? "erp" : "crm", annualRunRateCents: 100, tcoCents: 1000, npvCents: i }),
  );

  it("returns the requested page and the page count", () => {
    const result = queryPortfolio(rows, q({ page: 2, pageSize: 10 }));
    expect(names(result.rows)).toEqual(names(rows.slice(10, 20)));
    expect(result).toMatchObject({ total: 23, pageCount: 3, page: 2 });
  });

  it("returns a short last page", () => {
    expect(queryPortfolio(rows, q({ page: 3, pageSize: 10 })).rows).toHaveLength(3);
  });

  it("clamps a page past the end to the last page, and below 1 to the first", () => {
    const past = queryPortfolio(rows, q({ page: 99, pageSize: 10 }));
    expect(past.page).toBe(3);
    expect(names(past.rows)).toEqual(["N20", "N21", "N22"]);
    expect(queryPortfolio(rows, q({ page: 0, pageSize: 10 })).page).toBe(1);
    expect(queryPortfolio(rows, q({ page: Number.NaN, pageSize: 10 })).page).toBe(1);
  });

  it("has one empty page when nothing matches, with zero totals", () => {
    const result = queryPortfolio(rows, q({ q: "zzz", page: 4 }));
    expect(result).toEqual({ rows: [], total: 0, pageCount: 1, page: 1, totals: { annualRunRateCents: 0, tcoCents: 0, npvCents: 0, proposedCount: 0 } });
  });

  it("totals the filtered set, not just the page", () => {
    const result = queryPortfolio(rows, q({ category: ["crm"], pageSize: 10 }));
    expect(result.total).toBe(12);
    expect(result.rows).toHaveLength(10);
    expect(result.totals).toEqual({ annualRunRateCents: 1200, tcoCents: 12000, npvCents: 0 + 2 + 4 + 6 + 8 + 10 + 12 + 14 + 16 + 18 + 20 + 22, proposedCount: 0 });
  });

  it("orders 2,000 technologies by any column, nulls last (speed is measured by npm run bench:portfolio)", () => {
    const many = Array.from({ length: 2000 }, (_, i) => row({ name: `Bulk ${i}`, npvCents: (i * 7919) % 1000, roi: i % 5 ? i / 100 : null }));
    for (const sort of sortColumns) expect(queryPortfolio(many, q({ sort, dir: "desc", q: "bulk" })).total).toBe(2000);
    const byRoi = filterSortPortfolio(many, { ...q({ sort: "roi", dir: "desc" }) }).map((r) => r.roi);
    const present = byRoi.filter((v): v is number => v !== null);
    expect(present).toEqual([...present].sort((a, b) => b - a));
    expect(byRoi.slice(present.length)).toEqual(new Array(400).fill(null));
  });
});

describe("parseTableParams", () => {
  it("falls back to defaults for junk", () => {
    expect(parseTableParams({ sort: "drop table", dir: "sideways", page: "-3", pageSize: "33", missing: "soul", category: "nope" })).toEqual({
      q: "",
      category: [],
      status: [],
      missing: null,
      sort: "name",
      dir: "asc",
      page: 1,
      pageSize: 25,
      hide: [],
    });
  });

  it("reads repeated and comma-separated lists, keeping only known values", () => {
    const parsed = parseTableParams(new URLSearchParams("category=crm&category=erp,bogus&status=live&hide=vendor,name,irrAnnual&hide=vendor"));
    expect(parsed.category).toEqual(["crm", "erp"]);
    expect(parsed.status).toEqual(["live"]);
    expect(parsed.hide).toEqual(["vendor", "irrAnnual"]);
  });

  it("reads valid scalars", () => {
    expect(parseTableParams({ q: " crm ", sort: "npvCents", dir: "desc", page: "3", pageSize: "100", missing: "any" })).toMatchObject({
      q: "crm",
      sort: "npvCents",
      dir: "desc",
      page: 3,
      pageSize: 100,
      missing: "any",
    });
  });

  it("takes the first of a repeated scalar", () => {
    expect(parseTableParams({ page: ["2", "5"] }).page).toBe(2);
  });
});
