import { describe, expect, it } from "vitest";
import type { WorkspaceOverviewRow } from "./overview";
import { nextSort, overviewLocale, parseOverviewSort, sortOverview } from "./sort";

const none = { score: null, rag: null };
function row(name: string, over: Partial<WorkspaceOverviewRow> = {}): WorkspaceOverviewRow {
  return {
    slug: name.toLowerCase(),
    name,
    industry: "other",
    role: "owner",
    currency: "USD",
    locale: "en-US",
    month: "2026-06-01",
    lastMonthWithData: null,
    technologyCount: 1,
    roi: null,
    npvCents: 0,
    annualSpendCents: 0,
    perspectives: { financial: none, customer: none, internal_process: none, learning_growth: none },
    redKpis: 0,
    ...over,
  };
}

const names = (rows: WorkspaceOverviewRow[]) => rows.map((r) => r.name);

describe("parseOverviewSort", () => {
  it("reads ?sort=&dir= and falls back to the name, ascending, on anything else", () => {
    expect(parseOverviewSort({ sort: "npv", dir: "desc" })).toEqual({ sort: "npv", dir: "desc" });
    expect(parseOverviewSort({ sort: ["customer", "x"], dir: ["asc"] })).toEqual({ sort: "customer", dir: "asc" });
    expect(parseOverviewSort({ sort: "drop table", dir: "sideways" })).toEqual({ sort: "name", dir: "asc" });
    expect(parseOverviewSort({})).toEqual({ sort: "name", dir: "asc" });
  });
});

describe("sortOverview", () => {
  const rows = [
    row("Bravo", { roi: 0.5, npvCents: 100, currency: "EUR", role: "viewer", lastMonthWithData: "2026-05-01" }),
    row("alpha", { roi: null, npvCents: -500, role: "admin" }),
    row("Charlie", { roi: -0.2, npvCents: 100, redKpis: 3, perspectives: { ...row("x").perspectives, customer: { score: 0.7, rag: "amber" } } }),
  ];

  it("sorts numbers by value either way, with missing values last both ways", () => {
    expect(names(sortOverview(rows, { sort: "roi", dir: "desc" }))).toEqual(["Bravo", "Charlie", "alpha"]);
    expect(names(sortOverview(rows, { sort: "roi", dir: "asc" }))).toEqual(["Charlie", "Bravo", "alpha"]);
    expect(names(sortOverview(rows, { sort: "customer", dir: "asc" }))).toEqual(["Charlie", "alpha", "Bravo"]);
    expect(names(sortOverview(rows, { sort: "last_month", dir: "asc" }))).toEqual(["Bravo", "alpha", "Charlie"]);
  });

  it("sorts money by amount whatever the currency, ties by name; text case-blind; roles by rank", () => {
    expect(names(sortOverview(rows, { sort: "npv", dir: "desc" }))).toEqual(["Bravo", "Charlie", "alpha"]);
    expect(names(sortOverview(rows, { sort: "name", dir: "asc" }))).toEqual(["alpha", "Bravo", "Charlie"]);
    expect(names(sortOverview(rows, { sort: "role", dir: "asc" }))).toEqual(["Charlie", "alpha", "Bravo"]);
    expect(names(sortOverview(rows, { sort: "red_kpis", dir: "desc" }))).toEqual(["Charlie", "alpha", "Bravo"]);
    expect(names(rows)).toEqual(["Bravo", "alpha", "Charlie"]); // the input is left alone
  });
});

describe("overviewLocale", () => {
  it("reads the list in the locale its workspaces share, else the default", () => {
    expect(overviewLocale([row("a", { locale: "de-DE" }), row("b", { locale: "de-DE" })])).toBe("de-DE");
    expect(overviewLocale([row("a", { locale: "de-DE" }), row("b", { locale: "fr-FR" })])).toBe("en-US");
    expect(overviewLocale([])).toBe("en-US");
  });

  it("sorts names case- and accent-blind in that locale, ties by the exact name", () => {
    const named = [row("Zeta"), row("Öko"), row("oak"), row("Ober")];
    expect(names(sortOverview(named, { sort: "name", dir: "asc" }, "de-DE"))).toEqual(["oak", "Ober", "Öko", "Zeta"]);
  });
});

describe("nextSort", () => {
  it("flips the current column and starts a new one where it reads best", () => {
    expect(nextSort({ sort: "npv", dir: "desc" }, "npv")).toEqual({ sort: "npv", dir: "asc" });
    expect(nextSort({ sort: "name", dir: "asc" }, "roi")).toEqual({ sort: "roi", dir: "desc" });
    expect(nextSort({ sort: "roi", dir: "desc" }, "name")).toEqual({ sort: "name", dir: "asc" });
  });
});
