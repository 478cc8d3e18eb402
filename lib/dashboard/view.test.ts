import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { actualBenefits, actualCosts, alignments, benefitItems, costItems, goals, kpiMeasurements } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { annualizeMonthlyRate, irr, monthlyRate, npv, roi } from "@/lib/finance";
import { addRecurringCost, createInvestment, createTenant } from "@/test/factories";
import { addKpi } from "@/test/fixtures/kpis";
import { writeAudit } from "@/db/queries/audit";
import { getDashboard } from "@/lib/dashboard/view";
import { getScorecard } from "@/lib/scorecard/view";

const today = new Date(2026, 5, 20, 12); // 20 Jun 2026

/** Two technologies a year apart: the dashboard lays them on one calendar starting Jan 2025. */
async function twoTechnologies(ctx: TenantCtx) {
  const erp = await createInvestment(ctx, { name: "Erp", category: "erp", goLiveDate: "2025-01-01", usefulLifeMonths: 24 });
  const crm = await createInvestment(ctx, { name: "Crm", category: "crm", goLiveDate: "2025-06-01", usefulLifeMonths: 12, status: "implementing" });
  await db.insert(costItems).values([
    { orgId: ctx.orgId, investmentId: erp.id, category: "licence", kind: "one_time", amountCents: 1_000_000, startMonth: "2025-01-01" },
    { orgId: ctx.orgId, investmentId: crm.id, category: "implementation", kind: "one_time", amountCents: 300_000, startMonth: "2025-06-01" },
  ]);
  await addRecurringCost(ctx, crm.id, 10_000, "monthly", { startMonth: "2025-06-01", endMonth: "2026-05-01" });
  await db.insert(benefitItems).values([
    { orgId: ctx.orgId, investmentId: erp.id, category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 105_000, startMonth: "2025-07-01" },
    { orgId: ctx.orgId, investmentId: crm.id, category: "revenue_increase", kind: "recurring", frequency: "monthly", amountCents: 20_000, startMonth: "2025-07-01" },
  ]);
  return { erp, crm };
}

// The same months combined by hand: Erp's 24 months from Jan 2025, Crm's 12 from Jun 2025.
const benefits = Array.from({ length: 24 }, (_, m) => (m >= 6 ? 105_000 : 0) + (m >= 6 && m <= 16 ? 20_000 : 0));
const costs = Array.from({ length: 24 }, (_, m) => (m === 0 ? 1_000_000 : 0) + (m === 5 ? 300_000 : 0) + (m >= 5 && m <= 16 ? 10_000 : 0));
const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
function figuresOver(months: number) {
  const b = benefits.slice(0, months);
  const c = costs.slice(0, months);
  const net = b.map((x, m) => x - c[m]);
  // NPV: each technology discounted to its own start (Crm's is calendar month 5), then summed.
  const npvCents = ownNpv(erpNet.slice(0, months)) + ownNpv(crmNet.slice(0, Math.max(0, months - 5)));
  return { roi: roi(sum(b), sum(c)), npvCents, irrAnnual: annualizeMonthlyRate(irr(net, 0.01)), costs: sum(c) };
}
const erpNet = Array.from({ length: 24 }, (_, m) => (m >= 6 ? 105_000 : 0) - (m === 0 ? 1_000_000 : 0));
const crmNet = Array.from({ length: 12 }, (_, m) => (m >= 1 ? 20_000 : 0) - (m === 0 ? 300_000 : 0) - 10_000);
const ownNpv = (net: number[]) => (net.length ? Math.round(net[0] + npv(monthlyRate(0.08), net.slice(1))) : 0);

