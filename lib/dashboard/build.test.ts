import { describe, expect, it } from "vitest";
import type { BenefitItem, CostItem, Investment } from "@/db/schema";
import { annualizeMonthlyRate, irr, monthlyRate, npv, paybackPeriod, roi, tco } from "@/lib/finance";
import { evaluatePortfolio, type TechnologyItems } from "@/lib/portfolio/metrics";
import type { KpiDefinitionRow, MeasurementRow } from "@/lib/scorecard/types";
import { combinedCalendar, partOf } from "@/lib/portfolio/valuation";
import { buildDashboard, type DashboardInput } from "./build";
import { resolveDashboardMonth } from "./month";

const today = new Date(2026, 5, 20, 12); // 20 Jun 2026, local time like the app's month arithmetic
const RATE = 0.08;
const base = { orgId: "org", createdAt: today };

function investment(over: Partial<Investment>): Investment {
  return {
    ...base, id: crypto.randomUUID(), name: "Tech", vendor: "", category: "crm", valueChainActivity: null, status: "live",
    goLiveDate: null, usefulLifeMonths: 12, ownerName: null, notes: "", version: 1, updatedAt: today, ...over,
  } as Investment;
}
function cost(over: Partial<CostItem>): CostItem {
  return {
    ...base, investmentId: "inv", id: crypto.randomUUID(), category: "licence", description: "", kind: "one_time", frequency: null,
    amountCents: 0, startMonth: "2025-01-01", endMonth: null, renewalDate: null, noticeDays: null, annualUpliftPct: null, ...over,
  };
}
function benefit(over: Partial<BenefitItem>): BenefitItem {
  return {
    ...base, investmentId: "inv", id: crypto.randomUUID(), category: "labour_savings", description: "", kind: "recurring", frequency: "monthly",
    amountCents: 0, startMonth: "2025-01-01", endMonth: null, rampUpMonths: 0, confidence: "1", calculator: null, kpiId: null, valuePerUnitCents: null, ...over,
  };
}
const tech = (inv: Partial<Investment>, costs: CostItem[], benefits: BenefitItem[] = []): TechnologyItems =>
  ({ investment: investment(inv), costs, benefits, risks: [], factors: [], alignments: [] });

// Erp: 24 months from Jan 2025, $10,000 up front, $1,050 a month of benefits from Jul 2025.
// Crm: 12 months from Jun 2025, $3,000 up front, $100 a month until May 2026, $200 a month of benefits from Jul 2025.
const erp = tech({ name: "Erp", category: "erp", goLiveDate: "2025-01-01", usefulLifeMonths: 24 }, [cost({ amountCents: 1_000_000 })], [
  benefit({ amountCents: 105_000, startMonth: "2025-07-01" }),
]);
const crm = tech(
  { name: "Crm", category: "crm", goLiveDate: "2025-06-01", usefulLifeMonths: 12, status: "implementing" },
  [
    cost({ amountCents: 300_000, startMonth: "2025-06-01" }),
    cost({ category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 10_000, startMonth: "2025-06-01", endMonth: "2026-05-01" }),
  ],
  [benefit({ amountCents: 20_000, startMonth: "2025-07-01" })],
);

/** The same portfolio combined by hand: Erp's months 0–23, Crm's months 0–11 land on calendar months 5–16. */
const handBenefits = Array.from({ length: 24 }, (_, m) => (m >= 6 ? 105_000 : 0) + (m >= 6 && m <= 16 ? 20_000 : 0));
const handCosts = Array.from({ length: 24 }, (_, m) => (m === 0 ? 1_000_000 : 0) + (m === 5 ? 300_000 : 0) + (m >= 5 && m <= 16 ? 10_000 : 0));

const erpNet = Array.from({ length: 24 }, (_, m) => (m >= 6 ? 105_000 : 0) - (m === 0 ? 1_000_000 : 0));
const crmNet = Array.from({ length: 12 }, (_, m) => (m >= 1 ? 20_000 : 0) - (m === 0 ? 300_000 : 0) - 10_000);
const ownNpv = (net: number[]) => (net.length ? Math.round(net[0] + npv(monthlyRate(RATE), net.slice(1))) : 0);

