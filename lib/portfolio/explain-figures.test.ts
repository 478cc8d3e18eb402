import { describe, expect, it } from "vitest";
import type { BenefitItem, CostItem, Investment, Risk, ScoringFactor } from "@/db/schema";
import { formatMoney, formatPercent } from "@/lib/format";
import { annualFigures, explainFigures, monthLabel, summarizeSeries, type FigureKey } from "./explain-figures";
import { computePortfolioRows, evaluateTechnology, factorScore, type TechnologyItems } from "./metrics";
import type { TechnologyDetail } from "./types";

const today = new Date("2026-03-15T12:00:00Z");
const base = { orgId: "org", investmentId: "inv", createdAt: today };

const investment: Investment = {
  orgId: "org", id: "inv", name: "Mixer", vendor: "Hobart", category: "hardware", valueChainActivity: "operations",
  status: "live", goLiveDate: "2026-01-01", usefulLifeMonths: 60, ownerName: "Ana", notes: "", version: 1, createdAt: today, updatedAt: today,
};

function cost(over: Partial<CostItem>): CostItem {
  return {
    ...base, id: crypto.randomUUID(), category: "licence", description: "", kind: "one_time", frequency: null, amountCents: 0,
    startMonth: "2026-01-01", endMonth: null, renewalDate: null, noticeDays: null, annualUpliftPct: null, ...over,
  };
}

function benefit(over: Partial<BenefitItem>): BenefitItem {
  return {
    ...base, id: crypto.randomUUID(), category: "labour_savings", description: "", kind: "recurring", frequency: "monthly",
    amountCents: 0, startMonth: "2026-01-01", endMonth: null, rampUpMonths: 0, confidence: "1", calculator: null, kpiId: null, valuePerUnitCents: null, ...over,
  };
}

const risk = (over: Partial<Risk>): Risk => ({
  ...base, id: crypto.randomUUID(), type: "vendor", title: "Vendor lock-in", likelihood: 2, impact: 3, mitigation: "", status: "open", ...over,
});
const factor = (name: string, weight: string, score: number): ScoringFactor => ({ ...base, id: name, name, weight, score, kind: "qualitative" });

/** A detail assembled exactly as `getTechnologyDetail` does, from the same metrics functions. */
function detailOf(items: Partial<TechnologyItems>, rate = 0.08): TechnologyDetail {
  const all: TechnologyItems = { investment, costs: [], benefits: [], risks: [], factors: [], alignments: [], ...items };
  const { origin, horizonMonths, summary } = evaluateTechnology(all, rate, today);
  const [row] = computePortfolioRows([all], rate, today);
  return {
    row, investment: all.investment, costs: all.costs, benefits: all.benefits, risks: all.risks, factors: all.factors,
    alignments: all.alignments.map((a) => ({ goalId: a.goalId, title: `Goal ${a.goalId}`, perspective: "financial", weight: a.goalWeight, strength: a.strength })),
    originMonth: origin, horizonMonths, annualDiscountRate: rate, summary, weightedScore: factorScore(all.factors),
  };
}

// The bakery mixer of DESIGN.md §4: 5,000 benefits, 500 opex, 5,000 initial over 5 years.
const mixer = detailOf({
  costs: [cost({ amountCents: 500_000 }), cost({ kind: "recurring", frequency: "annual", amountCents: 50_000, category: "maintenance" })],
  benefits: [benefit({ frequency: "annual", amountCents: 500_000 })],
  risks: [risk({}), risk({ title: "Breakdown", likelihood: 4, impact: 4, status: "closed" })],
  factors: [factor("Fit", "60", 4), factor("Cost", "40", 3)],
  alignments: [{ goalId: "g1", strength: 4, goalWeight: 2 }, { goalId: "g2", strength: 0, goalWeight: 1 }],
});
const usd = { locale: "en-US", currency: "USD" } as const;
const byKey = (d: TechnologyDetail) => new Map(explainFigures(d, usd, today).map((f) => [f.key, f] as const));
const get = (d: TechnologyDetail, key: FigureKey) => byKey(d).get(key)!;

