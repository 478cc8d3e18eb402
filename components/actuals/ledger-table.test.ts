import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { LedgerPage, LedgerRow } from "@/db/queries/actuals";
import { parseLedgerParams } from "@/lib/actuals/ledger-params";
import type { Formats } from "@/lib/format";

// Rendered outside Next: the router hooks only need to exist for a server render; the actions are not called.
vi.mock("next/navigation", () => ({
  useRouter: () => ({ push: vi.fn(), replace: vi.fn(), refresh: vi.fn() }),
  usePathname: () => "/w/acme/actuals",
  useSearchParams: () => new URLSearchParams("match=unmatched"),
}));
vi.mock("@/lib/actuals/actions", () => ({ createActualCost: vi.fn(), updateActualCost: vi.fn(), deleteActualCost: vi.fn() }));
const { LedgerTable } = await import("./ledger-table");
const { AddPaymentForm } = await import("./add-payment-form");

const formats: Formats = { locale: "de-DE", currency: "EUR" };
const row = (id: string, overrides: Partial<LedgerRow> = {}): LedgerRow => ({
  id,
  bookedOn: "2026-02-05",
  amountCents: 123_456,
  payee: `Payee ${id}`,
  description: "",
  reference: "",
  source: "imported",
  investmentId: null,
  technologyName: null,
  costCategory: null,
  version: 1,
  ...overrides,
});
const page = (rows: LedgerRow[]): LedgerPage => ({ rows, total: rows.length, totalCents: rows.reduce((s, r) => s + r.amountCents, 0), page: 1, pageCount: 1 });
const technologies = [{ id: "t1", name: "Web shop", mainCostCategory: "subscription" as const }];

function render(rows: LedgerRow[], canEdit: boolean) {
  return renderToStaticMarkup(
    createElement(LedgerTable, { page: page(rows), params: parseLedgerParams({ match: "unmatched" }), slug: "acme", formats, technologies, months: ["2026-02"], canEdit }),
  );
}

describe("LedgerTable", () => {
  it("shows amounts the workspace's way, the technology linked, and unmatched payments flagged", () => {
    const html = render([row("a", { investmentId: "t1", technologyName: "Web shop", costCategory: "subscription" }), row("b", { amountCents: -1_500, payee: "Refund" })], true);
    expect(html).toContain("1.234,56");
    expect(html).toContain("-15,00");
    expect(html).toContain('href="/w/acme/portfolio/t1"');
    expect(html).toContain("Unmatched");
    expect(html).toContain("1.219,56");
    expect(html.match(/data-testid="edit-payment"/g)).toHaveLength(2);
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain("Februar 2026");
  });

  it("gives a viewer no edit or delete buttons", () => {
    const html = render([row("a")], false);
    expect(html).not.toContain("edit-payment");
    expect(html).not.toContain("delete-payment");
  });

  it("offers to clear the filters when nothing matches", () => {
    const html = render([], true);
    expect(html).toContain("No payments match these filters");
    expect(html).toContain('href="/w/acme/actuals"');
  });
});

describe("AddPaymentForm", () => {
  it("on a technology's page files the payment under it, its main category preselected", () => {
    const html = renderToStaticMarkup(createElement(AddPaymentForm, { slug: "acme", formats, today: "2026-03-01", technology: { id: "t1", name: "Web shop", mainCostCategory: "subscription" } }));
    expect(html).toContain('<input type="hidden" name="investmentId" value="t1"/>');
    expect(html).toMatch(/<option value="subscription" selected="">/);
    expect(html).toContain('value="2026-03-01"');
    expect(html).toContain("€");
  });

  it("elsewhere offers the technologies, none meaning unmatched", () => {
    const html = renderToStaticMarkup(createElement(AddPaymentForm, { slug: "acme", formats, today: "2026-03-01", technologies }));
    expect(html).toContain("None (unmatched)");
    expect(html).toContain(">Web shop</option>");
  });
});