function expected(months: number) {
  const b = handBenefits.slice(0, months);
  const c = handCosts.slice(0, months);
  const net = b.map((x, m) => x - c[m]);
  const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
  return {
    roi: roi(sum(b), sum(c)),
    // Each technology discounted to its own start (Erp: Jan 2025; Crm: Jun 2025, calendar month 5), then summed.
    npvCents: ownNpv(erpNet.slice(0, months)) + ownNpv(crmNet.slice(0, Math.max(0, months - 5))),
    irrAnnual: annualizeMonthlyRate(irr(net, 0.01)),
    costs: sum(c),
    net,
  };
}

const kpi = (id: string, over: Partial<KpiDefinitionRow> = {}): KpiDefinitionRow => ({
  id, name: id, perspective: "customer", unit: "percent", direction: "higher", baseline: "0", target: "100", targetDate: null, weight: "1",
  investment: null, goal: null, ...over,
});
const value = (kpiId: string, period: string, v: number): MeasurementRow => ({ kpiId, period, value: String(v) });

function input(over: Partial<DashboardInput> = {}): DashboardInput {
  return {
    month: "2026-06-01",
    months: resolveDashboardMonth(null, null, today).months,
    annualDiscountRate: RATE,
    technologies: evaluatePortfolio([erp, crm], RATE, today),
    kpis: [],
    valuesAtMonth: [],
    valuesAtPreviousMonth: [],
    goalsWithoutTechnology: [],
    actuals: { costs: new Map(), realised: new Map(), unmatched: { count: 0, cents: 0 } },
    formats: { locale: "en-US", currency: "USD" },
    today,
    ...over,
  };
}

describe("combinedCalendar", () => {
  it("shifts each technology's months by its origin and adds them up", () => {
    const cal = combinedCalendar(evaluatePortfolio([crm, erp], RATE, today).map(partOf));
    expect(cal).toEqual({ start: "2025-01-01", benefitsCents: handBenefits, costsCents: handCosts });
    expect(combinedCalendar([])).toEqual({ start: null, benefitsCents: [], costsCents: [] });
  });
});

