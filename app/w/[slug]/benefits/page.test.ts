// The benefits pages rendered as the server would, on a real workspace: money figures, the inputs behind them,
// the plan alone where nothing was realised yet, and the same not-found for anyone outside the workspace.
import { format, subMonths } from "date-fns";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { actualBenefits, benefitItems } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { kpiWithValues, session } from "@/test/page-render";

vi.mock("@/lib/auth", async () => (await import("@/test/page-render")).authModule);
vi.mock("next/navigation", async () => (await import("@/test/page-render")).navigationModule);
const BenefitsPage = (await import("./page")).default;
const BeforeAfterPage = (await import("./[id]/page")).default;

// Months relative to today, so the page's default month (the last complete one) has the values.
const month = (back: number) => format(subMonths(new Date(), back), "yyyy-MM-01");
let a: TenantCtx;
let b: TenantCtx;
let ordering: string;

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("owner", { currency: "EUR", locale: "de-DE" }), createTenant("owner")]);
  const start = month(3);
  ordering = (await createInvestment(a, { name: "Online ordering", goLiveDate: start })).id;
  const till = await createInvestment(a, { name: "New till", goLiveDate: start });
  const orders = await kpiWithValues(a, "Online orders", { [month(2)]: "150", [month(1)]: "90" }, { unit: "count", baseline: "100", target: "300" });
  const line = { orgId: a.orgId, category: "revenue_increase" as const, kind: "recurring" as const, frequency: "monthly" as const, amountCents: 30_000, startMonth: start };
  await db.insert(benefitItems).values([
    { ...line, investmentId: ordering, kpiId: orders.id, valuePerUnitCents: 400 },
    { ...line, investmentId: till.id },
  ]);
  await db.insert(actualBenefits).values({ orgId: a.orgId, investmentId: ordering, month: month(1), amountCents: 12_345, description: "Marketplace payout" });
});

beforeEach(() => {
  session.current = null;
});

const render = async (slug: string) => renderToStaticMarkup(await BenefitsPage({ params: Promise.resolve({ slug }), searchParams: Promise.resolve({}) }));

describe("benefits page", () => {
  it("shows realised benefits in money, the KPI inputs behind them, and the plan alone where nothing was realised", async () => {
    session.current = { user: { id: a.userId } };
    const html = await render(a.org.slug);
    expect(html.match(/data-testid="benefits-row"/g)).toHaveLength(2);
    // Rows by name: the till first.
    const tillRow = html.slice(html.indexOf("New till"), html.indexOf("Online ordering"));
    const orderingRow = html.slice(html.indexOf("Online ordering"));
    // 50 orders above the baseline × 4,00 €, then 10 below (−40,00 €) plus 123,45 € entered.
    expect(orderingRow).toContain("283"); // 200 − 40 + 123,45 = 283,45 € realised to date
    // Money the de-DE way, with its non-breaking space before the euro sign.
    expect(orderingRow.replace(/\u00a0/g, " ")).toContain("90 against a baseline of 100 (higher is better): 10 worse × 4,00 € per unit = -40,00 €");
    expect(orderingRow).toContain("Entered for");
    expect(tillRow).toContain("No actuals yet");
    expect(html).toContain('data-testid="benefits-how"');
    expect(html).not.toContain('data-testid="benefits-no-actuals"');
  });

  it("its before/after page states the technology's money figures", async () => {
    session.current = { user: { id: a.userId } };
    const page = await BeforeAfterPage({ params: Promise.resolve({ slug: a.org.slug, id: ordering }), searchParams: Promise.resolve({}) });
    const html = renderToStaticMarkup(page);
    expect(html).toContain('data-testid="realisation-summary"');
    expect(html).toContain("Benefits realised to date");
    expect(html).toContain("No KPIs are linked to this technology yet.");
  });

  it("is not found for a member of another workspace", async () => {
    session.current = { user: { id: b.userId } };
    await expect(render(a.org.slug)).rejects.toThrow();
  });
});
