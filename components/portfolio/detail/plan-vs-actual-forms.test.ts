import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { Formats } from "@/lib/format";

vi.mock("next/navigation", async () => (await import("@/test/page-render")).navigationModule);
vi.mock("@/lib/actuals/actions", () => ({ createActualCost: vi.fn() }));
vi.mock("@/lib/actuals/benefit-actions", () => ({ createActualBenefit: vi.fn(), updateActualBenefit: vi.fn(), deleteActualBenefit: vi.fn() }));
const { PlanVsActualForms } = await import("./plan-vs-actual-forms");

const formats: Formats = { locale: "en-US", currency: "USD" };
const technology = {
  id: "t1",
  name: "Web shop",
  costs: [
    { category: "implementation" as const, amountCents: 50_000 },
    { category: "subscription" as const, amountCents: 90_000 },
  ],
};
const entries = [{ id: "b1", version: 1, month: "2026-02-01", amountCents: 123_400, description: "Online orders" }];

const render = (canEdit: boolean) =>
  renderToStaticMarkup(createElement(PlanVsActualForms, { slug: "acme", technology, formats, today: "2026-03-14", benefitMonth: "2026-02", benefitEntries: entries, canEdit }));

describe("the plan against actual forms", () => {
  it("lets a member record a payment for the technology, its largest cost line's category preselected, beside its entered benefits", () => {
    const html = render(true);
    expect(html).toContain('aria-label="Add a payment for Web shop"');
    expect(html).toContain('name="investmentId" value="t1"');
    expect(html).toMatch(/<option value="subscription" selected="">/);
    expect(html).toContain('value="2026-03-14"');
    expect(html).toContain("$1,234");
    expect(html).toContain("Online orders");
  });

  it("shows a viewer the entered benefits and no payment form", () => {
    const html = render(false);
    expect(html).not.toContain('data-testid="add-payment-form"');
    expect(html).toContain('data-testid="actual-benefits"');
    expect(html).toContain("Online orders");
  });
});
