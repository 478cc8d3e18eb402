import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { benefitItems, costItems } from "@/db/schema";
import { roi } from "@/lib/finance";
import { addRecurringCost, createInvestment, createTenant } from "@/test/factories";
import { writeAudit } from "@/db/queries/audit";
import { getPortfolioModel as loadPortfolioModel, listPortfolio } from "@/lib/portfolio/view";
import { getStrategy } from "./view";

const today = new Date(Date.UTC(2026, 10, 15)); // Nov 2026
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe("getStrategy", () => {
  it("adds the portfolio up by value-chain activity, to the portfolio's totals", async () => {
    const ctx = await createTenant();
    const shop = await createInvestment(ctx, { name: "Shop", valueChainActivity: "marketing_sales", goLiveDate: "2026-01-01", usefulLifeMonths: 24 });
    const crm = await createInvestment(ctx, { name: "CRM", valueChainActivity: "marketing_sales", goLiveDate: "2026-01-01", usefulLifeMonths: 24 });
    const wms = await createInvestment(ctx, { name: "WMS", category: "erp", valueChainActivity: "inbound_logistics", goLiveDate: "2026-01-01", usefulLifeMonths: 24 });
    await db.insert(costItems).values([
      { orgId: ctx.orgId, investmentId: shop.id, category: "licence", kind: "one_time", amountCents: 1_000_000, startMonth: "2026-01-01" },
      { orgId: ctx.orgId, investmentId: crm.id, category: "licence", kind: "one_time", amountCents: 3_000_000, startMonth: "2026-01-01" },
    ]);
    await addRecurringCost(ctx, wms.id, 50_000, "monthly", { startMonth: "2026-01-01" });
    await db.insert(benefitItems).values([
      { orgId: ctx.orgId, investmentId: shop.id, category: "revenue_increase", kind: "one_time", amountCents: 1_500_000, startMonth: "2026-02-01", confidence: "1" },
      { orgId: ctx.orgId, investmentId: crm.id, category: "revenue_increase", kind: "one_time", amountCents: 5_000_000, startMonth: "2026-02-01", confidence: "1" },
    ]);

    const view = await getStrategy(ctx, today);
    const rows = await listPortfolio(ctx, today);
    const { technologies } = await loadPortfolioModel(ctx, today);
    const ms = view.valueChain.activities.find((c) => c.activity === "marketing_sales")!;
    expect(ms).toMatchObject({ count: 2, tcoCents: 4_000_000, benefitsCents: 6_500_000, roi: roi(6_500_000, 4_000_000) });
    const inbound = view.valueChain.activities.find((c) => c.activity === "inbound_logistics")!;
    expect(inbound).toMatchObject({ count: 1, runRateCents: 600_000, tcoCents: 1_200_000, benefitsCents: 0, roi: -1 });
    expect(view.valueChain.totals).toMatchObject({
      count: 3,
      runRateCents: sum(rows.map((r) => r.annualRunRateCents)),
      tcoCents: sum(rows.map((r) => r.tcoCents)),
      npvCents: sum(rows.map((r) => r.npvCents)),
      benefitsCents: sum(technologies.map((t) => t.summary.totalBenefitsCents)),
    });
    expect(view.valueChain.mostSpend).toBe("marketing_sales");
    expect(view.valueChain.bestRoi).toBe("marketing_sales");
    const onMap = rows.flatMap((r) => (r.timeQuadrant === null ? [] : [[r.name, r.timeQuadrant] as const]));
    expect(view.entries.map((e) => [e.name, e.quadrant])).toEqual([...onMap].sort((a, b) => a[0].localeCompare(b[0])));
    expect(view.categories).toEqual([{ category: "crm", count: 2 }, { category: "erp", count: 1 }]);
  });

  it("reuses the view until something is written", async () => {
    const ctx = await createTenant();
    const tech = await createInvestment(ctx, { name: "Mail", valueChainActivity: "service" });
    await addRecurringCost(ctx, tech.id, 1_000, "monthly");
    const first = await getStrategy(ctx, today);
    expect(await getStrategy(ctx, today)).toBe(first);
    expect(Object.isFrozen(first.valueChain)).toBe(true);

    await addRecurringCost(ctx, tech.id, 2_000, "monthly");
    await writeAudit(ctx, { action: "create", entity: "cost_item", entityId: tech.id });
    const second = await getStrategy(ctx, today);
    expect(second).not.toBe(first);
    expect(second.valueChain.activities.find((c) => c.activity === "service")!.runRateCents).toBe(36_000);
  });

  it("is empty for a workspace without technologies", async () => {
    const view = await getStrategy(await createTenant(), today);
    expect(view).toMatchObject({ technologyCount: 0, entries: [], categories: [] });
    expect(view.valueChain.totals.roi).toBeNull();
  });
});
