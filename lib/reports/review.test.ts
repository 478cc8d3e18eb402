import { describe, expect, it } from "vitest";
import type { DashboardView, Figure } from "@/lib/dashboard/types";
import type { KpiView, ScorecardView } from "@/lib/scorecard/types";
import { buildReview, kpiChanges } from "./review";

const MONTH = "2026-03-01";
const LAST = "2026-02-01";

const figure = (value: number | null, previous: number | null, unavailable: string | null = null): Figure => ({
  value,
  previous,
  change: value !== null && previous !== null ? value - previous : null,
  formula: "",
  inputs: [],
  unavailable,
});

function dashboard(overrides: Partial<DashboardView> = {}): DashboardView {
  return {
    month: MONTH,
    months: [MONTH, LAST, "2026-01-01"],
    calendarStart: "2025-01-01",
    technologyCount: 4,
    tiles: {
      roi: { ...figure(0.25, 0.2), plan: 1.1 },
      npvCents: { ...figure(-50_000, -80_000), planCents: 900_000, riskAdjustedPlanCents: 900_000 },
      irrAnnual: { ...figure(null, null, "no positive flows yet"), plan: 0.3 },
      paybackMonths: { ...figure(20, 20), paybackMonth: "2026-09-01", reached: false, start: "2025-01-01" },
      runRateCents: figure(120_000, 100_000),
      tcoCents: { ...figure(500_000, 450_000), planCents: 2_000_000 },
      status: { counts: { proposed: 0, approved: 0, implementing: 1, live: 3, retired: 0 }, total: 4, wentLive: 2 },
    },
    overall: { score: 0.7, rag: "amber", previousScore: 0.75 },
    perspectives: [
      { perspective: "financial", score: 0.95, rag: "green", previousScore: 0.85, change: 0.1, kpiCount: 2, scoredCount: 2 },
      { perspective: "customer", score: 0.5, rag: "red", previousScore: 0.65, change: -0.15, kpiCount: 3, scoredCount: 3 },
      { perspective: "internal_process", score: null, rag: null, previousScore: null, change: null, kpiCount: 0, scoredCount: 0 },
      { perspective: "learning_growth", score: 0.6, rag: "amber", previousScore: null, change: null, kpiCount: 1, scoredCount: 1 },
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
    alerts: {
      kpisTurningRed: [{ id: "k", name: "CSAT", perspective: "customer", attainment: 0.4, previousRag: "amber" }],
      belowExpectedRoi: [],
      offPlan: [],
      renewals: [{ investmentId: "i", name: "CRM", renewalDate: "2026-05-01", noticeDeadline: "2026-04-01", daysToNotice: 20, daysToRenewal: 50 }],
      goalsWithoutTechnology: [{ id: "g", title: "Grow online revenue", perspective: "financial" }],
    },
    ...overrides,
  };
}

let seq = 0;
/** A KPI with baseline 0 and target 100 unless told; `values` are [previous, latest] at LAST and MONTH. */
function kpi(name: string, overrides: Partial<KpiView> & { values?: [number | null, number | null] } = {}): KpiView {
  const { values = [null, null], ...rest } = overrides;
  const baseline = rest.baseline ?? 0;
  const target = rest.target ?? 100;
  const direction = rest.direction ?? "higher";
  const [prev, now] = values;
  const latest = now !== null ? { value: now, period: MONTH } : prev !== null ? { value: prev, period: LAST } : null;
  const previous = now !== null && prev !== null ? { value: prev, period: LAST } : null;
  const change = latest && previous ? latest.value - previous.value : null;
  const attainment = latest ? Math.min(1, Math.max(0, (latest.value - baseline) / (target - baseline))) : null;
  return {
    id: `kpi-${++seq}`,
    name,
    perspective: "customer",
    unit: "count",
    direction,
    baseline,
    target,
    targetDate: null,
    weight: 1,
    latest,
    previous,
    change,
    changeTone: change === null ? null : change === 0 ? "same" : (change > 0) === (direction === "higher") ? "better" : "worse",
    attainment,
    rag: attainment === null ? null : attainment >= 0.9 ? "green" : attainment >= 0.6 ? "amber" : "red",
    problem: null,
    sparkline: [],
    forecast: null,
    verdict: "no target date",
    investment: null,
    goal: null,
    ...rest,
  };
}

function scorecard(kpis: KpiView[], month: string | null = MONTH): ScorecardView {
  return {
    month,
    bounds: month ? { earliest: "2026-01-01", latest: month } : null,
    overall: null,
    overallRag: null,
    kpiCount: kpis.length,
    perspectives: [{ perspective: "customer", score: null, rag: null, kpiCount: kpis.length, scoredCount: 0, kpis }],
  };
}

describe("kpiChanges", () => {
  it("groups KPIs measured this month by the direction of their change, given better is higher or lower", () => {
    const changes = kpiChanges(
      scorecard([
        kpi("Up, higher is better", { values: [40, 50] }),
        kpi("Down, lower is better", { direction: "lower", baseline: 100, target: 0, values: [60, 50] }),
        kpi("Down, higher is better", { values: [50, 45] }),
        kpi("Flat", { values: [50, 50] }),
      ]),
      MONTH,
    );
    expect(changes.improved.map((c) => c.name)).toEqual(["Down, lower is better", "Up, higher is better"]);
    expect(changes.worsened.map((c) => c.name)).toEqual(["Down, higher is better"]);
    expect(changes.unchanged.map((c) => c.name)).toEqual(["Flat"]);
    expect(changes.worsened[0]).toMatchObject({ previous: 50, latest: 45, change: -5 });
  });

  it("orders moves by their share of the way from baseline to target, so different units compare", () => {
    const changes = kpiChanges(
      scorecard([
        // +5 on a 0 → 100 scale is 5% of the way; +2 on a 0 → 10 scale is 20%; +30 on 0 → 1000 is 3%.
        kpi("Small scale, big move", { target: 10, values: [3, 5] }),
        kpi("Medium", { values: [40, 45] }),
        kpi("Big number, small move", { target: 1000, values: [100, 130] }),
        kpi("Worse a lot", { values: [80, 50] }),
        kpi("Worse a little", { values: [80, 79] }),
      ]),
      MONTH,
    );
    expect(changes.improved.map((c) => c.name)).toEqual(["Small scale, big move", "Medium", "Big number, small move"]);
    expect(changes.improved.map((c) => c.size)).toEqual([0.2, 0.05, 0.03]);
    expect(changes.worsened.map((c) => c.name)).toEqual(["Worse a lot", "Worse a little"]);
  });

  it("sizes a KPI whose target equals its baseline by its change relative to last month", () => {
    const [row] = kpiChanges(scorecard([kpi("Met already", { baseline: 5, target: 5, values: [4, 5] })]), MONTH).improved;
    expect(row.size).toBe(0.25);
  });

  it("marks RAG moves between last month's and this month's values", () => {
    const changes = kpiChanges(
      scorecard([
        kpi("Amber to red", { values: [70, 50] }),
        kpi("Red to green", { values: [10, 95] }),
        kpi("Stays green", { values: [92, 99] }),
        kpi("Lower is better, amber to green", { direction: "lower", baseline: 100, target: 0, values: [35, 5] }),
      ]),
      MONTH,
    );
    const moves = Object.fromEntries([...changes.improved, ...changes.worsened].map((c) => [c.name, [c.ragBefore, c.ragNow, c.ragMove]]));
    expect(moves).toEqual({
      "Amber to red": ["amber", "red", "down"],
      "Red to green": ["red", "green", "up"],
      "Stays green": ["green", "green", null],
      "Lower is better, amber to green": ["amber", "green", "up"],
    });
  });

  it("lists KPIs not measured this month with their last value, and first values apart from the changes", () => {
    const changes = kpiChanges(
      scorecard([
        kpi("Skipped this month", { values: [42, null] }),
        kpi("Never measured"),
        kpi("First value", { values: [null, 30] }),
        kpi("Older value only", { latest: { value: 7, period: "2025-11-01" } }),
      ]),
      MONTH,
    );
    expect(changes.notMeasured).toEqual([
      expect.objectContaining({ name: "Never measured", last: null }),
      expect.objectContaining({ name: "Older value only", last: { value: 7, period: "2025-11-01" } }),
      expect.objectContaining({ name: "Skipped this month", last: { value: 42, period: LAST } }),
    ]);
    expect(changes.firstValue).toEqual([expect.objectContaining({ name: "First value", latest: 30, previous: null, change: null, ragBefore: null, ragMove: null })]);
    expect([...changes.improved, ...changes.worsened, ...changes.unchanged]).toEqual([]);
  });

  it("does not count a value from after the reviewed month (the scorecard resolved to a later month)", () => {
    const later = kpi("Measured later", { latest: { value: 9, period: "2026-05-01" } });
    const changes = kpiChanges(scorecard([later], "2026-05-01"), MONTH);
    expect(changes.notMeasured).toEqual([expect.objectContaining({ name: "Measured later", last: null })]);
  });

  it("gives a KPI whose definition is broken no RAG move", () => {
    const broken = kpi("Target below baseline", { baseline: 50, target: 10, values: [20, 30], attainment: null, rag: null, problem: "bad target" });
    const [row] = kpiChanges(scorecard([broken]), MONTH).improved;
    expect(row).toMatchObject({ ragBefore: null, ragNow: null, ragMove: null });
  });
});

describe("buildReview", () => {
  it("puts this month's headline figures beside last month's, with the change and whether it is good news", () => {
    const review = buildReview(scorecard([]), dashboard());
    expect(review.month).toBe(MONTH);
    expect(review.previousMonth).toBe(LAST);
    expect(review.headline.map((h) => [h.key, h.value, h.previous, h.change, h.tone])).toEqual([
      ["roi", 0.25, 0.2, 0.25 - 0.2, "better"],
      ["npv", -50_000, -80_000, 30_000, "better"],
      ["irr", null, null, null, null],
      ["runRate", 120_000, 100_000, 20_000, "worse"],
      ["tco", 500_000, 450_000, 50_000, null],
      ["technologies", 4, null, null, null],
    ]);
    expect(review.headline.find((h) => h.key === "irr")?.note).toBe("no positive flows yet");
    expect(review.headline.find((h) => h.key === "technologies")?.note).toBe("2 went live this month");
  });

  it("scores the overall card and each perspective with last month's score and RAG", () => {
    const review = buildReview(scorecard([]), dashboard());
    expect(review.perspectives.map((p) => [p.perspective, p.rag, p.previousRag])).toEqual([
      ["overall", "amber", "amber"],
      ["financial", "green", "amber"],
      ["customer", "red", "amber"],
      ["internal_process", null, null],
      ["learning_growth", "amber", null],
    ]);
    expect(review.perspectives[0].change).toBeCloseTo(-0.05);
  });

  it("passes the alerts through and counts them", () => {
    const review = buildReview(scorecard([]), dashboard());
    expect(review.alertCount).toBe(3);
    expect(review.alerts.renewals[0].name).toBe("CRM");
  });

  it("reviews the dashboard's month even when the scorecard shows another", () => {
    const review = buildReview(scorecard([kpi("Only in January", { latest: { value: 1, period: "2026-01-01" } })], "2026-01-01"), dashboard());
    expect(review.month).toBe(MONTH);
    expect(review.changes.notMeasured.map((k) => k.name)).toEqual(["Only in January"]);
  });
});
