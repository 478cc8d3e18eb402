import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { DashboardAlerts, DashboardPlanVsActual, DashboardTiles, Figure, PerspectiveCard, TimeMapPoint } from "@/lib/dashboard/types";
import type { Formats } from "@/lib/format";
import { ALERTS_SHOWN, AlertsPanel } from "./alerts-panel";
import { HeadlineTiles } from "./headline-tiles";
import { PerspectiveCards } from "./perspective-cards";
import { PlanVsActualPanel } from "./plan-vs-actual-panel";
import { TimeMap } from "./time-map";

// The map's dots open a technology through the router; rendering to markup needs none mounted.
vi.mock("next/navigation", () => ({ useRouter: () => ({ push: vi.fn() }) }));

const figure = (value: number | null, previous: number | null, extra: Partial<Figure> = {}): Figure => ({
  value,
  previous,
  change: value !== null && previous !== null ? value - previous : null,
  formula: "(benefits − costs) / costs",
  inputs: [{ label: "Costs to date", value: "$1,000" }],
  unavailable: value === null ? "no outlay yet" : null,
  ...extra,
});

const tiles: DashboardTiles = {
  roi: { ...figure(0.25, 0.2), plan: 1.1 },
  npvCents: { ...figure(5_000_00, 4_000_00), planCents: 90_000_00, riskAdjustedPlanCents: 90_000_00 },
  irrAnnual: { ...figure(null, null), plan: 0.3 },
  paybackMonths: { ...figure(18, 18), paybackMonth: "2026-09-01", reached: false, start: "2025-01-01" },
  runRateCents: figure(12_000_00, 10_000_00),
  tcoCents: { ...figure(40_000_00, 39_000_00), planCents: 100_000_00 },
  status: { counts: { proposed: 1, approved: 0, implementing: 2, live: 3, retired: 0 }, total: 6, wentLive: 1 },
};

