// The portfolio valuation's definitions, and how proposed and retired technologies count in every view.
import { describe, expect, it } from "vitest";
import type { BenefitItem, CostItem, Investment } from "@/db/schema";
import { buildDashboard } from "@/lib/dashboard/build";
import { monthlyNpv, paybackPeriod, roundHalfEven } from "@/lib/finance";
import { buildStrategyView } from "@/lib/strategy/build";
import { evaluatePortfolio, timelineOf, type TechnologyItems } from "./metrics";
import { sumTotals } from "./table-query";
import { countsInPortfolio, finalBreakEven, isInUse, partOf, portfolioPayback, valuePortfolio } from "./valuation";

const today = new Date(2026, 5, 20, 12); // 20 Jun 2026: the last complete month is May 2026
const RATE = 0.1;
const base = { orgId: "org", createdAt: today };
let seq = 0;

function tech(over: Partial<Investment>, costs: Partial<CostItem>[], benefits: Partial<BenefitItem>[] = []): TechnologyItems {
  const id = `inv-${++seq}`;
  return {
    investment: {
      ...base, id, name: `Tech ${seq}`, vendor: "", category: "crm", valueChainActivity: "operations", status: "live",
      goLiveDate: null, usefulLifeMonths: 24, ownerName: "Ana", notes: "", version: 1, updatedAt: today, ...over,
    } as Investment,
    costs: costs.map((c) => ({
      ...base, investmentId: id, id: `c${++seq}`, category: "licence", description: "", kind: "one_time", frequency: null, amountCents: 0,
      startMonth: "2025-01-01", endMonth: null, renewalDate: null, noticeDays: null, annualUpliftPct: null, ...c,
    }) as CostItem),
    benefits: benefits.map((b) => ({
      ...base, investmentId: id, id: `b${++seq}`, category: "labour_savings", description: "", kind: "recurring", frequency: "monthly", amountCents: 0,
      startMonth: "2025-01-01", endMonth: null, rampUpMonths: 0, confidence: "1", calculator: null, ...b,
    }) as BenefitItem),
    risks: [],
    factors: [],
    alignments: [],
  };
}

// Live since Jan 2025: $12,000 up front, $1,000 a month of benefits (80% likely), $100 a month of fees renewing in July.
const live = tech({ name: "Live", goLiveDate: "2025-01-01" }, [
  { amountCents: 1_200_000 },
  { category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 10_000, renewalDate: "2026-07-15", noticeDays: 10 },
], [{ amountCents: 100_000, confidence: "0.8" }]);
// Retired: started in Jan 2020 with a ten-year life; its plan would run on, but it counts only up to May 2026.
const retired = tech({ name: "Retired", status: "retired", goLiveDate: "2020-01-01", usefulLifeMonths: 120 }, [
  { amountCents: 500_000, startMonth: "2020-01-01" },
  { category: "maintenance", kind: "recurring", frequency: "annual", amountCents: 50_000, startMonth: "2020-01-01", renewalDate: "2026-07-01", noticeDays: 5 },
], [{ amountCents: 20_000, startMonth: "2020-01-01" }]);
// Proposed: starts in Mar 2026 and loses money; it is nobody's spend yet.
const proposed = tech({ name: "Proposed", status: "proposed", goLiveDate: "2026-03-01" }, [
  { amountCents: 9_000_000, startMonth: "2026-03-01" },
  { category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 50_000, startMonth: "2026-03-01" },
], [{ amountCents: 10_000, startMonth: "2026-03-01" }]);

const evaluated = () => evaluatePortfolio([live, retired, proposed], RATE, today);
const byName = (name: string) => evaluated().find((t) => t.row.name === name)!;

describe("which technologies count", () => {
  it("counts all but proposals in money, and only approved, implementing and live ones as in use", () => {
    expect(["proposed", "approved", "implementing", "live", "retired"].map((s) => countsInPortfolio(s as Investment["status"]))).toEqual([false, true, true, true, true]);
    expect(["proposed", "approved", "implementing", "live", "retired"].map((s) => isInUse(s as Investment["status"]))).toEqual([false, true, true, true, false]);
  });

  it("ends a retired technology's timeline with the last complete month, and leaves the others' alone", () => {
    expect(timelineOf(retired, today)).toEqual({ origin: "2020-01-01", horizonMonths: 12 * 6 + 5 }); // Jan 2020 – May 2026
    expect(timelineOf(live, today)).toEqual({ origin: "2025-01-01", horizonMonths: 24 });
    expect(byName("Retired").summary.series.costsCents).toHaveLength(77);
  });

  it("gives no run-rate to proposed or retired technologies", () => {
    expect(byName("Live").row.annualRunRateCents).toBe(120_000);
    expect(byName("Retired").row.annualRunRateCents).toBe(0);
    expect(byName("Proposed").row.annualRunRateCents).toBe(0);
  });
});

