/**
 * Cash-flow items and the investment summary: the messages that name a bad item, the edges of the
 * horizon, and the investment IRR's choice among several roots (flows built from known roots:
 * −10⁶·Π (y − (1 + r_k)), so each root is exact).
 */
import { describe, expect, it } from "vitest";
import { FinanceError, MAX_HORIZON_MONTHS, buildCashFlows, evaluateFlows, irr, tco, type BenefitItem, type CostItem } from "./index";
import { addBenefitItem, addCostItem, netFlows, rawCashFlows, scenarioFactors } from "./cashflow";

const costs = (items: CostItem[], horizonMonths: number) => buildCashFlows({ costs: items, benefits: [], horizonMonths }).costsCents;
const benefits = (items: BenefitItem[], horizonMonths: number) => buildCashFlows({ costs: [], benefits: items, horizonMonths }).benefitsCents;

/** Net flows as evaluateFlows takes them: benefits and costs, both ≥ 0. */
const split = (net: number[]) => [net.map((v) => Math.max(v, 0)), net.map((v) => Math.max(-v, 0))] as const;

describe("cash-flow items: messages and edges", () => {
  it("the horizon runs from 1 to 1,200 months", () => {
    expect(MAX_HORIZON_MONTHS).toBe(1_200);
    expect(costs([], 1_200)).toHaveLength(1_200);
    for (const h of [0, 1_201, 12.5]) {
      expect(() => costs([], h)).toThrow(`horizonMonths must be a whole number of months from 1 to 1200, got ${h}`);
    }
  });

  it("each item field is checked and named with the item's place", () => {
    const ok: CostItem = { category: "x", kind: "recurring", amountCents: 100, startMonth: 0 };
    expect(() => costs([ok, { ...ok, kind: "weekly" as "recurring" }], 12)).toThrow('costs[1].kind must be "one_time" or "recurring"');
    expect(() => costs([{ ...ok, startMonth: -1 }], 12)).toThrow("costs[0].startMonth must be a whole month offset ≥ 0, got -1");
    expect(() => costs([{ ...ok, startMonth: 1.5 }], 12)).toThrow("costs[0].startMonth must be a whole month offset ≥ 0, got 1.5");
    expect(() => costs([{ ...ok, amountCents: 0.5 }], 12)).toThrow("costs[0].amountCents must be an integer number of cents, got 0.5");
    expect(() => costs([{ ...ok, amountCents: -100 }], 12)).toThrow("costs[0].amountCents must not be negative, got -100");
    expect(() => costs([{ ...ok, endMonth: -2 }], 12)).toThrow("costs[0].endMonth must be a whole month offset ≥ 0, got -2");
    expect(() => costs([{ ...ok, startMonth: 5, endMonth: 4 }], 12)).toThrow("costs[0].endMonth (4) is before its startMonth (5)");
    expect(() => costs([{ ...ok, frequency: "weekly" as "monthly" }], 12)).toThrow('costs[0].frequency must be "monthly" or "annual"');
    expect(() => costs([{ ...ok, annualUpliftPct: Number.NaN }], 12)).toThrow("costs[0].annualUpliftPct must be a finite number, got NaN");
    expect(() => costs([{ ...ok, annualUpliftPct: -100 }], 12)).toThrow("costs[0].annualUpliftPct must be greater than -100, got -100");
    const b: BenefitItem = { category: "y", kind: "recurring", amountCents: 100, startMonth: 0 };
    expect(() => benefits([b, { ...b, rampUpMonths: -1 }], 12)).toThrow("benefits[1].rampUpMonths must be a whole number ≥ 0, got -1");
    expect(() => benefits([{ ...b, rampUpMonths: 1.5 }], 12)).toThrow("benefits[0].rampUpMonths must be a whole number ≥ 0, got 1.5");
    expect(() => benefits([{ ...b, confidence: 2 }], 12)).toThrow("benefits[0].confidence must be between 0 and 1, got 2");
    expect(() => benefits([{ ...b, amountCents: -1 }], 12)).toThrow("benefits[0].amountCents must not be negative, got -1");
    expect(() => tco([ok, { ...ok, amountCents: -5 }], 12)).toThrow("costs[1].amountCents must not be negative, got -5");
  });

  it("items added one by one are named 'cost' and 'benefit' unless told otherwise", () => {
    const target = new Float64Array(3);
    expect(() => addCostItem(target, { category: "x", kind: "one_time", amountCents: -1, startMonth: 0 })).toThrow("cost.amountCents must not be negative, got -1");
    expect(() => addBenefitItem(target, { category: "x", kind: "one_time", amountCents: -1, startMonth: 0 })).toThrow("benefit.amountCents must not be negative, got -1");
    addCostItem(target, { category: "x", kind: "recurring", amountCents: 10, startMonth: 1 }, 2);
    addBenefitItem(target, { category: "x", kind: "one_time", amountCents: 5, startMonth: 0 });
    expect(Array.from(target)).toEqual([5, 20, 20]);
  });

  it("an uplift just above −100% and a price that falls", () => {
    // −50% a year: 100, then 50 from month 12.
    const falling = costs([{ category: "x", kind: "recurring", amountCents: 100, startMonth: 0, annualUpliftPct: -50 }], 13);
    expect([falling[11], falling[12]]).toEqual([100, 50]);
    expect(costs([{ category: "x", kind: "recurring", amountCents: 100, startMonth: 0, annualUpliftPct: -99 }], 13)[12]).toBe(1);
  });

  it("an item of 0 cents is allowed and adds nothing", () => {
    const zero: CostItem = { category: "x", kind: "recurring", amountCents: 0, startMonth: 0 };
    expect(costs([zero, { ...zero, kind: "one_time" }], 3)).toEqual([0, 0, 0]);
    expect(benefits([{ category: "y", kind: "recurring", amountCents: 0, startMonth: 1, rampUpMonths: 2 }], 3)).toEqual([0, 0, 0]);
  });

  it("after its ramp-up a benefit pays exactly its amount × multiplier, not (R+1)/(R+1) of it", () => {
    // 100 cents × 0.55 is 55.00000000000001 in binary; ×5/5 would be 55.000000000000014.
    const target = new Float64Array(7);
    addBenefitItem(target, { category: "y", kind: "recurring", amountCents: 100, startMonth: 1, rampUpMonths: 4 }, 0.55);
    expect(target[0]).toBe(0);
    for (let k = 0; k < 4; k++) expect(target[1 + k], `month ${1 + k}`).toBeCloseTo((100 * 0.55 * (k + 1)) / 5, 12);
    expect(target[5]).toBe(100 * 0.55);
    expect(target[6]).toBe(100 * 0.55);
  });

  it("a missing or null end month is open-ended", () => {
    const open: CostItem = { category: "x", kind: "recurring", amountCents: 5, startMonth: 1 };
    expect(costs([open], 4)).toEqual([0, 5, 5, 5]);
    expect(costs([{ ...open, endMonth: null as unknown as undefined }], 4)).toEqual([0, 5, 5, 5]);
  });

  it("scenario levers are checked and named", () => {
    expect(scenarioFactors()).toEqual({ benefit: 1, cost: 1, delay: 0 });
    expect(scenarioFactors({ benefitMultiplier: 2, adoptionRate: 0.5, costMultiplier: 0, delayMonths: 0 })).toEqual({ benefit: 1, cost: 0, delay: 0 });
    expect(() => scenarioFactors({ benefitMultiplier: -1 })).toThrow("scenario.benefitMultiplier must not be negative, got -1");
    expect(() => scenarioFactors({ adoptionRate: 1.5 })).toThrow("scenario.adoptionRate must be between 0 and 1, got 1.5");
    expect(() => scenarioFactors({ costMultiplier: -0.5 })).toThrow("scenario.costMultiplier must not be negative, got -0.5");
    expect(() => scenarioFactors({ delayMonths: -1 })).toThrow("scenario.delayMonths must not be negative, got -1");
  });

  it("netFlows is benefits less costs, month by month, unrounded", () => {
    const raw = rawCashFlows({
      costs: [{ category: "x", kind: "recurring", amountCents: 3, startMonth: 0 }],
      benefits: [{ category: "y", kind: "recurring", amountCents: 5, startMonth: 1 }],
      horizonMonths: 3,
      scenario: { benefitMultiplier: 0.5 },
    });
    expect(netFlows(raw)).toEqual([-3, -0.5, -0.5]);
  });
});

