import { describe, expect, it } from "vitest";
import {
  FinanceError,
  evaluateInvestment,
  monteCarloNpv,
  mulberry32,
  pertDraw,
  pertEstimate,
  threePointMean,
  triangular,
  type BenefitItem,
  type CostItem,
  type MonteCarloInput,
} from "./index";

const costs: CostItem[] = [
  { category: "purchase", kind: "one_time", amountCents: 4_000_000, startMonth: 0 },
  { category: "subscription", kind: "recurring", amountCents: 180_000, startMonth: 0, annualUpliftPct: 9 },
];
const benefits: BenefitItem[] = [{ category: "labour", kind: "recurring", amountCents: 420_000, startMonth: 3, rampUpMonths: 6, confidence: 0.8 }];
const base = { costs, benefits, horizonMonths: 60, annualDiscountRate: 0.1 };

describe("three-point estimates", () => {
  it("PERT expectation (o + 4m + p)/6 and spread (p − o)/6", () => {
    expect(pertEstimate({ optimistic: 10, mostLikely: 20, pessimistic: 60 })).toEqual({ mean: 25, standardDeviation: 50 / 6 });
    expect(threePointMean({ optimistic: 10, mostLikely: 20, pessimistic: 60 })).toBe(30);
  });
});

describe("seeded draws", () => {
  it("mulberry32 is deterministic and uniform on [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100_000 }, () => a());
    expect(xs.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 2);
  });

  it("triangular and PERT draws have the right means and stay in range", () => {
    const rand = mulberry32(7);
    const tp = { min: 2, mode: 3, max: 10 };
    const n = 200_000;
    let tri = 0;
    let pert = 0;
    let outOfRange = 0;
    for (let i = 0; i < n; i++) {
      const t = triangular(rand, tp);
      const p = pertDraw(rand, tp);
      if (!(t >= 2 && t <= 10 && p >= 2 && p <= 10)) outOfRange++;
      tri += t;
      pert += p;
    }
    expect(outOfRange).toBe(0);
    expect(tri / n).toBeCloseTo(15 / 3, 1);
    expect(pert / n).toBeCloseTo((2 + 12 + 10) / 6, 1);
  });
});

describe("monteCarloNpv", () => {
  it("with fixed inputs every draw is the deterministic NPV", () => {
    const mc = monteCarloNpv({ ...base, seed: 1, draws: 100 });
    const { npvCents } = evaluateInvestment(base);
    for (const p of [mc.p10Cents, mc.p50Cents, mc.p90Cents, mc.meanCents]) expect(Math.abs(p - npvCents)).toBeLessThanOrEqual(1);
  });

  it("precomputed draws equal rebuilding the series with the drawn scenario", () => {
    const scenario = { benefitMultiplier: 0.8, costMultiplier: 1.1, delayMonths: 2.5 };
    const fixed = (v: number) => ({ min: v, mode: v, max: v });
    const mc = monteCarloNpv({
      ...base,
      seed: 3,
      draws: 10,
      benefitMultiplier: fixed(0.8),
      costMultiplier: fixed(1.1),
      delayMonths: fixed(2.5),
    });
    expect(Math.abs(mc.p50Cents - evaluateInvestment({ ...base, scenario }).npvCents)).toBeLessThanOrEqual(1);
    const riskAdjusted = monteCarloNpv({ ...base, seed: 3, draws: 10, riskAdjusted: true });
    expect(Math.abs(riskAdjusted.p50Cents - evaluateInvestment({ ...base, riskAdjusted: true }).npvCents)).toBeLessThanOrEqual(1);
  });

  const uncertain: MonteCarloInput = {
    ...base,
    seed: 2024,
    benefitMultiplier: { min: 0.5, mode: 1, max: 1.5 },
    costMultiplier: { min: 0.9, mode: 1, max: 1.3 },
    delayMonths: { min: 0, mode: 2, max: 6 },
  };

  it("is identical for the same seed and differs for another", () => {
    expect(monteCarloNpv(uncertain)).toEqual(monteCarloNpv(uncertain));
    expect(monteCarloNpv({ ...uncertain, seed: 2025 }).p50Cents).not.toBe(monteCarloNpv(uncertain).p50Cents);
    expect(monteCarloNpv({ ...uncertain, distribution: "pert" })).toEqual(monteCarloNpv({ ...uncertain, distribution: "pert" }));
  });

  it("orders its percentiles and reports P(NPV > 0)", () => {
    for (const distribution of ["triangular", "pert"] as const) {
      const mc = monteCarloNpv({ ...uncertain, distribution });
      expect(mc.draws).toBe(10_000);
      expect(mc.p10Cents).toBeLessThan(mc.p50Cents);
      expect(mc.p50Cents).toBeLessThan(mc.p90Cents);
      expect(mc.probabilityPositive).toBeGreaterThan(0);
      expect(mc.probabilityPositive).toBeLessThan(1);
    }
  });

  it("a symmetric benefit spread averages to the deterministic NPV", () => {
    const mc = monteCarloNpv({ ...base, seed: 9, draws: 20_000, benefitMultiplier: { min: 0.5, mode: 1, max: 1.5 } });
    const { npvCents } = evaluateInvestment(base);
    expect(Math.abs(mc.meanCents - npvCents)).toBeLessThan(0.01 * Math.abs(npvCents) + 20_000);
  });

  it("rejects bad distributions", () => {
    expect(() => monteCarloNpv({ ...uncertain, benefitMultiplier: { min: 1, mode: 0.5, max: 2 } })).toThrow(FinanceError);
    expect(() => monteCarloNpv({ ...uncertain, delayMonths: { min: -1, mode: 0, max: 1 } })).toThrow(FinanceError);
    expect(() => monteCarloNpv({ ...uncertain, draws: 0 })).toThrow(FinanceError);
    expect(() => monteCarloNpv({ ...uncertain, seed: 1.5 })).toThrow(FinanceError);
  });
});
