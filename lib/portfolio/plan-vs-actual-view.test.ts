import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { actualBenefits, actualCosts, benefitItems, costItems } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { getTechnologyDetail, getTechnologyPlanVsActual } from "./view";

const today = new Date(2026, 4, 20, 12); // 20 May 2026: figures run to the end of April

/** A 1,000.00 set-up in January 2026, 100.00 a month after it, and 300.00 a month of benefit from March. */
async function shop(ctx: TenantCtx) {
  const inv = await createInvestment(ctx, { name: "Web shop", goLiveDate: "2026-01-01", usefulLifeMonths: 24 });
  await db.insert(costItems).values([
    { orgId: ctx.orgId, investmentId: inv.id, category: "implementation", kind: "one_time", amountCents: 100_000, startMonth: "2026-01-01" },
    { orgId: ctx.orgId, investmentId: inv.id, category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 10_000, startMonth: "2026-02-01" },
  ]);
  await db.insert(benefitItems).values({ orgId: ctx.orgId, investmentId: inv.id, category: "revenue_increase", kind: "recurring", frequency: "monthly", amountCents: 30_000, startMonth: "2026-03-01" });
  return inv;
}

const pay = (ctx: TenantCtx, investmentId: string | null, bookedOn: string, amountCents: number) => ({
  orgId: ctx.orgId,
  bookedOn,
  amountCents,
  investmentId,
  source: "typed" as const,
  fingerprint: `typed:${investmentId}:${bookedOn}:${amountCents}`,
});

describe("getTechnologyPlanVsActual", () => {
  it("without actuals is the plan to date, labelled as having none", async () => {
    const ctx = await createTenant();
    const inv = await shop(ctx);
    const { figures } = await getTechnologyPlanVsActual(ctx, await getTechnologyDetail(ctx, inv.id, today), today);
    expect(figures).toMatchObject({ month: "2026-04-01", since: null, hasCostActuals: false, hasBenefitActuals: false });
    expect(figures.toDate).toMatchObject({ plannedCostCents: 130_000, actualCostCents: 0, plannedBenefitCents: 60_000, realisedRoi: null });
  });

  it("sets the technology's payments and entered benefits against its plan, and nobody else's", async () => {
    const ctx = await createTenant();
    const other = await createTenant();
    const inv = await shop(ctx);
    const till = await createInvestment(ctx, { name: "Till" });
    await db.insert(actualCosts).values([
      pay(ctx, inv.id, "2026-01-12", 120_000),
      pay(ctx, inv.id, "2026-02-03", 10_000),
      pay(ctx, inv.id, "2026-04-03", 10_000),
      pay(ctx, inv.id, "2026-04-28", -2_000),
      pay(ctx, inv.id, "2026-05-03", 10_000), // after the month shown
      pay(ctx, till.id, "2026-03-03", 55_000),
      pay(ctx, null, "2026-03-04", 7_000),
    ]);
    await db.insert(actualBenefits).values([
      { orgId: ctx.orgId, investmentId: inv.id, month: "2026-03-01", amountCents: 25_000 },
      { orgId: ctx.orgId, investmentId: inv.id, month: "2026-04-01", amountCents: 41_000 },
    ]);
    const { figures, kpiInputs } = await getTechnologyPlanVsActual(ctx, await getTechnologyDetail(ctx, inv.id, today), today);
    expect(figures.since).toBe("2026-01-01");
    expect(figures.months.map((m) => [m.month, m.actualCostCents, m.realisedBenefitCents])).toEqual([
      ["2026-01-01", 120_000, null],
      ["2026-02-01", 10_000, null],
      ["2026-03-01", null, 25_000],
      ["2026-04-01", 8_000, 41_000],
    ]);
    expect(figures.toDate).toMatchObject({ plannedCostCents: 130_000, actualCostCents: 138_000, costVarianceCents: 8_000, realisedBenefitCents: 66_000, benefitVarianceCents: 6_000 });
    expect(figures.toDate.realisedRoi).toBe((66_000 - 138_000) / 138_000);
    expect(figures.missing).toEqual({ cost: ["2026-03-01"], benefit: [] });
    expect(kpiInputs).toEqual([]);

    await expect(getTechnologyPlanVsActual(other, await getTechnologyDetail(ctx, inv.id, today), today).then((r) => r.figures.since)).resolves.toBeNull();
  });
});