describe("explainFigures", () => {
  it("explains every headline figure, in tile order", () => {
    expect(explainFigures(mixer, usd, today).map((f) => f.key)).toEqual([
      "roi", "aro", "npv", "riskAdjustedNpv", "irr", "payback", "discountedPayback", "tco", "runRate", "weightedScore", "alignment", "risk",
    ]);
  });

  it("shows the risk-adjusted NPV beside the planned one, with each benefit's confidence", () => {
    const tile = explainFigures(mixer, usd, today).find((f) => f.key === "riskAdjustedNpv")!;
    expect(tile.value).toBe(mixer.row.riskAdjustedNpvCents);
    expect(tile.inputs[0]).toEqual({ label: "NPV as planned (every benefit in full)", value: formatMoney(mixer.summary.npvCents, usd) });
    expect(tile.inputs).toHaveLength(1 + mixer.benefits.length);
  });

  it("takes every value from the summary and the row, so a tile never disagrees with its explanation", () => {
    const f = byKey(mixer);
    expect(f.get("npv")!.value).toBe(mixer.summary.npvCents);
    expect(f.get("roi")!.value).toBe(mixer.summary.roi);
    expect(f.get("irr")!.value).toBe(mixer.summary.irrAnnual);
    expect(f.get("payback")!.value).toBe(mixer.summary.paybackMonths);
    expect(f.get("discountedPayback")!.value).toBe(mixer.summary.discountedPaybackMonths);
    expect(f.get("tco")!.value).toBe(mixer.summary.tco.totalCents);
    expect(f.get("runRate")!.value).toBe(mixer.row.annualRunRateCents);
    expect(f.get("alignment")!.value).toBe(mixer.row.alignmentScore);
    expect(f.get("risk")!.value).toBe(mixer.row.riskScore);
    expect(f.get("weightedScore")!.value).toBeCloseTo(3.6);
  });

  it("shows the ROI inputs as the summary's total benefits and costs", () => {
    const roi = get(mixer, "roi");
    expect(roi.formula).toBe("(benefit − cost) / cost");
    expect(roi.inputs.map((i) => i.value)).toEqual([formatMoney(mixer.summary.totalBenefitsCents, usd), formatMoney(mixer.summary.totalCostsCents, usd)]);
  });

  it("writes every figure in the workspace's locale", () => {
    const de = new Map(explainFigures(mixer, { locale: "de-DE", currency: "EUR" }, today).map((f) => [f.key, f] as const));
    expect(de.get("aro")!.display).toBe("233,3\u00a0%");
    expect(de.get("aro")!.inputs).toContainEqual({ label: "Initial investment (one-time costs)", value: "5.000\u00a0€" });
    expect(de.get("aro")!.inputs).toContainEqual({ label: "Useful life", value: "5,0 years" });
    expect(de.get("weightedScore")!.display).toBe("3,60 of 5");
    expect(de.get("npv")!.inputs.map((i) => i.value)).toContain("8,0\u00a0%");
    expect(de.get("npv")!.inputs[2].label).toBe("Month 0 (undiscounted)");
  });

  it("shows NPV with the discount rate, the monthly rate and a summarised cash flow", () => {
    const npv = get(mixer, "npv");
    const text = npv.inputs.map((i) => `${i.label}: ${i.value}`).join("\n");
    expect(text).toContain("Discount rate (annual): 8.0%");
    expect(text).toContain("0.6434%");
    expect(text).toContain(`… ${mixer.horizonMonths - 12} more`);
    expect(npv.unavailable).toBeNull();
  });

  it("computes the annualized Return on Automation from the annual figures (bakery mixer → 233.3%)", () => {
    expect(annualFigures(mixer)).toEqual({ initialInvestmentCents: 500_000, annualOperatingCostsCents: 50_000, annualBenefitsCents: 500_000, usefulLifeYears: 5 });
    const aro = get(mixer, "aro");
    expect(aro.value).toBeCloseTo(2.3333, 4);
    expect(aro.display).toBe("233.3%");
  });

  it("spreads one-time benefits over the useful life, as one-time costs are (no −100% for a one-off payback)", () => {
    // One-time cost 10,000 and one-time benefit 30,000 over a 5-year life: 6,000 a year against 2,000 a year.
    const oneOff = detailOf({ costs: [cost({ amountCents: 1_000_000 })], benefits: [benefit({ kind: "one_time", frequency: null, amountCents: 3_000_000 })] });
    expect(annualFigures(oneOff)).toEqual({ initialInvestmentCents: 1_000_000, annualOperatingCostsCents: 0, annualBenefitsCents: 600_000, usefulLifeYears: 5 });
    const aro = get(oneOff, "aro");
    expect(aro.value).toBeCloseTo(2, 12);
    expect(aro.display).toBe("200.0%");
    expect(aro.formula).toContain("one-time benefits / usefulLifeYears");
    expect(aro.inputs).toEqual([
      { label: "Recurring benefits annualised (full ramp-up)", value: "$0" },
      { label: "One-time benefits", value: "$30,000" },
      { label: "Annual operating costs (recurring costs annualised)", value: "$0" },
      { label: "Initial investment (one-time costs)", value: "$10,000" },
      { label: "Useful life", value: "5.0 years" },
      { label: "Annual benefits = recurring annualised + one-time ÷ life", value: "$6,000" },
      { label: "Annual cost = opex + initial / life", value: "$2,000" },
    ]);
  });

  it("adds recurring and one-time benefits for the annual benefits", () => {
    // Recurring 100/month (1,200/yr) + one-time 6,000 over 4 years (1,500/yr) = 2,700/yr, against
    // opex 50/month (600/yr) + initial 4,000 over 4 years (1,000/yr) = 1,600/yr → 1,100/1,600 = 68.75%.
    const mixed = detailOf({
      investment: { ...investment, usefulLifeMonths: 48 },
      costs: [cost({ amountCents: 400_000 }), cost({ kind: "recurring", frequency: "monthly", amountCents: 5_000, category: "subscription" })],
      benefits: [benefit({ amountCents: 10_000 }), benefit({ kind: "one_time", frequency: null, amountCents: 600_000 })],
    });
    expect(annualFigures(mixed)).toEqual({ initialInvestmentCents: 400_000, annualOperatingCostsCents: 60_000, annualBenefitsCents: 270_000, usefulLifeYears: 4 });
    const aro = get(mixed, "aro");
    expect(aro.value).toBeCloseTo(1_100 / 1_600, 12);
    expect(aro.display).toBe("68.8%");
    expect(aro.inputs.find((i) => i.label.startsWith("Annual benefits"))!.value).toBe("$2,700");
  });

  it("keeps the exact share when the life does not divide a one-time benefit, rounding only what it shows", () => {
    const odd = detailOf({
      investment: { ...investment, usefulLifeMonths: 36 },
      costs: [cost({ amountCents: 300_000 })],
      benefits: [benefit({ kind: "one_time", frequency: null, amountCents: 100_000 })],
    });
    expect(annualFigures(odd).annualBenefitsCents).toBeCloseTo(100_000 / 3, 9);
    expect(get(odd, "aro").value).toBeCloseTo(100_000 / 3 / 100_000 - 1, 12);
    expect(get(odd, "aro").inputs.find((i) => i.label.startsWith("Annual benefits"))!.value).toBe("$333");
  });

  it("shows the monthly IRR behind the annual one", () => {
    const irr = get(mixer, "irr");
    expect(irr.value).not.toBeNull();
    const monthly = irr.inputs.find((i) => i.label === "Monthly IRR")!;
    expect(Number.parseFloat(monthly.value) / 100).toBeCloseTo(mixer.summary.irrMonthly!, 4);
    expect(irr.formula).toContain("(1 + monthly)^12 − 1");
  });

  it("counts only goals the technology serves and only open risks", () => {
    expect(get(mixer, "alignment").inputs).toEqual([{ label: "Goal g1", value: "strength 4 of 5 × goal weight 2" }]);
    expect(get(mixer, "risk").inputs).toEqual([{ label: "Vendor lock-in", value: "2 × 3" }]);
    expect(get(mixer, "risk").display).toBe("6 of 25");
  });

  it("says why ROI, IRR, payback and the scores are not available without costs, benefits, goals or risks", () => {
    const empty = byKey(detailOf({}));
    expect(empty.get("roi")!.display).toBe("n/a");
    expect(empty.get("roi")!.unavailable).toMatch(/Not available because no costs are recorded/);
    expect(empty.get("aro")!.unavailable).toMatch(/no annual cost/);
    expect(empty.get("irr")!.unavailable).toMatch(/never changes sign/);
    expect(empty.get("weightedScore")!.unavailable).toMatch(/no scoring factors/);
    expect(empty.get("alignment")!.unavailable).toMatch(/serves no goal/);
    expect(empty.get("risk")!.unavailable).toMatch(/no risk is assessed/);
  });

  it("says a technology that never pays back does not, and why", () => {
    const costOnly = byKey(detailOf({ costs: [cost({ amountCents: 100_000 })] }));
    expect(costOnly.get("payback")!.value).toBeNull();
    expect(costOnly.get("payback")!.unavailable).toMatch(/no benefits are recorded/);
    expect(costOnly.get("irr")!.unavailable).toMatch(/never changes sign/);
    const tooSmall = byKey(detailOf({ costs: [cost({ amountCents: 10_000_000 })], benefits: [benefit({ amountCents: 100 })] }));
    expect(tooSmall.get("payback")!.unavailable).toMatch(/stays below zero over the 60-month horizon/);
  });

  it("explains weights that do not sum to 100", () => {
    const d = detailOf({ factors: [factor("Fit", "50", 4), factor("Cost", "30", 3)] });
    expect(get(d, "weightedScore").unavailable).toBe("Not available because the factor weights sum to 80%, not 100%.");
  });
});

describe("helpers", () => {
  it("summarises long series as the first 12 values and a count", () => {
    const fmt = (v: number) => String(v);
    expect(summarizeSeries([1, 2, 3], fmt)).toBe("[1, 2, 3]");
    expect(summarizeSeries(Array.from({ length: 60 }, (_, i) => i), fmt)).toBe("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …] … 48 more");
  });

  it("labels months from the origin", () => {
    expect(monthLabel("2026-01-01", 0, "en-US")).toBe("Jan 2026");
    expect(monthLabel("2026-01-01", 14, "en-US")).toBe("Mar 2027");
    expect(monthLabel("2026-11-01", 2, "de-DE")).toBe("Jan. 2027");
  });

  it("shows a percentage with only the decimals it needs", () => {
    expect(formatPercent(0.6, "en-US", { max: 2 })).toBe("60%");
    expect(formatPercent(0.855, "en-US", { max: 1 })).toBe("85.5%");
    expect(formatPercent(0.6025, "de-DE", { max: 2 })).toBe("60,25\u00a0%");
  });
});