describe("the investment IRR among several roots", () => {
  it("a loss-making investment takes the negative root nearest the first negative guess", () => {
    // Roots +2%, +5%, −15%, −60% a month; the flows sum to −90: a loss.
    const net = [-1_000_000, 3_320_000, -3_998_500, 2_042_550, -364_140];
    expect(net.reduce((a, b) => a + b, 0)).toBe(-90);
    // From the first guess, 1%, the solver finds +2%: the wrong sign for a loss. From −10%: −15%.
    expect(irr(net, 0.01)).toBeCloseTo(0.02, 9);
    const f = evaluateFlows(...split(net), 0.08);
    expect(f.irrMonthly).toBeCloseTo(-0.15, 9);
    expect(f.irrAnnual).toBeCloseTo(0.85 ** 12 - 1, 9);
  });

  it("when −10% still lands on a positive root, −50% is tried next", () => {
    // Roots +2%, +5%, −40%, −85%; loss of 340. From −10% the nearest root is +2%; from −50%, −40%.
    const net = [-1_000_000, 2_820_000, -2_713_500, 989_550, -96_390];
    expect(net.reduce((a, b) => a + b, 0)).toBe(-340);
    expect(irr(net, -0.1)).toBeCloseTo(0.02, 9);
    expect(evaluateFlows(...split(net), 0.08).irrMonthly).toBeCloseTo(-0.4, 9);
  });

  it("an input error inside the IRR search is not mistaken for 'no rate'", () => {
    // A non-finite month reaches irr(), whose INVALID_INPUT must surface (only NO_SIGN_CHANGE and
    // NO_CONVERGENCE mean "no rate of return").
    expect(() => evaluateFlows([0, Number.NaN], [100, 0], 0.08)).toThrow(new FinanceError("INVALID_INPUT", "values[1] must be a finite number, got NaN"));
  });

  it("break-even with a second, positive root: 0%, not the positive root", () => {
    // Roots 0%, +5% and −30% a month; the flows sum to exactly 0 (the root at 0%).
    const net = [-1_000_000, 2_750_000, -2_485_000, 735_000];
    expect(net.reduce((a, b) => a + b, 0)).toBe(0);
    expect(irr(net, 0.1)).toBeCloseTo(0.05, 9);
    const f = evaluateFlows(...split(net), 0.08);
    expect(f.netCents).toBe(0);
    expect(f.irrMonthly).toBeCloseTo(0, 9);
  });

  it("break-even: the rate is 0%", () => {
    const f = evaluateFlows([0, 50, 50], [100, 0, 0], 0.08);
    expect(f.netCents).toBe(0);
    expect(f.irrMonthly).toBeCloseTo(0, 12);
    expect(f.irrAnnual).toBeCloseTo(0, 12);
  });
});