const us = (currency = "USD"): Formats => ({ locale: "en-US", currency });
const html = (el: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(el);
const noAlerts: DashboardAlerts = { kpisTurningRed: [], belowExpectedRoi: [], offPlan: [], renewals: [], goalsWithoutTechnology: [] };

describe("HeadlineTiles", () => {
  const out = html(createElement(HeadlineTiles, { tiles, month: "2026-03-01", previousMonth: "Feb 2026", formats: us() }));

  it("shows every tile's value and its change with stable test ids", () => {
    for (const id of ["tile-roi", "tile-npv", "tile-irr", "tile-payback", "tile-run-rate", "tile-tco", "tile-status"]) {
      expect(out).toContain(`data-testid="${id}-value"`);
      expect(out).toContain(`data-testid="${id}-change"`);
    }
    for (const text of ["25.0%", "Plan over the life: 110.0%", "Expected Sep 2026", "+1 went live in Mar 2026"]) expect(out).toContain(text);
  });

  it("writes the figures in the workspace's locale", () => {
    const de = html(createElement(HeadlineTiles, { tiles, month: "2026-03-01", previousMonth: "Feb. 2026", formats: { locale: "de-DE", currency: "EUR" } }));
    for (const text of ["25,0\u00a0%", "5.000\u00a0€", "+1 went live in März 2026", "18,0 months"]) expect(de).toContain(text);
  });

  it("colours a cost increase as worse and a return increase as better", () => {
    expect(out).toMatch(/data-testid="tile-run-rate-change" data-tone="worse"/);
    expect(out).toMatch(/data-testid="tile-npv-change" data-tone="better"/);
    expect(out).toMatch(/data-testid="tile-irr-change" data-tone="none"/);
    expect(out).toContain("no outlay yet");
  });

  it("explains each figure in a disclosure", () => {
    expect(out.match(/<details/g)).toHaveLength(7);
    expect(out).toContain("(benefits − costs) / costs");
  });
});

describe("PerspectiveCards", () => {
  const card = (perspective: PerspectiveCard["perspective"], kpiCount: number): PerspectiveCard => ({
    perspective,
    score: kpiCount ? 0.8 : null,
    rag: kpiCount ? "green" : null,
    previousScore: kpiCount ? 0.7 : null,
    change: kpiCount ? 0.1 : null,
    kpiCount,
    scoredCount: kpiCount,
  });

  it("links each perspective to the scorecard at the month", () => {
    const perspectives = (["financial", "customer", "internal_process", "learning_growth"] as const).map((p) => card(p, 2));
    const out = html(createElement(PerspectiveCards, { view: { perspectives, overall: { score: 0.8, rag: "green", previousScore: 0.7 }, month: "2026-03-01" }, slug: "acme", previousMonth: "Feb 2026", locale: "en-US" }));
    for (const text of ['href="/w/acme/scorecard?month=2026-03"', 'data-testid="perspective-customer-score">80%', "+10 pts vs Feb 2026"]) expect(out).toContain(text);
  });

  it("points to the KPIs page when there are none", () => {
    const perspectives = (["financial", "customer", "internal_process", "learning_growth"] as const).map((p) => card(p, 0));
    const out = html(createElement(PerspectiveCards, { view: { perspectives, overall: { score: null, rag: null, previousScore: null }, month: "2026-03-01" }, slug: "acme", previousMonth: null, locale: "en-US" }));
    expect(out).toContain('data-testid="perspectives-empty"');
    expect(out).toContain('href="/w/acme/kpis"');
    expect(out).not.toContain('data-testid="perspective-financial"');
  });
});

describe("AlertsPanel", () => {
  it("says so when nothing needs attention", () => {
    const out = html(createElement(AlertsPanel, { alerts: noAlerts, slug: "acme", month: "2026-03-01", formats: us() }));
    expect(out).toContain("Nothing needs attention");
    expect(out).not.toContain('data-testid="alert-renewal"');
  });

  it("lists renewals with the notice deadline and the goals nothing serves", () => {
    const alerts: DashboardAlerts = {
      ...noAlerts,
      renewals: [{ investmentId: "t1", name: "HubSpot", renewalDate: "2026-05-01", noticeDeadline: "2026-04-01", daysToNotice: 12, daysToRenewal: 42 }],
      goalsWithoutTechnology: [{ id: "g1", title: "Grow repeat sales", perspective: "customer" }],
      belowExpectedRoi: [{ id: "t2", name: "Old ERP", reason: "negative_npv", npvCents: -5_000_00, roi: -0.1, detail: "Returns less than the 8% discount rate over its life" }],
    };
    const out = html(createElement(AlertsPanel, { alerts, slug: "acme", month: "2026-03-01", formats: us("EUR") }));
    for (const text of ['data-testid="alert-renewal"', "Give notice by <span", "Apr 1, 2026", "12 days left", 'href="/w/acme/goals"', "NPV -€5,000"]) expect(out).toContain(text);
    expect(out).not.toContain("Nothing needs attention");
    const de = html(createElement(AlertsPanel, { alerts, slug: "acme", month: "2026-03-01", formats: { locale: "de-DE", currency: "EUR" } }));
    expect(de).toContain("01.04.2026");
    expect(de).toContain("NPV -5.000\u00a0€");
  });

  it("shows the first few of a long group and links to the rest", () => {
    const renewals = Array.from({ length: ALERTS_SHOWN + 3 }, (_, i) => ({
      investmentId: `t${i}`, name: `Tool ${i}`, renewalDate: "2026-05-01", noticeDeadline: null, daysToNotice: null, daysToRenewal: 40 + i,
    }));
    const out = html(createElement(AlertsPanel, { alerts: { ...noAlerts, renewals }, slug: "acme", month: "2026-03-01", formats: us("EUR") }));
    expect(out.match(/data-testid="alert-renewal-item"/g)).toHaveLength(ALERTS_SHOWN);
    for (const text of [`(${ALERTS_SHOWN + 3})`, "3 more: the portfolio by renewal date", 'href="/w/acme/portfolio?sort=nextRenewal"']) expect(out).toContain(text);
  });
});

describe("AlertsPanel: furthest off plan", () => {
  it("lists the technologies off their plan, linking to their plan against actual", () => {
    const offPlan = [{ id: "t9", name: "Cloud ERP", offPlanCents: 1_310_000, detail: "€13,100 worse than plan to date: spent €12,000 against €10,000 planned" }];
    const out = html(createElement(AlertsPanel, { alerts: { ...noAlerts, offPlan }, slug: "acme", month: "2026-03-01", formats: us("EUR") }));
    for (const text of ["Furthest off plan", 'href="/w/acme/portfolio/t9#plan-vs-actual-heading"', "€13,100 worse than plan to date"]) expect(out).toContain(text);
    expect(out).not.toContain("Nothing needs attention");
  });
});

describe("PlanVsActualPanel", () => {
  const how = { formula: "f", inputs: [] };
  const panel = (over: Partial<DashboardPlanVsActual["toDate"]>, withActuals = 2): DashboardPlanVsActual => ({
    toDate: {
      plannedCostCents: 1_000_000, actualCostCents: 1_120_000, costVarianceCents: 120_000, costVarianceRatio: 0.12, plannedBenefitCents: 2_000_000,
      realisedBenefitCents: 1_500_000, benefitVarianceCents: -500_000, plannedRoi: 1, realisedRoi: 0.3393, realisedRoiUnavailable: null, ...over,
    },
    withActuals, withoutActuals: 1, roiTechnologies: 2, leftOutOfRoi: 1, unmatched: { count: 0, cents: 0 }, spend: how, roi: how,
  });

  it("shows actual spend to date against the plan and ROI realised against planned", () => {
    const out = html(createElement(PlanVsActualPanel, { planVsActual: panel({}), month: "2026-03-01", slug: "acme", formats: us() }));
    for (const text of ["$11,200", "Plan $10,000 · $1,200 over plan (12.0%)", "33.9%", "Planned ROI 100.0%, over the same 2 technologies and months (1 with payments or benefits only left out)", "2 technologies with actuals; 1 without any left out"])
      expect(out).toContain(text);
    expect(out).not.toContain("No actuals yet");
  });

  it("says why the realised ROI is not there yet", () => {
    const out = html(createElement(PlanVsActualPanel, { planVsActual: panel({ realisedRoi: null, realisedRoiUnavailable: "no benefit measured or entered to date" }), month: "2026-03-01", slug: "acme", formats: us() }));
    expect(out).toContain("Not available: no benefit measured or entered to date");
  });

  it("without actuals says so: every money figure is the plan", () => {
    const out = html(createElement(PlanVsActualPanel, { planVsActual: panel({}, 0), month: "2026-03-01", slug: "acme", formats: us() }));
    expect(out).toContain("No actuals yet</strong> up to Mar 2026");
    expect(out).toContain('href="/w/acme/actuals"');
    expect(out).not.toContain('data-testid="tile-actual-spend"');
  });

  it("points to the unmatched payments when the ledger holds some but none is filed under a technology", () => {
    const out = html(createElement(PlanVsActualPanel, { planVsActual: { ...panel({}, 0), unmatched: { count: 12, cents: 345_600 } }, month: "2026-03-01", slug: "acme", formats: us() }));
    expect(out).toContain("The ledger holds 12 payments ($3,456) that no technology claims yet");
    expect(out).toContain('href="/w/acme/actuals?match=unmatched"');
  });
});

describe("TimeMap", () => {
  const quadrants = ["invest", "migrate", "tolerate", "eliminate"] as const;
  const points: TimeMapPoint[] = Array.from({ length: 300 }, (_, i) => ({
    id: `t${i}`,
    name: `Tech ${i}`,
    quadrant: quadrants[i % 4],
    businessValue: (i * 7) % 101,
    costRisk: (i * 13) % 101,
    annualRunRateCents: i * 100_00,
  }));
  const out = html(createElement(TimeMap, { points, slug: "acme", formats: us() }));

  it("draws one linked dot per technology, and sends a portfolio this large to the table sorted by quadrant", () => {
    expect(out).toContain('data-count="300"');
    expect(out.match(/<path /g)?.length).toBe(4); // one path of dots per quadrant
    expect(out).toContain("Invest (75)");
    expect(out).not.toContain("<tr>");
    expect(out).toContain('href="/w/acme/portfolio?sort=timeQuadrant"');
  });


  it("lists a small portfolio under the map, one row per technology", () => {
    const small = html(createElement(TimeMap, { points: points.slice(0, 12), slug: "acme", formats: us() }));
    expect(small.match(/<tr>/g)?.length).toBe(13); // header + rows
    expect(small).toContain('href="/w/acme/portfolio/t11"');
  });
});
