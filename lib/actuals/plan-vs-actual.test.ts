import { describe, expect, it } from "vitest";
import { buildCashFlows } from "@/lib/finance";
import { OFF_PLAN_SHARE, planVsActual, portfolioPlanVsActual, type PlanSeries, type RealisedMonth, type TechnologyActuals } from "./plan-vs-actual";

// A subscription of 100.00 a month from January 2026 with a 1,000.00 set-up fee, and a benefit of
// 300.00 a month from March, ramping up over two months (100, 200, then 300).
const series = buildCashFlows({
  costs: [
    { category: "implementation", kind: "one_time", amountCents: 100_000, startMonth: 0 },
    { category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 10_000, startMonth: 0 },
  ],
  benefits: [{ category: "revenue_increase", kind: "recurring", amountCents: 30_000, startMonth: 2, rampUpMonths: 2 }],
  horizonMonths: 24,
});
const plan: PlanSeries = { origin: "2026-01-01", ...series };

function actuals(costs: Record<string, number>, benefits: Record<string, RealisedMonth> = {}): TechnologyActuals {
  return { costsByMonth: new Map(Object.entries(costs)), benefitsByMonth: new Map(Object.entries(benefits)) };
}

describe("planVsActual", () => {
  it("lays the cash-flow builder's plan on the calendar month by month", () => {
    const r = planVsActual(plan, actuals({}), "2026-05-01");
    expect(r.months.map((m) => [m.month, m.plannedCostCents, m.plannedBenefitCents])).toEqual([
      ["2026-01-01", 110_000, 0],
      ["2026-02-01", 10_000, 0],
      ["2026-03-01", 10_000, 10_000],
      ["2026-04-01", 10_000, 20_000],
      ["2026-05-01", 10_000, 30_000],
    ]);
  });

  it("without actuals shows the plan alone: no start of actuals, nothing missing, no realised ROI", () => {
    const r = planVsActual(plan, actuals({}), "2026-05-01");
    expect(r.since).toBeNull();
    expect(r.hasCostActuals).toBe(false);
    expect(r.hasBenefitActuals).toBe(false);
    expect(r.missing).toEqual({ cost: [], benefit: [] });
    expect(r.toDate).toMatchObject({ plannedCostCents: 150_000, actualCostCents: 0, plannedBenefitCents: 60_000, plannedRoi: -0.6, realisedRoi: null });
    expect(r.toDate.realisedRoiUnavailable).toBe("no payments recorded to date");
    expect(r.months.every((m) => m.actualCostCents === null && m.realisedBenefitCents === null)).toBe(true);
  });

  it("variance to date is actual − plan, and ROI realised is on the actuals", () => {
    const r = planVsActual(
      plan,
      actuals(
        { "2026-01-01": 120_000, "2026-02-01": 10_000, "2026-03-01": 10_000, "2026-04-01": 12_000, "2026-05-01": 10_000 },
        { "2026-03-01": { fromKpisCents: 5_000, enteredCents: 0 }, "2026-04-01": { fromKpisCents: 8_000, enteredCents: 4_000 }, "2026-05-01": { fromKpisCents: -1_000, enteredCents: 20_000 } },
      ),
      "2026-05-01",
    );
    expect(r.since).toBe("2026-01-01");
    expect(r.toDate).toEqual({
      plannedCostCents: 150_000,
      actualCostCents: 162_000,
      costVarianceCents: 12_000,
      costVarianceRatio: 0.08,
      plannedBenefitCents: 60_000,
      realisedBenefitCents: 36_000,
      benefitVarianceCents: -24_000,
      plannedRoi: -0.6,
      realisedRoi: (36_000 - 162_000) / 162_000,
      realisedRoiUnavailable: null,
    });
    expect(r.months[4]).toEqual({
      month: "2026-05-01",
      plannedCostCents: 10_000,
      actualCostCents: 10_000,
      plannedBenefitCents: 30_000,
      realisedBenefitCents: 19_000,
      realised: { fromKpisCents: -1_000, enteredCents: 20_000 },
    });
  });

  it("names the months the plan expects a payment or a benefit in and nothing is recorded", () => {
    const r = planVsActual(plan, actuals({ "2026-01-01": 110_000, "2026-03-01": 10_000 }, { "2026-04-01": { fromKpisCents: 20_000, enteredCents: 0 } }), "2026-05-01");
    expect(r.missing).toEqual({ cost: ["2026-02-01", "2026-04-01", "2026-05-01"], benefit: ["2026-03-01", "2026-05-01"] });
  });

  it("compares only the months since the actuals began; the plan before is set apart", () => {
    const r = planVsActual(plan, actuals({ "2026-04-01": 10_000, "2026-05-01": 10_000 }), "2026-05-01");
    expect(r.since).toBe("2026-04-01");
    expect(r.months).toHaveLength(5);
    expect(r.beforeActuals).toEqual({ plannedCostCents: 130_000, plannedBenefitCents: 10_000 });
    expect(r.toDate).toMatchObject({ plannedCostCents: 20_000, actualCostCents: 20_000, costVarianceCents: 0, plannedBenefitCents: 50_000 });
    expect(r.toDate.realisedRoiUnavailable).toBe("no benefit measured or entered to date");
    expect(r.missing).toEqual({ cost: [], benefit: ["2026-04-01", "2026-05-01"] });
  });

  it("starts at a payment made before the plan's first month, and leaves out actuals after the month shown", () => {
    const r = planVsActual(plan, actuals({ "2025-11-01": 50_000, "2026-01-01": 60_000, "2026-03-01": 99_999 }), "2026-02-01");
    expect(r.months.map((m) => m.month)).toEqual(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"]);
    expect(r.toDate).toMatchObject({ plannedCostCents: 120_000, actualCostCents: 110_000, costVarianceCents: -10_000 });
    expect(r.missing.cost).toEqual(["2026-02-01"]);
  });

  it("leaves out a benefit before the plan's first month: the KPI moved before the technology was there", () => {
    const r = planVsActual(plan, actuals({}, { "2025-12-01": { fromKpisCents: 9_000, enteredCents: 0 }, "2026-03-01": { fromKpisCents: 4_000, enteredCents: 0 } }), "2026-03-01");
    expect(r.since).toBe("2026-03-01");
    expect(r.months[0].month).toBe("2026-01-01");
    expect(r.toDate.realisedBenefitCents).toBe(4_000);
  });

  it("a refund lowers the month's actual cost", () => {
    const r = planVsActual(plan, actuals({ "2026-01-01": 110_000, "2026-02-01": -2_500 }), "2026-02-01");
    expect(r.months[1].actualCostCents).toBe(-2_500);
    expect(r.toDate.actualCostCents).toBe(107_500);
  });

  it("has no months before the plan starts when nothing was paid", () => {
    const r = planVsActual(plan, actuals({}), "2025-12-01");
    expect(r.months).toEqual([]);
    expect(r.toDate).toMatchObject({ plannedCostCents: 0, actualCostCents: 0, plannedRoi: null, costVarianceRatio: null });
  });
});

describe("portfolioPlanVsActual", () => {
  const month = "2026-05-01";
  const onPlan = planVsActual(plan, actuals({ "2026-01-01": 110_000, "2026-02-01": 10_000, "2026-03-01": 10_000, "2026-04-01": 10_000, "2026-05-01": 10_000 }), month);
  const over = planVsActual(plan, actuals({ "2026-01-01": 200_000 }, { "2026-05-01": { fromKpisCents: 10_000, enteredCents: 0 } }), month);
  const none = planVsActual(plan, actuals({}), month);
  // Both began in May against a planned cost of 10,000 (no benefit yet): 10% over is the threshold.
  const atThreshold = planVsActual(plan, actuals({ "2026-05-01": 11_000 }, { "2026-05-01": { fromKpisCents: 30_000, enteredCents: 0 } }), month);
  const pastThreshold = planVsActual(plan, actuals({ "2026-05-01": 11_001 }, { "2026-05-01": { fromKpisCents: 30_000, enteredCents: 0 } }), month);

  it("sums the technologies with actuals, each over its own months, and leaves the others out", () => {
    const p = portfolioPlanVsActual(
      [
        { id: "a", name: "On plan", figures: onPlan },
        { id: "b", name: "Over", figures: over },
        { id: "c", name: "Nothing yet", figures: none },
      ],
      month,
    );
    expect(p.withActuals).toBe(2);
    expect(p.withoutActuals).toEqual([{ id: "c", name: "Nothing yet" }]);
    expect(p.toDate).toMatchObject({ plannedCostCents: 300_000, actualCostCents: 350_000, costVarianceCents: 50_000, plannedBenefitCents: 120_000, realisedBenefitCents: 10_000 });
  });

  it("compares ROI like with like: only over the technologies with both payments and benefits recorded", () => {
    const p = portfolioPlanVsActual(
      [
        { id: "a", name: "On plan", figures: onPlan },
        { id: "b", name: "Over", figures: over },
      ],
      month,
    );
    expect(p.roiTechnologies).toBe(1);
    expect(p.leftOutOfRoi).toEqual([{ id: "a", name: "On plan" }]);
    // Over alone: 10,000 realised on 200,000 paid; 60,000 planned on 150,000 planned.
    expect(p.toDate.realisedRoi).toBe((10_000 - 200_000) / 200_000);
    expect(p.toDate.plannedRoi).toBe((60_000 - 150_000) / 150_000);
  });

  it("is worse than plan by 10% of the planned cost at the threshold", () => {
    expect(OFF_PLAN_SHARE).toBe(0.1);
  });

  it("judges a benefit shortfall against the planned benefit: realising 95% is on plan, 85% is not", () => {
    // From March: 30,000 planned cost, 60,000 planned benefit, paid as planned.
    const paid = { "2026-03-01": 10_000, "2026-04-01": 10_000, "2026-05-01": 10_000 };
    const realising = (cents: number) => planVsActual(plan, actuals(paid, { "2026-05-01": { fromKpisCents: cents, enteredCents: 0 } }), month);
    const p = portfolioPlanVsActual(
      [
        { id: "95", name: "Realising 95%", figures: realising(57_000) },
        { id: "85", name: "Realising 85%", figures: realising(51_000) },
      ],
      month,
    );
    expect(p.offPlan.map((o) => [o.id, o.offPlanCents])).toEqual([["85", 9_000]]);
  });

  it("ranks the technologies furthest off plan first: cost overrun plus benefit shortfall, past the threshold only", () => {
    const p = portfolioPlanVsActual(
      [
        { id: "t", name: "At threshold", figures: atThreshold },
        { id: "p", name: "Past threshold", figures: pastThreshold },
        { id: "a", name: "On plan", figures: onPlan },
        { id: "b", name: "Over", figures: over },
      ],
      month,
    );
    // Over: 200,000 paid against 150,000 planned; 10,000 realised against 60,000 planned.
    expect(p.offPlan.map((o) => [o.id, o.offPlanCents])).toEqual([
      ["b", 50_000 + 50_000],
      ["p", 1_001],
    ]);
  });

  it("realised ROI waits for a technology with a benefit: payments alone give none", () => {
    const p = portfolioPlanVsActual([{ id: "a", name: "On plan", figures: onPlan }], month);
    expect(p.toDate).toMatchObject({ realisedRoi: null, plannedRoi: null, realisedRoiUnavailable: "no technology has both payments and benefits recorded yet" });
    expect(p.offPlan).toEqual([]);
  });
});