describe("buildDashboard tiles", () => {
  const view = buildDashboard(input());
  const june = expected(18); // Jan 2025 – Jun 2026
  const may = expected(17);
  const plan = expected(24);

  it("computes to-date and plan figures with lib/finance on the combined months", () => {
    expect(view.calendarStart).toBe("2025-01-01");
    expect(view.technologyCount).toBe(2);
    expect(view.tiles.roi.value).toBeCloseTo(june.roi, 12);
    expect(view.tiles.roi.plan).toBeCloseTo(plan.roi, 12);
    expect(view.tiles.npvCents.value).toBe(june.npvCents);
    expect(view.tiles.npvCents.planCents).toBe(plan.npvCents);
    expect(view.tiles.irrAnnual.value).toBeCloseTo(june.irrAnnual, 7);
    expect(view.tiles.irrAnnual.plan).toBeCloseTo(plan.irrAnnual, 7);
    expect(view.tiles.tcoCents.value).toBe(june.costs);
    expect(view.tiles.tcoCents.planCents).toBe(plan.costs); // no uplift: TCO and the monthly costs agree to the cent
  });

  it("compares with the month before: previous and change", () => {
    expect(view.tiles.roi.previous).toBeCloseTo(may.roi, 12);
    expect(view.tiles.roi.change).toBeCloseTo(june.roi - may.roi, 12);
    expect(view.tiles.npvCents).toMatchObject({ previous: may.npvCents, change: june.npvCents - may.npvCents });
    expect(view.tiles.tcoCents).toMatchObject({ previous: may.costs, change: 0 });
    // Crm's $100 a month ends in May 2026: the run-rate drops by $1,200.
    expect(view.tiles.runRateCents).toMatchObject({ value: 0, previous: 120_000, change: -120_000 });
  });

  it("places the plan's payback on the calendar", () => {
    const payback = paybackPeriod(plan.net)!;
    // −$13,100 by Jun 2025, +$1,150 a month for 11 months leaves −$450, recovered in month 17 (Jun 2026).
    expect(payback).toBeCloseTo(16 + 45_000 / 105_000, 12);
    expect(view.tiles.paybackMonths).toMatchObject({ value: payback, previous: payback, paybackMonth: "2026-06-01", reached: true, unavailable: null });
    expect(buildDashboard(input({ month: "2026-05-01" })).tiles.paybackMonths).toMatchObject({ paybackMonth: "2026-06-01", reached: false });
  });

  it("counts statuses and go-lives in the month", () => {
    expect(view.tiles.status).toEqual({ counts: { proposed: 0, approved: 0, implementing: 1, live: 1, retired: 0 }, total: 2, wentLive: 0 });
    expect(buildDashboard(input({ month: "2025-06-01" })).tiles.status.wentLive).toBe(1);
  });

  it("explains each figure with its formula and inputs in the workspace currency", () => {
    expect(view.tiles.roi.formula).toContain("(benefit − cost) / cost");
    expect(view.tiles.roi.inputs).toContainEqual({ label: "Costs to date", value: "$14,200" });
    expect(view.tiles.npvCents.inputs).toContainEqual({ label: "Discount rate (annual)", value: "8.0%" });
    expect(view.tiles.npvCents.inputs).toContainEqual({ label: "Months counted", value: "Jan 2025 – Jun 2026 (18 months)" });
    expect(view.tiles.irrAnnual.formula).toContain("Σ v_t/(1+r)^t = 0");
    expect(buildDashboard(input({ formats: { locale: "en-US", currency: "EUR" } })).tiles.tcoCents.inputs).toContainEqual({ label: "Costs to date", value: "€14,200" });
  });

  it("words the explanations in the workspace's locale", () => {
    const de = buildDashboard(input({ formats: { locale: "de-DE", currency: "EUR" } }));
    expect(de.tiles.tcoCents.inputs).toContainEqual({ label: "Costs to date", value: "14.200\u00a0€" });
    expect(de.tiles.npvCents.inputs).toContainEqual({ label: "Discount rate (annual)", value: "8,0\u00a0%" });
    expect(de.tiles.npvCents.inputs).toContainEqual({ label: "Months counted", value: "Jan. 2025 – Juni 2026 (18 months)" });
  });

  it("gives zeros and reasons before the calendar starts, and the plan after it ends", () => {
    const before = buildDashboard(input({ month: "2024-11-01" }));
    expect(before.tiles.roi).toMatchObject({ value: null, previous: null, change: null, unavailable: expect.stringContaining("No costs") });
    expect(before.tiles.irrAnnual).toMatchObject({ value: null, unavailable: "The flows to date do not start with an outlay or do not change sign yet" });
    expect(before.tiles.npvCents).toMatchObject({ value: 0, unavailable: null });
    expect(before.tiles.tcoCents.value).toBe(0);
    const after = buildDashboard(input({ month: "2030-01-01" }));
    expect(after.tiles.npvCents.value).toBe(after.tiles.npvCents.planCents);
    expect(after.tiles.roi.value).toBe(after.tiles.roi.plan);
  });

  it("notes when TCO (rounded per year) and the monthly costs (rounded per month) differ", () => {
    const uplifted = tech({ name: "Saas", goLiveDate: "2025-01-01", usefulLifeMonths: 36 }, [
      cost({ kind: "recurring", frequency: "monthly", amountCents: 333, annualUpliftPct: "3.333" }),
    ]);
    const v = buildDashboard(input({ technologies: evaluatePortfolio([uplifted], RATE, today) }));
    const [t] = evaluatePortfolio([uplifted], RATE, today);
    expect(v.tiles.tcoCents.planCents).toBe(tco([{ category: "licence", kind: "recurring", frequency: "monthly", amountCents: 333, startMonth: 0, annualUpliftPct: 3.333 }], 36).totalCents);
    const monthly = t.summary.series.costsCents.reduce((a, c) => a + c, 0);
    // Year 2 is $3.44099 a month: 12 × $3.44 by month, $41.29 by year.
    expect([monthly, v.tiles.tcoCents.planCents]).toEqual([12_396, 12_392]);
    expect(v.tiles.tcoCents.inputs).toContainEqual({ label: "Plan costs added month by month (rounded per month, not per year)", value: "$123.96" });
    expect(buildDashboard(input()).tiles.tcoCents.inputs.map((i) => i.label).join()).not.toMatch(/month by month/);
  });
});

