import { describe, expect, it } from "vitest";
import {
  alignmentScore,
  annualizedReturnOnAutomation,
  attainment,
  discountedPaybackPeriod,
  explain,
  irr,
  mirr,
  npv,
  paybackPeriod,
  riskScore,
  roi,
  tco,
  weightedScore,
  type CostItem,
} from "./index";

describe("explain", () => {
  it("covers every headline metric", () => {
    for (const key of [
      "roi",
      "annualizedReturnOnAutomation",
      "weightedScore",
      "npv",
      "irr",
      "mirr",
      "paybackPeriod",
      "discountedPaybackPeriod",
      "tco",
      "alignmentScore",
      "riskScore",
      "attainment",
    ]) {
      expect(explain).toHaveProperty(key);
    }
  });

  it("npv: value, formula and the actual inputs", () => {
    const values = [-10_000, 3_000, 4_200, 6_800];
    expect(explain.npv(0.1, values)).toEqual({ value: npv(0.1, values), formula: "Σ v_i/(1+r)^i, i=1..n", inputs: { rate: 0.1, values } });
    expect(explain.npv(0.1, values).value).toBeCloseTo(1_188.44, 2);
  });

  it("returns the same figure as the function it explains", () => {
    const flows = [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000];
    const automation = { annualBenefits: 5_000, annualOperatingCosts: 500, initialInvestment: 5_000, usefulLifeYears: 5 };
    const factors = [{ weight: 60, score: 4 }, { weight: 40, score: 5 }];
    const kpi = { actual: 21, baseline: 6, target: 25, direction: "higher" as const };
    const costs: CostItem[] = [{ category: "subscription", kind: "recurring", amountCents: 10_000, startMonth: 0, annualUpliftPct: 10 }];
    expect(explain.roi(15_000, 10_000).value).toBe(roi(15_000, 10_000));
    expect(explain.annualizedReturnOnAutomation(automation)).toMatchObject({ value: annualizedReturnOnAutomation(automation), inputs: { annualCost: 1_500 } });
    expect(explain.weightedScore(factors)).toMatchObject({ value: weightedScore(factors), inputs: { weightSum: 100 } });
    expect(explain.irr(flows).value).toBe(irr(flows));
    expect(explain.mirr(flows, 0.1, 0.12).value).toBe(mirr(flows, 0.1, 0.12));
    expect(explain.paybackPeriod(flows)).toMatchObject({ value: paybackPeriod(flows), inputs: { cumulative: [-70_000, -58_000, -43_000, -25_000, -4_000, 22_000] } });
    expect(explain.discountedPaybackPeriod(0.05, flows).value).toBe(discountedPaybackPeriod(0.05, flows));
    expect(explain.tco(costs, 24)).toMatchObject({ value: tco(costs, 24).totalCents, inputs: { horizonMonths: 24, byYear: [120_000, 132_000] } });
    expect(explain.alignmentScore([{ strength: 4 }]).value).toBe(alignmentScore([{ strength: 4 }]));
    expect(explain.riskScore(3, 4)).toEqual({ value: riskScore(3, 4), formula: "likelihood × impact (each 1–5)", inputs: { likelihood: 3, impact: 4 } });
    expect(explain.attainment(kpi)).toMatchObject({ value: attainment(kpi), inputs: kpi });
    for (const e of [explain.roi(1, 1), explain.irr(flows), explain.tco(costs, 12), explain.timeQuadrant({ alignmentScore: 80, roi: 1, riskScore: 2, relativeCost: 1 })]) {
      expect(e.formula.length).toBeGreaterThan(5);
    }
  });

  it("inputs are copies, not the caller's arrays", () => {
    const values = [-100, 110];
    const e = explain.irr(values);
    values[1] = 0;
    expect(e.inputs.values).toEqual([-100, 110]);
  });
});
