/**
 * Every explanation carries its figure, its formula and the exact inputs behind it (copies, with the
 * defaults filled in), and the engine's shared input checks name what is wrong.
 */
import { describe, expect, it } from "vitest";
import { FinanceError, annualizeMonthlyRate, discountedPaybackPeriod, explain, monthlyRate, paybackPeriod, roundHalfEven, xirr, xnpv } from "./index";
import { finiteResult, invalid, requireFinite, requireFiniteArray, requireNonNegative, requirePositive, requireProbability, requireRate } from "./errors";
import { requireCents } from "./money";

describe("explanations: figures, formulas and inputs", () => {
  it("roi and weighted score show their inputs", () => {
    expect(explain.roi(15_000, 10_000)).toEqual({ value: 0.5, formula: "(benefit − cost) / cost", inputs: { benefit: 15_000, cost: 10_000 } });
    const factors = [{ weight: 60, score: 4 }, { weight: 40, score: 5 }];
    const e = explain.weightedScore(factors);
    expect(e).toEqual({ value: 4.4, formula: "Σ weight_i/100 × score_i (weights sum to 100)", inputs: { factors, weightSum: 100 } });
    expect(e.inputs.factors[0]).not.toBe(factors[0]);
  });

  it("the automation return shows its annual cost", () => {
    const input = { annualBenefits: 5_000, annualOperatingCosts: 500, initialInvestment: 5_000, usefulLifeYears: 5 };
    expect(explain.annualizedReturnOnAutomation(input)).toEqual({
      value: expect.closeTo(7 / 3, 12),
      formula: "(annualBenefits − annualCost) / annualCost, annualCost = annualOperatingCosts + initialInvestment / usefulLifeYears",
      inputs: { ...input, annualCost: 1_500 },
    });
  });

  it("xnpv and xirr show values, dates and guess", () => {
    const dates = [new Date("2024-01-01T00:00:00Z"), new Date("2025-01-01T00:00:00Z")];
    expect(explain.xnpv(0.1, [-100, 110], dates)).toEqual({
      value: xnpv(0.1, [-100, 110], dates),
      formula: "Σ v_i/(1+r)^((d_i − d_0)/365)",
      inputs: { rate: 0.1, values: [-100, 110], dates },
    });
    const e = explain.xirr([-100, 110], dates);
    expect(e).toEqual({
      value: xirr([-100, 110], dates),
      formula: "r such that Σ v_i/(1+r)^((d_i − d_0)/365) = 0 (the root nearest the guess)",
      inputs: { values: [-100, 110], dates, guess: 0.1 },
    });
    expect(e.inputs.dates).not.toBe(dates);
    expect(explain.xirr([-100, 230, -132], [new Date("2021-01-01"), new Date("2022-01-01"), new Date("2023-01-01")], 0.19).inputs.guess).toBe(0.19);
  });

  it("irr and mirr show their inputs", () => {
    expect(explain.irr([-100, 110], 0.2)).toEqual({
      value: expect.closeTo(0.1, 12),
      formula: "r such that Σ v_t/(1+r)^t = 0, t=0..n−1 (the root nearest the guess)",
      inputs: { values: [-100, 110], guess: 0.2 },
    });
    expect(explain.mirr([-100, 50, 80], 0.1, 0.12)).toEqual({
      value: expect.closeTo(Math.sqrt(1.36) - 1, 12),
      formula: "(FV of positive flows at reinvestRate / −PV of negative flows at financeRate)^(1/(n−1)) − 1",
      inputs: { values: [-100, 50, 80], financeRate: 0.1, reinvestRate: 0.12, n: 3 },
    });
  });

  it("payback explanations show the cumulative flows, discounted from period 0", () => {
    const flows = [-100, 55, 60.5];
    expect(explain.paybackPeriod(flows)).toEqual({
      value: paybackPeriod(flows),
      formula: "first period t with cumulative_t ≥ 0, interpolated: (t − 1) + −cumulative_(t−1) / v_t; none if never",
      inputs: { flows, cumulative: [-100, -45, 15.5] },
    });
    const e = explain.discountedPaybackPeriod(0.1, flows);
    expect(e.value).toBe(discountedPaybackPeriod(0.1, flows));
    expect(e.formula).toBe("payback on v_t/(1+r)^t: first t with Σ_(s≤t) v_s/(1+r)^s ≥ 0, interpolated inside the period");
    expect(e.inputs.rate).toBe(0.1);
    expect(e.inputs.flows).toEqual(flows);
    expect(e.inputs.discountedCumulative.map((x) => Number(x.toFixed(9)) + 0)).toEqual([-100, -50, 0]);
  });

  it("tco shows the multiplier (1 unless given) and copies of the items", () => {
    const costs = [{ category: "licence", kind: "one_time" as const, amountCents: 1_000, startMonth: 0 }];
    const plain = explain.tco(costs, 12);
    expect(plain.inputs).toEqual({ horizonMonths: 12, costMultiplier: 1, costs, byCategory: { licence: 1_000 }, byYear: [1_000] });
    expect(plain.inputs.costs[0]).not.toBe(costs[0]);
    expect(plain.formula).toBe(
      "Σ over cost items and months in the horizon: amount × (1 + uplift%)^(years since the item started) × cost multiplier; rounded per category and year",
    );
    const dearer = explain.tco(costs, 12, { costMultiplier: 1.5 });
    expect(dearer).toMatchObject({ value: 1_500, inputs: { costMultiplier: 1.5, byCategory: { licence: 1_500 } } });
    expect(explain.tco(costs, 12, { costMultiplier: 0 }).inputs.costMultiplier).toBe(0);
  });

  it("alignment and attainment show their inputs, goal weights defaulting to 1", () => {
    expect(explain.alignmentScore([{ strength: 4 }, { strength: 2, goalWeight: 3 }])).toEqual({
      value: ((4 + 6) / 4 / 5) * 100,
      formula: "Σ goalWeight × strength / Σ goalWeight / 5 × 100",
      inputs: { alignments: [{ strength: 4, goalWeight: 1 }, { strength: 2, goalWeight: 3 }] },
    });
    expect(explain.alignmentScore([{ strength: 4, goalWeight: 0 }]).inputs.alignments).toEqual([{ strength: 4, goalWeight: 0 }]);
    const kpi = { actual: 7, baseline: 10, target: 5, direction: "lower" as const };
    expect(explain.attainment(kpi)).toEqual({ value: expect.closeTo(0.6, 12), formula: "(actual − baseline) / (target − baseline), clamped to [0, 1]", inputs: kpi });
  });

  it("the TIME quadrant shows the scores behind both axes", () => {
    const e = explain.timeQuadrant({ alignmentScore: 40, roi: 0.3, riskScore: 9, relativeCost: 1.5 });
    expect(e.value).toBe("migrate"); // value 52.5 ≥ 50, cost & risk 54.2 ≥ 50
    expect(e.inputs).toEqual({
      alignmentScore: 40,
      roi: 0.3,
      riskScore: 9,
      relativeCost: 1.5,
      roiScore: 65,
      riskPct: expect.closeTo(100 / 3, 12),
      costPct: 75,
      businessValue: 52.5,
      costRisk: expect.closeTo((100 / 3 + 75) / 2, 12),
    });
  });
});