describe("buildDashboard trend and spend", () => {
  const view = buildDashboard(input());

  it("runs 24 months ending with the chosen month, ROI to date matching the tile", () => {
    expect(view.trend).toHaveLength(24);
    expect(view.trend[0]).toEqual({ month: "2024-07-01", roiToDate: null, costCents: 0, benefitCents: 0 });
    expect(view.trend.at(-1)).toMatchObject({ month: "2026-06-01", costCents: 0, benefitCents: 105_000 });
    expect(view.trend.at(-1)!.roiToDate).toBe(view.tiles.roi.value);
    expect(view.trend.find((p) => p.month === "2025-06-01")).toMatchObject({ costCents: 310_000, benefitCents: 0 });
    expect(view.trend.find((p) => p.month === "2026-05-01")!.roiToDate).toBe(view.tiles.roi.previous);
  });

  it("adds the last 12 months of costs by category, largest first, zeros left out", () => {
    expect(view.spendByCategory).toEqual([{ category: "crm", cents: 110_000 }]); // Jul 2025 – May 2026 of Crm's $100
    const earlier = buildDashboard(input({ month: "2025-06-01" }));
    expect(earlier.spendByCategory).toEqual([
      { category: "erp", cents: 1_000_000 },
      { category: "crm", cents: 310_000 },
    ]);
  });

  it("places each technology on the TIME map from its portfolio row", () => {
    const rows = input().technologies.map((t) => t.row);
    expect(view.timeMap).toEqual(rows.map((r) => ({ id: r.id, name: r.name, quadrant: r.timeQuadrant, businessValue: r.businessValue, costRisk: r.costRisk, annualRunRateCents: r.annualRunRateCents })));
  });
});

