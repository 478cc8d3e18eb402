/**
 * The Monte Carlo over several streams (a portfolio's technologies, each valued at its own start): the
 * present-value model against rebuilding every stream's flows, and the run against its one-stream form.
 */
import { describe, expect, it } from "vitest";
import { evaluateInvestment, monteCarloNpv, npvModel, simulateNpv, type BenefitItem, type CostItem } from "./index";

const RATE = 0.08;
const streams: { costs: CostItem[]; benefits: BenefitItem[]; horizonMonths: number }[] = [
  {
    costs: [{ category: "licence", kind: "one_time", amountCents: 1_200_000, startMonth: 0 }],
    benefits: [{ category: "labour", kind: "recurring", amountCents: 90_000, startMonth: 1, rampUpMonths: 3, confidence: 0.5 }],
    horizonMonths: 24,
  },
  {
    costs: [{ category: "subscription", kind: "recurring", amountCents: 20_000, startMonth: 0 }],
    benefits: [{ category: "revenue", kind: "recurring", amountCents: 45_000, startMonth: 0 }],
    horizonMonths: 6,
  },
];

/** The streams' NPV rebuilt from their flows under one scenario, unrounded only by each stream's cent. */
const rebuilt = (benefitMultiplier: number, costMultiplier: number, delayMonths: number, riskAdjusted = false) =>
  streams.reduce((sum, s) => sum + evaluateInvestment({ ...s, annualDiscountRate: RATE, riskAdjusted, scenario: { benefitMultiplier, costMultiplier, delayMonths } }).npvCents, 0);

describe("npvModel over several streams", () => {
  const model = npvModel(streams, RATE, 8);

  it.each([
    [1, 1, 0],
    [1.2, 0.9, 1.5],
    [0.7, 1.1, 4.25],
    [1, 1, 7.5],
  ])("b %s, c %s, delay %s months: the sum of each stream's NPV", (b, c, d) => {
    expect(Math.abs(model.npv(b, c, d) - rebuilt(b, c, d))).toBeLessThanOrEqual(1);
  });

  it("weights benefits by confidence when risk-adjusted", () => {
    const adjusted = npvModel(streams, RATE, 0, true);
    expect(Math.abs(adjusted.npv(1, 1, 0) - rebuilt(1, 1, 0, true))).toBeLessThanOrEqual(1);
    expect(adjusted.npv(1, 1, 0)).toBeLessThan(model.npv(1, 1, 0));
  });

  it("caps the delay at the longest horizon: later, every benefit has left every stream", () => {
    expect(model.maxDelay).toBe(8);
    const far = npvModel(streams, RATE, 500);
    expect(far.maxDelay).toBe(24);
    expect(far.npv(1, 1, 1_000)).toBe(far.npv(0, 1, 0));
    expect(Math.abs(far.npv(1, 1, 10) - rebuilt(1, 1, 10))).toBeLessThanOrEqual(1);
    expect(npvModel(streams, RATE, 2.5).maxDelay).toBe(3);
  });

  it("is zero without streams, and refuses a delay bound that is negative or not finite", () => {
    expect(npvModel([], RATE, 3).npv(1, 1, 2)).toBe(0);
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => npvModel(streams, RATE, bad)).toThrow(`maxDelay must be a finite number ≥ 0, got ${bad}`);
    }
  });
});

describe("simulateNpv", () => {
  const settings = { benefitMultiplier: { min: 0.6, mode: 1, max: 1.3 }, costMultiplier: { min: 0.9, mode: 1, max: 1.2 }, delayMonths: { min: 0, mode: 1, max: 3 }, seed: 11, draws: 500 };

  it("for one stream gives monteCarloNpv's figures, and returns every draw sorted", () => {
    const { figures, sortedNpvs } = simulateNpv({ ...settings, streams: [streams[0]], annualDiscountRate: RATE, distribution: "pert" });
    expect(figures).toEqual(monteCarloNpv({ ...settings, ...streams[0], annualDiscountRate: RATE, distribution: "pert" }));
    expect(sortedNpvs).toHaveLength(500);
    expect([...sortedNpvs]).toEqual([...sortedNpvs].sort((a, b) => a - b));
    expect(sortedNpvs[0]).toBeLessThan(sortedNpvs[499]);
  });

  it("applies one draw to every stream: at fixed settings each run is the streams' summed NPV", () => {
    const fixed = { min: 1.1, mode: 1.1, max: 1.1 };
    const { figures } = simulateNpv({ streams, annualDiscountRate: RATE, benefitMultiplier: fixed, delayMonths: { min: 2, mode: 2, max: 2 }, seed: 3, draws: 10 });
    expect(figures.p10Cents).toBe(figures.p90Cents);
    expect(Math.abs(figures.p50Cents - rebuilt(1.1, 1, 2))).toBeLessThanOrEqual(1);
    expect(figures.probabilityPositive).toBe(figures.p50Cents > 0 ? 1 : 0);
  });
});
