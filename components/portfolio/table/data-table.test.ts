import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Formats } from "@/lib/format";
import { parseTableParams } from "@/lib/portfolio/table-params";
import { queryPortfolio } from "@/lib/portfolio/table-query";
import type { PortfolioRow } from "@/lib/portfolio/types";
import { DataTable } from "./data-table";

// Rendered outside Next: the router hooks only need to exist for a server render.
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn() }),
  usePathname: () => "/w/acme/portfolio",
  useSearchParams: () => new URLSearchParams("sort=npvCents&dir=desc"),
}));

const row = (id: string, overrides: Partial<PortfolioRow> = {}): PortfolioRow => ({
  id,
  name: `Tech ${id}`,
  vendor: "Acme",
  category: "crm",
  status: "live",
  valueChainActivity: "operations",
  ownerName: null,
  goLiveDate: null,
  usefulLifeMonths: 60,
  version: 1,
  annualRunRateCents: 1_000_00,
  tcoCents: 5_000_00,
  roi: null,
  npvCents: 2_000_00,
  riskAdjustedNpvCents: 1_800_00,
  irrAnnual: 0.25,
  paybackMonths: null,
  alignmentScore: 80,
  riskScore: 16,
  timeQuadrant: "invest",
  businessValue: 70,
  costRisk: 20,
  relativeCost: 0.5,
  missing: ["benefit"],
  nextRenewal: { date: "2026-03-01", noticeDeadline: "2026-02-01" },
  ...overrides,
});

function render(query: string, formats: Formats = { locale: "en-US", currency: "USD" }) {
  const params = parseTableParams(new URLSearchParams(query));
  const result = queryPortfolio([row("a"), row("b", { npvCents: -50_00 })], params, formats.locale);
  return renderToStaticMarkup(
    createElement(DataTable, { result, params, slug: "acme", formats, today: "2026-01-15", categories: ["crm", "erp"], statuses: ["live"] }),
  );
}

describe("DataTable (server render)", () => {
  it("renders rows, sort state, blanks with reasons, notice warnings and totals", () => {
    const html = render("sort=npvCents&dir=desc");
    expect(html).toContain('href="/w/acme/portfolio/a"');
    expect(html).toMatch(/aria-sort="descending"[^>]*>.*?NPV/);
    expect(html).toContain('title="No costs recorded, so there is nothing to return on"');
    expect(html).toContain("Give notice by Feb 1, 2026");
    expect(html).toContain("Total (2 technologies)");
    expect(html).toContain("$1,950");
    expect(html).toContain("No benefit");
  });

  it("writes money, percentages and dates in the workspace's locale", () => {
    const html = render("sort=npvCents&dir=desc", { locale: "de-DE", currency: "EUR" });
    expect(html).toContain("1.950\u00a0€");
    expect(html).toContain("25,0\u00a0%");
    expect(html).toContain("Give notice by 01.02.2026");
  });

  it("leaves hidden columns out", () => {
    const html = render("hide=vendor,npvCents");
    expect(html).not.toContain(">Acme<");
    expect(html).not.toContain("$1,950");
    expect(html).toContain("Tech a");
  });

  it("says when nothing matches", () => {
    expect(render("q=zzz")).toContain("No technologies match these filters");
  });
});