describe("buildDashboard scorecard and alerts", () => {
  const kpis = [kpi("CSAT"), kpi("NPS"), kpi("Margin", { perspective: "financial" })];
  const view = buildDashboard(
    input({
      kpis,
      valuesAtMonth: [value("CSAT", "2026-06-01", 30), value("NPS", "2026-06-01", 10), value("Margin", "2026-03-01", 50)],
      valuesAtPreviousMonth: [value("CSAT", "2026-05-01", 95), value("Margin", "2026-03-01", 50)],
      goalsWithoutTechnology: [{ id: "g", title: "Grow online", perspective: "financial" }],
    }),
  );

  it("scores the perspectives now and the month before", () => {
    const customer = view.perspectives.find((p) => p.perspective === "customer")!;
    expect(customer).toMatchObject({ rag: "red", previousScore: 0.95, kpiCount: 2, scoredCount: 2 });
    expect(customer.score).toBeCloseTo(0.2, 12);
    expect(customer.change).toBeCloseTo(0.2 - 0.95, 12);
    expect(view.perspectives.map((p) => p.perspective)).toEqual(["financial", "customer", "internal_process", "learning_growth"]);
    expect(view.overall.score).toBeCloseTo((0.5 + 0.2) / 2, 12);
    expect(view.overall.previousScore).toBeCloseTo((0.5 + 0.95) / 2, 12);
  });

  it("flags KPIs that turned red, not those red before", () => {
    expect(view.alerts.kpisTurningRed).toEqual([
      { id: "CSAT", name: "CSAT", perspective: "customer", attainment: 0.3, previousRag: "green" },
      { id: "NPS", name: "NPS", perspective: "customer", attainment: 0.1, previousRag: null },
    ]);
  });

  it("flags technologies with a negative NPV, worst first", () => {
    const shelf = tech({ name: "Shelfware", status: "proposed" }, [cost({ amountCents: 50_000, startMonth: "2026-01-01" })]);
    const big = tech({ name: "Bigware", status: "approved" }, [cost({ amountCents: 90_000, startMonth: "2026-01-01" })]);
    const worse = tech({ name: "Worseware", status: "live" }, [cost({ amountCents: 120_000, startMonth: "2026-01-01" })]);
    const v = buildDashboard(input({ technologies: evaluatePortfolio([erp, shelf, big, worse], RATE, today) }));
    // A proposal is a decision still to make, not a delivery gone wrong: Shelfware is not flagged.
    expect(v.alerts.belowExpectedRoi.map((a) => a.name)).toEqual(["Worseware", "Bigware"]);
    expect(v.alerts.belowExpectedRoi[1]).toMatchObject({ reason: "negative_npv", npvCents: -90_000, roi: -1, detail: "Returns less than the 8% discount rate over its life" });
  });

  it("leaves how far behind plan a technology is to the money: linked KPIs alone flag nothing", () => {
    const [erpTech] = input().technologies;
    const linked = [kpi("Erp uptime", { investment: { id: erpTech.row.id, name: "Erp" } })];
    const v = buildDashboard(input({ kpis: linked, valuesAtMonth: [value("Erp uptime", "2026-06-01", 10)] }));
    expect(v.alerts.belowExpectedRoi.map((a) => [a.name, a.reason])).toEqual([["Crm", "negative_npv"]]);
    expect(v.alerts.offPlan).toEqual([]);
  });

  it("passes on the goals no technology serves", () => {
    expect(view.alerts.goalsWithoutTechnology).toEqual([{ id: "g", title: "Grow online", perspective: "financial" }]);
  });

  it("lists renewals and notice deadlines within 90 days of today, soonest first", () => {
    const annual = (over: Partial<CostItem>) => cost({ kind: "recurring", frequency: "annual", amountCents: 1_000, ...over });
    const contracts = tech({ name: "Contracts" }, [
      annual({ renewalDate: "2024-08-01" }), // renews 1 Aug 2026: 42 days
      annual({ renewalDate: "2027-01-06", noticeDays: 150 }), // notice 9 Aug 2026: 50 days, renewal 200 days
      annual({ renewalDate: "2027-01-06", noticeDays: 30 }), // notice in 170 days: too far
      annual({ renewalDate: "2026-07-10", noticeDays: 60 }), // notice passed 21 days ago, renewal in 20 days
      annual({ renewalDate: "2026-07-01", endMonth: "2026-06-01" }), // ends before it renews
      annual({ renewalDate: "2026-06-20" }), // renews today
      cost({ amountCents: 5, renewalDate: "2026-07-01" }), // one-time: nothing renews
    ]);
    const v = buildDashboard(input({ technologies: evaluatePortfolio([contracts], RATE, today) }));
    expect(v.alerts.renewals.map((r) => [r.renewalDate, r.daysToRenewal, r.noticeDeadline, r.daysToNotice])).toEqual([
      ["2026-06-20", 0, null, null],
      ["2026-07-10", 20, "2026-05-11", -40],
      ["2026-08-01", 42, null, null],
      ["2027-01-06", 200, "2026-08-09", 50],
    ]);
    expect(v.alerts.renewals[0]).toMatchObject({ name: "Contracts" });
  });
});

describe("resolveDashboardMonth", () => {
  const bounds = { earliest: "2023-02-01", latest: "2026-03-01" };

  it("defaults to the last complete month, with or without KPI data", () => {
    expect(resolveDashboardMonth(undefined, bounds, today).month).toBe("2026-05-01");
    expect(resolveDashboardMonth(null, null, today).month).toBe("2026-05-01");
  });

  it("accepts a month in range and falls back on anything else", () => {
    expect(resolveDashboardMonth("2024-05", bounds, today).month).toBe("2024-05-01");
    expect(resolveDashboardMonth(["2026-05", "2020-01"], bounds, today).month).toBe("2026-05-01"); // past the data, not past today
    for (const raw of ["junk", "2026-13", "2026-5", "2023-01", "2026-07", "", 42, ["x"]]) {
      expect(resolveDashboardMonth(raw, bounds, today).month).toBe("2026-05-01");
    }
    expect(resolveDashboardMonth("2024-01", null, today).month).toBe("2026-05-01"); // before the 24 months offered
  });

  it("offers the months from the earlier of the data and two years back to the later of the data and now", () => {
    const { months } = resolveDashboardMonth(null, null, today);
    expect(months).toHaveLength(24);
    expect([months[0], months.at(-1)]).toEqual(["2026-06-01", "2024-07-01"]);
    const wide = resolveDashboardMonth(null, { earliest: "2023-02-01", latest: "2026-09-01" }, today).months;
    expect([wide[0], wide.at(-1), wide.length]).toEqual(["2026-09-01", "2023-02-01", 44]);
  });

  it("builds a sane view for an empty workspace", () => {
    const v = buildDashboard(input({ technologies: [] }));
    expect(v).toMatchObject({ calendarStart: null, technologyCount: 0, spendByCategory: [], timeMap: [] });
    expect(v.tiles.paybackMonths).toMatchObject({ value: null, paybackMonth: null, reached: false, unavailable: "No technology is in use yet" });
    expect(v.tiles.npvCents).toMatchObject({ value: 0, planCents: 0 });
    expect(v.trend.every((p) => p.roiToDate === null && p.costCents === 0)).toBe(true);
    expect(v.perspectives.every((p) => p.score === null && p.kpiCount === 0)).toBe(true);
  });
});

