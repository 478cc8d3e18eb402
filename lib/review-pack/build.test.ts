import { describe, expect, it } from "vitest";
import type { DashboardView, Figure } from "@/lib/dashboard/types";
import type { KpiView, ScorecardView } from "@/lib/scorecard/types";
import { buildReviewPack, type ReviewPackInput } from "./build";

const Q1 = { year: 2026, q: 1 };
const END = "2026-03-01";
const PREV_END = "2025-12-01";

const figure = (value: number | null, unavailable: string | null = null): Figure => ({ value, previous: null, change: null, formula: "", inputs: [], unavailable });

function dashboard(month: string, overrides: Partial<DashboardView> = {}): DashboardView {
  return {
    month,
    months: ["2026-05-01", "2026-04-01", END, "2026-02-01", "2026-01-01", PREV_END, "2025-11-01", "2025-10-01", "2025-09-01"],
    calendarStart: "2025-01-01",
    technologyCount: 4,
    tiles: {
      roi: { ...figure(0.3), plan: 1 },
      npvCents: { ...figure(20_000), planCents: 900_000, riskAdjustedPlanCents: 900_000 },
      irrAnnual: { ...figure(null, "no positive flows yet"), plan: 0.3 },
      paybackMonths: { ...figure(20), paybackMonth: null, reached: false, start: "2025-01-01" },
      runRateCents: figure(120_000),
      tcoCents: { ...figure(500_000), planCents: 2_000_000 },
      status: { counts: { proposed: 0, approved: 0, implementing: 1, live: 3, retired: 0 }, total: 4, wentLive: 0 },
    },
    overall: { score: 0.7, rag: "amber", previousScore: null },
    perspectives: [
      { perspective: "financial", score: 0.95, rag: "green", previousScore: null, change: null, kpiCount: 2, scoredCount: 2 },
      { perspective: "customer", score: 0.5, rag: "red", previousScore: null, change: null, kpiCount: 3, scoredCount: 3 },
    ],
    trend: [],
    spendByCategory: [],
    timeMap: [],
    planVsActual: {
      toDate: {
        plannedCostCents: 0, actualCostCents: 0, costVarianceCents: 0, costVarianceRatio: null, plannedBenefitCents: 0, realisedBenefitCents: 0,
        benefitVarianceCents: 0, plannedRoi: null, realisedRoi: null, realisedRoiUnavailable: "no technology has both payments and benefits recorded yet",
      },
      withActuals: 0, withoutActuals: 0, roiTechnologies: 0, leftOutOfRoi: 0, unmatched: { count: 0, cents: 0 },
      spend: { formula: "", inputs: [] }, roi: { formula: "", inputs: [] },
    },
    alerts: { kpisTurningRed: [], belowExpectedRoi: [], offPlan: [], renewals: [], goalsWithoutTechnology: [{ id: "g", title: "Grow online revenue", perspective: "financial" }] },
    ...overrides,
  };
}

const previousDashboard = () =>
  dashboard(PREV_END, {
    tiles: { ...dashboard(PREV_END).tiles, roi: { ...figure(0.2), plan: 1 }, npvCents: { ...figure(-30_000), planCents: 900_000, riskAdjustedPlanCents: 900_000 }, runRateCents: figure(100_000) },
    overall: { score: 0.6, rag: "amber", previousScore: null },
    perspectives: [
      { perspective: "financial", score: 0.8, rag: "amber", previousScore: null, change: null, kpiCount: 2, scoredCount: 2 },
      { perspective: "customer", score: 0.65, rag: "amber", previousScore: null, change: null, kpiCount: 3, scoredCount: 3 },
    ],
  });

function kpi(id: string, latest: { value: number; period: string } | null, overrides: Partial<KpiView> = {}): KpiView {
  const attainment = latest ? Math.min(1, Math.max(0, latest.value / 100)) : null;
  return {
    id,
    name: id,
    perspective: "customer",
    unit: "count",
    direction: "higher",
    baseline: 0,
    target: 100,
    targetDate: null,
    weight: 1,
    latest,
    previous: null,
    change: null,
    changeTone: null,
    attainment,
    rag: attainment === null ? null : attainment >= 0.9 ? "green" : attainment >= 0.6 ? "amber" : "red",
    problem: null,
    sparkline: [],
    forecast: null,
    verdict: "no target date",
    investment: null,
    goal: null,
    ...overrides,
  };
}

const scorecard = (month: string | null, kpis: KpiView[]): ScorecardView => ({
  month,
  bounds: month ? { earliest: "2025-06-01", latest: "2026-05-01" } : null,
  overall: null,
  overallRag: null,
  kpiCount: kpis.length,
  perspectives: [{ perspective: "customer", score: null, rag: null, kpiCount: kpis.length, scoredCount: 0, kpis }],
});

