import { describe, expect, it } from "vitest";
import { samplePortfolio } from "@/test/fixtures/strategy";
import { filterByCategory, parseStrategyFilters, strategyHref } from "./filters";
import { buildTimeEntries } from "./time-map";

describe("parseStrategyFilters", () => {
  it("accepts known values and ignores anything else", () => {
    expect(parseStrategyFilters({ quadrant: "invest", category: "crm" })).toEqual({ quadrant: "invest", category: "crm" });
    expect(parseStrategyFilters({ quadrant: "INVEST", category: "crm'--" })).toEqual({ quadrant: null, category: null });
    expect(parseStrategyFilters({ quadrant: ["eliminate", "invest"] })).toEqual({ quadrant: "eliminate", category: null });
    expect(parseStrategyFilters({})).toEqual({ quadrant: null, category: null });
  });
});

describe("filterByCategory", () => {
  it("keeps the category's technologies, or all without one", () => {
    const entries = buildTimeEntries(samplePortfolio());
    expect(filterByCategory(entries, "crm").map((e) => e.name)).toEqual(["CRM"]);
    expect(filterByCategory(entries, "hardware")).toEqual([]);
    expect(filterByCategory(entries, null)).toHaveLength(entries.length);
  });
});

describe("strategyHref", () => {
  it("changes one filter and keeps the other", () => {
    const f = { quadrant: "invest" as const, category: "crm" as const };
    expect(strategyHref("acme", f, { quadrant: null })).toBe("/w/acme/strategy?category=crm");
    expect(strategyHref("acme", f, { category: "erp" })).toBe("/w/acme/strategy?quadrant=invest&category=erp");
    expect(strategyHref("acme", { quadrant: null, category: null }, {})).toBe("/w/acme/strategy");
  });
});