describe("buildDashboard plan against actual", () => {
  const technologies = evaluatePortfolio([erp, crm], RATE, today);
  const [erpId] = technologies.map((t) => t.items.investment.id);
  const months = (entries: Record<string, number>) => new Map(Object.entries(entries));

  it("without actuals compares nothing and says every technology has none", () => {
    const { planVsActual, alerts } = buildDashboard(input({ technologies }));
    expect(planVsActual).toMatchObject({ withActuals: 0, withoutActuals: 2, leftOutOfRoi: 0 });
    expect(planVsActual.toDate).toMatchObject({ plannedCostCents: 0, actualCostCents: 0, realisedRoi: null, plannedRoi: null });
    expect(alerts.offPlan).toEqual([]);
  });

  it("sums each technology's actuals against its plan over its months since they began, and names those furthest off plan", () => {
    const actuals = {
      // Erp paid 12,000.00 up front (10,000.00 planned) and realised 500.00 a month from Apr 2026 (1,050.00 planned).
      costs: new Map([[erpId, months({ "2025-01-01": 1_200_000 })]]),
      realised: new Map([[erpId, new Map(["2026-04-01", "2026-05-01", "2026-06-01"].map((m) => [m, { fromKpisCents: 30_000, enteredCents: 20_000 }]))]]),
      unmatched: { count: 3, cents: 4_500 },
    };
    const { planVsActual, alerts } = buildDashboard(input({ technologies, actuals }));
    expect(planVsActual).toMatchObject({ withActuals: 1, withoutActuals: 1, leftOutOfRoi: 0, unmatched: { count: 3, cents: 4_500 } });
    // Erp's 18 months from Jan 2025 to Jun 2026: 10,000.00 planned cost, 12 months × 1,050.00 planned benefit.
    expect(planVsActual.toDate).toMatchObject({
      plannedCostCents: 1_000_000,
      actualCostCents: 1_200_000,
      costVarianceCents: 200_000,
      plannedBenefitCents: 12 * 105_000,
      realisedBenefitCents: 150_000,
      realisedRoi: roi(150_000, 1_200_000),
      plannedRoi: roi(12 * 105_000, 1_000_000),
    });
    expect(planVsActual.spend.inputs).toContainEqual({ label: "Unmatched payments (not counted)", value: "3 · $45" });
    expect(planVsActual.spend.inputs).toContainEqual({ label: "Technologies without actuals (left out)", value: "Crm" });
    expect(alerts.offPlan).toEqual([
      {
        id: erpId,
        name: "Erp",
        offPlanCents: 200_000 + (12 * 105_000 - 150_000),
        detail: "$13,100 worse than plan to date: spent $12,000 against $10,000 planned; realised $1,500 against $12,600 planned",
      },
    ]);
  });

  it("leaves proposals out: their payments are not the portfolio's yet", () => {
    const proposed = evaluatePortfolio([tech({ name: "Idea", status: "proposed" }, [cost({ amountCents: 50_000 })])], RATE, today);
    const id = proposed[0].items.investment.id;
    const v = buildDashboard(input({ technologies: proposed, actuals: { costs: new Map([[id, months({ "2025-01-01": 90_000 })]]), realised: new Map(), unmatched: { count: 0, cents: 0 } } }));
    expect(v.planVsActual).toMatchObject({ withActuals: 0, withoutActuals: 0 });
    expect(v.planVsActual.spend.inputs).toContainEqual({ label: "Paid for proposals (not counted until approved)", value: "1 · $900" });
    expect(v.alerts.offPlan).toEqual([]);
  });
});