describe("valuePortfolio", () => {
  it("values each technology at its own start and sums them; proposals are left out", () => {
    const techs = evaluated();
    const v = valuePortfolio(techs, RATE, "2026-05-01");
    expect(v.countedCount).toBe(2);
    expect(v.proposedCount).toBe(1);
    expect(v.plan.npvCents).toBe(byName("Live").row.npvCents + byName("Retired").row.npvCents);
    expect(v.plan.tcoCents).toBe(byName("Live").row.tcoCents + byName("Retired").row.tcoCents);
    expect(v.plan.riskAdjustedNpvCents).toBe(byName("Live").row.riskAdjustedNpvCents + byName("Retired").row.npvCents);
    expect(byName("Live").row.riskAdjustedNpvCents).toBeLessThan(byName("Live").row.npvCents);
    const totals = sumTotals(techs.map((t) => t.row));
    expect(totals).toEqual({ npvCents: v.plan.npvCents, tcoCents: v.plan.tcoCents, annualRunRateCents: 120_000, proposedCount: 1 });
  });

  it("to date: each technology's NPV of its months so far, at its own start", () => {
    const v = valuePortfolio(evaluated(), RATE, "2025-06-01");
    const liveNet = byName("Live").summary.series.netCents.slice(0, 6);
    const retiredNet = byName("Retired").summary.series.netCents.slice(0, 66);
    expect(v.toDate.npvCents).toBe(roundHalfEven(monthlyNpv(RATE, liveNet)) + roundHalfEven(monthlyNpv(RATE, retiredNet)));
    const costs = [...liveNet.keys()].reduce((a, m) => a + byName("Live").summary.series.costsCents[m], 0) + byName("Retired").summary.series.costsCents.slice(0, 66).reduce((a, b) => a + b, 0);
    expect(v.toDate.totalCostsCents).toBe(costs);
    expect(v.toDate.roi).toBe((v.toDate.totalBenefitsCents - costs) / costs);
  });

  it("counts payback from the earliest start of a technology in use, on their flows alone", () => {
    const v = valuePortfolio(evaluated(), RATE, "2026-05-01");
    expect(v.payback.start).toBe("2025-01-01");
    expect(v.payback.months).toBe(paybackPeriod(byName("Live").summary.series.netCents));
    expect(v.payback.month).toBe("2026-02-01"); // −$11,100 in Jan 2025, then +$900 a month: 12.33 months
    expect(v.payback.reached).toBe(true);
    expect(portfolioPayback([partOf(byName("Retired"))])).toEqual({ start: null, months: null, month: null });
  });
});

describe("finalBreakEven", () => {
  it("is paybackPeriod's answer for one outlay followed by returns", () => {
    for (const flows of [[-100, 60, 60], [-1_110_000, ...Array(24).fill(90_000)], [-5, 5], [-10, 0, 4, 6, 1]]) {
      expect(finalBreakEven(flows)).toBe(paybackPeriod(flows));
    }
  });

  it("counts the last time the cumulative turns ≥ 0, not an early month in profit", () => {
    // In profit at once, then a purchase takes it to −70 in month 2; back to ≥ 0 in month 3 (−70 + 100).
    expect(paybackPeriod([30, 0, -100, 100, 10])).toBe(0);
    expect(finalBreakEven([30, 0, -100, 100, 10])).toBeCloseTo(2 + 70 / 100, 12);
  });

  it("is 0 when the cumulative never goes below zero, and null when it ends below zero", () => {
    expect(finalBreakEven([0, 5, -5, 3])).toBe(0);
    expect(finalBreakEven([10, -20, 5])).toBeNull();
    expect(finalBreakEven([])).toBe(0);
  });
});

describe("status in every view", () => {
  it("dashboard: proposals and retired technologies stay off the TIME map, the delivery alerts and the renewals", () => {
    const view = buildDashboard({
      month: "2026-05-01", months: ["2026-05-01"], annualDiscountRate: RATE, technologies: evaluated(), kpis: [],
      valuesAtMonth: [], valuesAtPreviousMonth: [], goalsWithoutTechnology: [], formats: { locale: "en-US", currency: "USD" }, today,
      actuals: { costs: new Map(), realised: new Map(), unmatched: { count: 0, cents: 0 } },
    });
    expect(view.timeMap.map((p) => p.name)).toEqual(["Live"]);
    expect(byName("Proposed").row.npvCents).toBeLessThan(0);
    expect(view.alerts.belowExpectedRoi.map((a) => a.name)).not.toContain("Proposed");
    expect(view.alerts.renewals.map((r) => r.name)).toEqual(["Live"]);
    expect(view.tiles.runRateCents.value).toBe(120_000);
    expect(view.tiles.status.counts).toMatchObject({ live: 1, retired: 1, proposed: 1 });
  });

  it("the table: only technologies in use have a TIME quadrant", () => {
    expect(evaluated().map((t) => [t.row.name, t.row.timeQuadrant === null])).toEqual([["Live", false], ["Retired", true], ["Proposed", true]]);
  });

  it("strategy: the value chain counts what the valuation counts; the TIME map only what is in use", () => {
    const view = buildStrategyView(evaluated());
    expect(view.valueChain.totals.npvCents).toBe(valuePortfolio(evaluated(), RATE, "2026-05-01").plan.npvCents);
    expect(view.entries.map((e) => e.name)).toEqual(["Live"]);
  });
});