describe("getDashboard", () => {
  it("computes the tiles with lib/finance on the workspace's technologies", async () => {
    const ctx = await createTenant();
    await twoTechnologies(ctx);
    const view = await getDashboard(ctx, { month: "2026-03" }, today);
    const march = figuresOver(15);
    const february = figuresOver(14);
    const plan = figuresOver(24);
    expect(view).toMatchObject({ month: "2026-03-01", calendarStart: "2025-01-01", technologyCount: 2 });
    expect(view.tiles.roi.value).toBeCloseTo(march.roi, 12);
    expect(view.tiles.roi.previous).toBeCloseTo(february.roi, 12);
    expect(view.tiles.roi.plan).toBeCloseTo(plan.roi, 12);
    expect(view.tiles.npvCents).toMatchObject({ value: march.npvCents, previous: february.npvCents, planCents: plan.npvCents });
    expect(view.tiles.irrAnnual.value).toBeCloseTo(march.irrAnnual, 7);
    expect(view.tiles.irrAnnual.plan).toBeCloseTo(plan.irrAnnual, 7);
    expect(view.tiles.tcoCents).toMatchObject({ value: march.costs, previous: february.costs, change: 10_000, planCents: plan.costs });
    expect(view.tiles.runRateCents).toMatchObject({ value: 120_000, previous: 120_000, change: 0 });
    expect(view.tiles.status).toMatchObject({ total: 2, counts: { live: 1, implementing: 1 }, wentLive: 0 });
    expect(view.tiles.npvCents.inputs).toContainEqual({ label: "Months counted", value: "Jan 2025 – Mar 2026 (15 months)" });
    expect(view.spendByCategory).toEqual([{ category: "crm", cents: 400_000 }]); // Apr 2025 – Mar 2026: $3,000 set-up, 10 × $100
    expect(view.months[0]).toBe("2026-06-01"); // no KPI data: up to the current month
  });

  it("scores the perspectives exactly as the scorecard page does for the same month", async () => {
    const ctx = await createTenant();
    await addKpi(ctx, "CSAT", { "2026-01-01": 40, "2026-02-01": 95, "2026-03-01": 30 });
    await addKpi(ctx, "NPS", { "2026-03-01": 70 }, { weight: "3" });
    await addKpi(ctx, "Churn", { "2026-01-01": 8 }, { perspective: "financial", direction: "lower", baseline: "10", target: "5" });
    await addKpi(ctx, "Training", { "2026-02-01": 2 }, { perspective: "learning_growth", baseline: "0", target: "10" });
    for (const month of ["2026-01", "2026-02", "2026-03"]) {
      const [dashboard, scorecard] = await Promise.all([getDashboard(ctx, { month }, today), getScorecard(ctx, { month })]);
      expect(dashboard.perspectives.map((p) => p.score)).toEqual(scorecard.perspectives.map((p) => p.score));
      expect(dashboard.perspectives.map((p) => p.scoredCount)).toEqual(scorecard.perspectives.map((p) => p.scoredCount));
      expect(dashboard.overall.score).toBe(scorecard.overall);
    }
    expect((await getDashboard(ctx, {}, today)).month).toBe("2026-05-01"); // the last complete month, whatever the data
    const march = await getDashboard(ctx, { month: "2026-03" }, today);
    expect(march.month).toBe("2026-03-01");
    const customer = march.perspectives.find((p) => p.perspective === "customer")!;
    expect(customer.previousScore).toBe((await getScorecard(ctx, { month: "2026-02" })).perspectives[1].score);
    expect(march.alerts.kpisTurningRed).toEqual([expect.objectContaining({ name: "CSAT", attainment: 0.3, previousRag: "green" })]);
  });

  it("shows a KPI entered later once its write leaves an audit row", async () => {
    const ctx = await createTenant();
    const csat = await addKpi(ctx, "CSAT", { "2026-05-01": 95 });
    const first = await getDashboard(ctx, {}, today);
    expect(first.perspectives[1].score).toBe(0.95);

    await db.insert(kpiMeasurements).values({ orgId: ctx.orgId, kpiId: csat.id, period: "2026-06-01", value: "20" });
    expect(await getDashboard(ctx, {}, today)).toBe(first); // nothing recorded a change: the finished view is reused

    await writeAudit(ctx, { action: "update", entity: "kpi_measurement", entityId: csat.id });
    const after = await getDashboard(ctx, { month: "2026-06" }, today);
    expect(after.month).toBe("2026-06-01");
    expect(after.perspectives[1]).toMatchObject({ score: 0.2, previousScore: 0.95, rag: "red" });
    expect(after.alerts.kpisTurningRed.map((k) => k.name)).toEqual(["CSAT"]);
    expect(Object.isFrozen(after.tiles)).toBe(true);
  });

  it("lists the goals no technology serves, and renewals due soon", async () => {
    const ctx = await createTenant();
    const tech = await createInvestment(ctx, { name: "Helpdesk" });
    const [served, weak, idle] = await db
      .insert(goals)
      .values([
        { orgId: ctx.orgId, title: "Served", perspective: "customer" },
        { orgId: ctx.orgId, title: "Weakly linked", perspective: "financial" },
        { orgId: ctx.orgId, title: "Idle", perspective: "internal_process" },
      ])
      .returning();
    await db.insert(alignments).values([
      { orgId: ctx.orgId, investmentId: tech.id, goalId: served.id, strength: 3 },
      { orgId: ctx.orgId, investmentId: tech.id, goalId: weak.id, strength: 0 },
    ]);
    await addRecurringCost(ctx, tech.id, 50_000, "annual", { renewalDate: "2025-09-01", noticeDays: 30 });
    const view = await getDashboard(ctx, {}, today);
    expect(view.alerts.goalsWithoutTechnology).toEqual([
      { id: idle.id, title: "Idle", perspective: "internal_process" },
      { id: weak.id, title: "Weakly linked", perspective: "financial" },
    ]);
    expect(view.alerts.renewals).toEqual([
      { investmentId: tech.id, name: "Helpdesk", renewalDate: "2026-09-01", noticeDeadline: "2026-08-02", daysToNotice: 43, daysToRenewal: 73 },
    ]);
  });

  it("falls back to the default month on a malformed or foreign month", async () => {
    const ctx = await createTenant();
    await addKpi(ctx, "NPS", { "2026-02-01": 30 });
    for (const month of ["junk", "2026-13", "' or 1=1 --", ["2031-01"], "1990-01", null]) {
      expect((await getDashboard(ctx, { month }, today)).month).toBe("2026-05-01");
    }
    expect((await getDashboard(ctx, { month: "2025-01" }, today)).month).toBe("2025-01-01");
  });

  it("gives an empty workspace a sane view", async () => {
    const ctx = await createTenant();
    const view = await getDashboard(ctx, {}, today);
    expect(view).toMatchObject({ month: "2026-05-01", calendarStart: null, technologyCount: 0, spendByCategory: [], timeMap: [] });
    expect(view.months).toHaveLength(24);
    expect(view.tiles.roi).toMatchObject({ value: null, plan: null, unavailable: expect.any(String) });
    expect(view.tiles.npvCents).toMatchObject({ value: 0, planCents: 0 });
    expect(view.tiles.status.total).toBe(0);
    expect(view.overall).toEqual({ score: null, rag: null, previousScore: null });
    expect(view.trend).toHaveLength(24);
    expect(view.alerts).toEqual({ kpisTurningRed: [], belowExpectedRoi: [], offPlan: [], renewals: [], goalsWithoutTechnology: [] });
    expect(view.planVsActual).toMatchObject({ withActuals: 0, withoutActuals: 0, unmatched: { count: 0, cents: 0 } });
  });

  it("sets the payments and entered benefits up to the month against the plan, and names the technology furthest off it", async () => {
    const ctx = await createTenant();
    const { erp, crm } = await twoTechnologies(ctx);
    const pay = (investmentId: string | null, bookedOn: string, amountCents: number) => ({ orgId: ctx.orgId, bookedOn, amountCents, investmentId, source: "imported" as const, fingerprint: `${investmentId}:${bookedOn}` });
    await db.insert(actualCosts).values([pay(erp.id, "2025-01-20", 1_300_000), pay(erp.id, "2026-04-02", 5_000), pay(null, "2026-02-02", 2_500), pay(crm.id, "2026-04-10", 10_000)]);
    await db.insert(actualBenefits).values({ orgId: ctx.orgId, investmentId: erp.id, month: "2026-03-01", amountCents: 100_000 });

    const march = await getDashboard(ctx, { month: "2026-03" }, today);
    // Erp from Jan 2025 to Mar 2026 (15 months): 10,000.00 planned, 13,000.00 paid; 9 × 1,050.00 planned benefits, 1,000.00 realised.
    expect(march.planVsActual).toMatchObject({ withActuals: 1, withoutActuals: 1, leftOutOfRoi: 0, unmatched: { count: 1, cents: 2_500 } });
    expect(march.planVsActual.toDate).toMatchObject({ plannedCostCents: 1_000_000, actualCostCents: 1_300_000, plannedBenefitCents: 9 * 105_000, realisedBenefitCents: 100_000 });
    expect(march.planVsActual.toDate.realisedRoi).toBe(roi(100_000, 1_300_000));
    expect(march.alerts.offPlan.map((o) => [o.name, o.offPlanCents])).toEqual([["Erp", 300_000 + 9 * 105_000 - 100_000]]);

    // April adds Erp's and Crm's April payments; Crm is compared from April only.
    const april = await getDashboard(ctx, { month: "2026-04" }, today);
    expect(april.planVsActual).toMatchObject({ withActuals: 2, withoutActuals: 0, roiTechnologies: 1, leftOutOfRoi: 1 });
    expect(april.planVsActual.toDate.actualCostCents).toBe(1_300_000 + 5_000 + 10_000);
  });
});