function input(overrides: Partial<ReviewPackInput> = {}): ReviewPackInput {
  return {
    quarter: Q1,
    currentMonth: "2026-05-01",
    end: dashboard(END),
    previous: previousDashboard(),
    endScorecard: scorecard(END, [
      kpi("Orders", { value: 95, period: "2026-03-01" }),
      kpi("Refunds", { value: 30, period: "2026-02-01" }, { direction: "lower", baseline: 100, target: 0, attainment: 0.7, rag: "amber" }),
      kpi("Visits", { value: 40, period: "2026-01-01" }),
      kpi("Stale", { value: 10, period: "2025-07-01" }),
      kpi("New", { value: 70, period: "2026-03-01" }),
    ]),
    previousScorecard: scorecard(PREV_END, [
      kpi("Orders", { value: 60, period: "2025-12-01" }),
      kpi("Refunds", { value: 50, period: "2025-11-01" }, { direction: "lower", baseline: 100, target: 0 }),
      kpi("Visits", { value: 70, period: "2025-12-01" }),
      kpi("Stale", { value: 10, period: "2025-07-01" }),
    ]),
    ...overrides,
  };
}

describe("buildReviewPack", () => {
  it("sets ROI, NPV and run-rate at the quarter's end beside the previous quarter's end", () => {
    const pack = buildReviewPack(input());
    expect(pack).toMatchObject({ start: "2026-01-01", end: END, previousEnd: PREV_END, complete: true, available: true, previousAvailable: true });
    expect(pack.headline.map((r) => [r.key, r.value, r.previous, r.tone])).toEqual([
      ["roi", 0.3, 0.2, "better"],
      ["npv", 20_000, -30_000, "better"],
      ["runRate", 120_000, 100_000, "worse"],
    ]);
    expect(pack.headline[0].change).toBeCloseTo(0.1);
  });

  it("compares each perspective's score with the previous quarter's end, overall first", () => {
    const [overall, financial, customer] = buildReviewPack(input()).perspectives;
    expect(overall).toMatchObject({ perspective: "overall", score: 0.7, previousScore: 0.6, rag: "amber", previousRag: "amber" });
    expect(overall.change).toBeCloseTo(0.1);
    expect(financial).toMatchObject({ perspective: "financial", previousScore: 0.8, previousRag: "amber", rag: "green" });
    expect(customer.change).toBeCloseTo(-0.15);
  });

  it("ranks the KPIs that moved most over the quarter, counting any value inside it", () => {
    const { changes } = buildReviewPack(input());
    // Orders 60 → 95 (35% of the way), Refunds 50 → 30 with lower better (20%); Visits 70 → 40 worsened.
    expect(changes.improved.map((k) => [k.name, k.previous, k.latest])).toEqual([
      ["Orders", 60, 95],
      ["Refunds", 50, 30],
    ]);
    expect(changes.improved[0].ragMove).toBe("up"); // amber at 60, green at 95
    expect(changes.worsened.map((k) => k.name)).toEqual(["Visits"]);
    expect(changes.firstValue.map((k) => k.name)).toEqual(["New"]);
    expect(changes.notMeasured.map((k) => k.name)).toEqual(["Stale"]);
  });

  it("derives the top actions from the quarter-end alerts and its red KPIs", () => {
    const { top } = buildReviewPack(input());
    expect(top.actions.map((a) => `${a.kind}:${a.subject}`)).toEqual(["kpi_red:Stale", "kpi_red:Visits", "goal_unserved:Grow online revenue"]);
  });

  it("leaves out a view the queries read at another month than asked", () => {
    const pack = buildReviewPack(input({ previous: dashboard("2026-05-01"), previousScorecard: scorecard("2026-01-01", []) }));
    expect(pack.previousAvailable).toBe(false);
    expect(pack.headline.every((r) => r.previous === null && r.change === null)).toBe(true);
    expect(pack.changes.firstValue.map((k) => k.name).sort()).toEqual(["New", "Orders", "Refunds", "Visits"]);

    const missing = buildReviewPack(input({ end: dashboard("2026-05-01") }));
    expect(missing.available).toBe(false);
    expect(missing.headline.every((r) => r.value === null)).toBe(true);
    expect(missing.top.actions.map((a) => a.kind)).toEqual(["kpi_red", "kpi_red"]);
  });

  it("ignores a quarter-end scorecard clamped to a later first month", () => {
    const pack = buildReviewPack(input({ endScorecard: scorecard("2026-04-01", [kpi("Orders", { value: 10, period: "2026-04-01" })]), previousScorecard: null }));
    expect(pack.changes.notMeasured.map((k) => [k.name, k.last])).toEqual([["Orders", null]]);
    expect(pack.top.actions.some((a) => a.kind === "kpi_red")).toBe(false);
  });

  it("links the quarters before and after that the dashboard can read", () => {
    expect(buildReviewPack(input()).nav).toEqual({ previous: { year: 2025, q: 4 }, next: { year: 2026, q: 2 } });
    const running = buildReviewPack(input({ quarter: { year: 2026, q: 2 }, currentMonth: "2026-05-01", end: dashboard("2026-06-01"), previous: dashboard(END) }));
    expect(running.complete).toBe(false);
    expect(running.nav.next).toBeNull();
    const first = buildReviewPack(input({ quarter: { year: 2025, q: 3 }, end: dashboard("2025-09-01"), previous: null }));
    expect(first.nav.previous).toBeNull();
  });
});