describe("the shared input checks", () => {
  it("FinanceError carries its name, code and message", () => {
    const e = new FinanceError("OVERFLOW", "too big");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("FinanceError");
    expect(e.code).toBe("OVERFLOW");
    expect(e.message).toBe("too big");
    expect(() => invalid("nope")).toThrow(new FinanceError("INVALID_INPUT", "nope"));
  });

  it("each check names the value and what it should be", () => {
    expect(requireFinite(3, "x")).toBe(3);
    expect(() => requireFinite("3" as unknown as number, "x")).toThrow("x must be a finite number, got 3");
    expect(() => requireFinite(Number.NEGATIVE_INFINITY, "x")).toThrow("x must be a finite number, got -Infinity");
    expect(requireFiniteArray([1, 2], "xs")).toEqual([1, 2]);
    expect(() => requireFiniteArray(null as unknown as number[], "xs")).toThrow("xs must be an array of numbers");
    expect(() => requireFiniteArray([1, "2" as unknown as number], "xs")).toThrow("xs[1] must be a finite number, got 2");
    expect(() => requireFiniteArray([Number.NaN], "xs")).toThrow("xs[0] must be a finite number, got NaN");
    expect(requireRate(-0.99)).toBe(-0.99);
    expect(() => requireRate(-1)).toThrow("rate must be greater than -100%, got -1");
    expect(() => requireRate(Number.NaN)).toThrow("rate must be a finite number, got NaN");
    expect(() => requireRate(-2, "guess")).toThrow("guess must be greater than -100%, got -2");
    expect(requireNonNegative(0, "n")).toBe(0);
    expect(() => requireNonNegative(-0.5, "n")).toThrow("n must not be negative, got -0.5");
    expect(requirePositive(1e-9, "p")).toBe(1e-9);
    expect(() => requirePositive(0, "p")).toThrow("p must be greater than 0, got 0");
    expect(requireProbability(0, "q")).toBe(0);
    expect(requireProbability(1, "q")).toBe(1);
    expect(() => requireProbability(-0.01, "q")).toThrow("q must be between 0 and 1, got -0.01");
    expect(() => requireProbability(1.01, "q")).toThrow("q must be between 0 and 1, got 1.01");
    expect(finiteResult(2, "z")).toBe(2);
    expect(() => finiteResult(Number.POSITIVE_INFINITY, "z")).toThrow(new FinanceError("OVERFLOW", "z does not fit in a finite number"));
    expect(() => finiteResult(Number.NaN, "z")).toThrow("z does not fit in a finite number");
  });

  it("money: half-even rounding never returns −0; rates are checked", () => {
    expect(Object.is(roundHalfEven(-0), 0)).toBe(true);
    expect(Object.is(roundHalfEven(-0.5), 0)).toBe(true);
    expect(() => roundHalfEven(Number.NaN)).toThrow("cannot round NaN");
    expect(() => roundHalfEven(Number.POSITIVE_INFINITY)).toThrow("cannot round Infinity");
    expect(requireCents(5, "c")).toBe(5);
    expect(() => requireCents(2 ** 53, "c")).toThrow("c must be an integer number of cents, got 9007199254740992");
    expect(() => monthlyRate(-1)).toThrow("annual rate must be greater than -100%, got -1");
    expect(() => monthlyRate(Number.NaN)).toThrow("annual rate must be greater than -100%, got NaN");
    expect(monthlyRate(-0.5)).toBeCloseTo(Math.pow(0.5, 1 / 12) - 1, 14);
    expect(annualizeMonthlyRate(-0.5)).toBeCloseTo(Math.pow(0.5, 12) - 1, 14);
    expect(() => annualizeMonthlyRate(-1)).toThrow("monthly rate must be greater than -100%, got -1");
    expect(() => annualizeMonthlyRate(-1.5)).toThrow("monthly rate must be greater than -100%, got -1.5");
    expect(() => annualizeMonthlyRate(Number.NaN)).toThrow("monthly rate must be greater than -100%, got NaN");
    expect(() => annualizeMonthlyRate(Number.POSITIVE_INFINITY)).toThrow("monthly rate must be greater than -100%, got Infinity");
  });

  it("payback: inputs checked and named, overflow reported", () => {
    expect(() => paybackPeriod([])).toThrow("payback needs at least one cash flow");
    expect(() => discountedPaybackPeriod(0.1, [])).toThrow("payback needs at least one cash flow");
    expect(() => paybackPeriod([1, Number.NaN])).toThrow("flows[1] must be a finite number, got NaN");
    expect(() => discountedPaybackPeriod(0.1, [Number.NaN])).toThrow("flows[0] must be a finite number, got NaN");
    expect(() => discountedPaybackPeriod(-1, [1])).toThrow("rate must be greater than -100%, got -1");
    // At −99.99% a period each flow is worth 10⁴ times more than the one before: the 78th overflows.
    expect(() => discountedPaybackPeriod(-0.9999, [-1, ...new Array(100).fill(0)])).toThrow(
      new FinanceError("OVERFLOW", "discounted cash flow does not fit in a finite number"),
    );
  });
});
