import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import {
  FinanceError,
  annualizeMonthlyRate,
  buildCashFlows,
  evaluateFlows,
  evaluateInvestment,
  irr,
  monthlyRate,
  rawCashFlows,
  roundHalfEven,
  startsWithOutlay,
  tco,
  type BenefitItem,
  type CostItem,
  type InvestmentSummary,
} from "./index";

const costs = (items: CostItem[], horizonMonths: number) => buildCashFlows({ costs: items, benefits: [], horizonMonths }).costsCents;
const benefits = (items: BenefitItem[], horizonMonths: number, extra: object = {}) =>
  buildCashFlows({ costs: [], benefits: items, horizonMonths, ...extra }).benefitsCents;

describe("money", () => {
  it("rounds half to even at the edges", () => {
    expect([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5].map(roundHalfEven)).toEqual([0, 2, 2, 4, 0, -2, -2]);
    expect(roundHalfEven(2.4999999)).toBe(2);
    expect(roundHalfEven(2.5000001)).toBe(3);
    expect(Object.is(roundHalfEven(-0.4), 0)).toBe(true);
  });

  it("converts an annual rate to the equivalent monthly rate and back", () => {
    expect(monthlyRate(0.08)).toBeCloseTo(0.00643403, 8);
    expect(Math.pow(1 + monthlyRate(0.08), 12)).toBeCloseTo(1.08, 14);
    expect(annualizeMonthlyRate(0.01)).toBeCloseTo(0.12682503, 8);
    expect(() => monthlyRate(-1)).toThrow(FinanceError);
  });
});

describe("cash-flow items", () => {
  it("places one-time, monthly and annual items by month (end month inclusive)", () => {
    expect(costs([{ category: "training", kind: "one_time", amountCents: 500_000, startMonth: 2 }], 6)).toEqual([0, 0, 500_000, 0, 0, 0]);
    expect(costs([{ category: "support", kind: "recurring", amountCents: 10_000, startMonth: 1, endMonth: 3 }], 6)).toEqual([0, 10_000, 10_000, 10_000, 0, 0]);
    const annual = costs([{ category: "licence", kind: "recurring", frequency: "annual", amountCents: 120_000, startMonth: 0 }], 30);
    expect(annual.flatMap((c, m) => (c ? [m] : []))).toEqual([0, 12, 24]);
    // Items past the horizon are cut off.
    expect(costs([{ category: "x", kind: "one_time", amountCents: 1, startMonth: 6 }], 6)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("compounds the annual uplift on each anniversary of the item's start", () => {
    const monthly = costs([{ category: "subscription", kind: "recurring", amountCents: 10_000, startMonth: 0, annualUpliftPct: 10 }], 36);
    expect([monthly[0], monthly[11], monthly[12], monthly[23], monthly[24], monthly[35]]).toEqual([10_000, 10_000, 11_000, 11_000, 12_100, 12_100]);
    const late = costs([{ category: "subscription", kind: "recurring", amountCents: 10_000, startMonth: 6, annualUpliftPct: 10 }], 20);
    expect([late[17], late[18]]).toEqual([10_000, 11_000]);
    const annual = costs([{ category: "licence", kind: "recurring", frequency: "annual", amountCents: 100_000, startMonth: 0, annualUpliftPct: 10 }], 36);
    expect([annual[0], annual[12], annual[24]]).toEqual([100_000, 110_000, 121_000]);
  });

  it("ramps benefits up linearly over rampUpMonths", () => {
    const ramped = benefits([{ category: "labour", kind: "recurring", amountCents: 40_000, startMonth: 2, rampUpMonths: 3 }], 8);
    expect(ramped).toEqual([0, 0, 10_000, 20_000, 30_000, 40_000, 40_000, 40_000]);
    expect(benefits([{ category: "grant", kind: "one_time", amountCents: 40_000, startMonth: 1, rampUpMonths: 3 }], 3)).toEqual([0, 40_000, 0]);
  });

  it("applies scenario multipliers, adoption, delay and confidence", () => {
    const item: BenefitItem = { category: "revenue", kind: "recurring", amountCents: 100, startMonth: 0, confidence: 0.5 };
    expect(benefits([item], 5, { scenario: { delayMonths: 2 } })).toEqual([0, 0, 100, 100, 100]);
    expect(benefits([item], 5, { scenario: { delayMonths: 0.5 } })).toEqual([50, 100, 100, 100, 100]);
    expect(benefits([item], 2, { scenario: { benefitMultiplier: 1.5, adoptionRate: 0.5 } })).toEqual([75, 75]);
    expect(benefits([item], 2, { riskAdjusted: true })).toEqual([50, 50]);
    expect(benefits([item], 2)).toEqual([100, 100]);
    const series = buildCashFlows({
      costs: [{ category: "subscription", kind: "recurring", amountCents: 1_000, startMonth: 0 }],
      benefits: [item],
      horizonMonths: 3,
      scenario: { costMultiplier: 1.2, delayMonths: 1 },
    });
    // Costs are not delayed: contracts run regardless of go-live.
    expect(series.costsCents).toEqual([1_200, 1_200, 1_200]);
    expect(series.netCents).toEqual([-1_200, -1_100, -1_100]);
    expect(series.cumulativeCents).toEqual([-1_200, -2_300, -3_400]);
  });

  it("keeps amounts unrounded inside and rounds each month half-even", () => {
    const item = (amountCents: number): BenefitItem => ({ category: "x", kind: "recurring", amountCents, startMonth: 0 });
    const scenario = { benefitMultiplier: 0.5 };
    expect(benefits([item(1)], 1, { scenario })).toEqual([0]);
    expect(benefits([item(3)], 1, { scenario })).toEqual([2]);
    expect(benefits([item(5)], 1, { scenario })).toEqual([2]);
    expect(rawCashFlows({ costs: [], benefits: [item(5)], horizonMonths: 1, scenario }).benefits[0]).toBe(2.5);
  });

  it("rejects invalid items", () => {
    const bad: CostItem[] = [
      { category: "x", kind: "recurring", amountCents: 100, startMonth: 5, endMonth: 4 },
      { category: "x", kind: "one_time", amountCents: -1, startMonth: 0 },
      { category: "x", kind: "one_time", amountCents: 1.5, startMonth: 0 },
      { category: "x", kind: "one_time", amountCents: 1, startMonth: -1 },
      { category: "x", kind: "recurring", amountCents: 1, startMonth: 0, annualUpliftPct: Number.NaN },
    ];
    for (const item of bad) expect(() => costs([item], 12)).toThrow(FinanceError);
    expect(() => costs([], 0)).toThrow(FinanceError);
    expect(() => benefits([{ category: "x", kind: "recurring", amountCents: 1, startMonth: 0, confidence: 1.5 }], 3, { riskAdjusted: true })).toThrow(FinanceError);
    expect(() => benefits([], 3, { scenario: { adoptionRate: 2 } })).toThrow(FinanceError);
  });
});

describe("evaluateInvestment", () => {
  // 12,000.00 up front, 1,000.00 a month from month 1, 24 months, 1% a month.
  // Computed per test, not at describe level, so mutation testing does not count every mutant the
  // call reaches as "static" (covered outside any test) and rerun the whole suite for it.
  let summary: InvestmentSummary;
  beforeEach(() => {
    summary = evaluateInvestment({
      costs: [{ category: "implementation", kind: "one_time", amountCents: 1_200_000, startMonth: 0 }],
      benefits: [{ category: "labour", kind: "recurring", amountCents: 100_000, startMonth: 1 }],
      horizonMonths: 24,
      annualDiscountRate: Math.pow(1.01, 12) - 1,
    });
  });
  const annuity = (n: number) => (1 - Math.pow(1.01, -n)) / 0.01;

  it("totals, ROI and NPV match the closed forms", () => {
    expect(summary.totalBenefitsCents).toBe(2_300_000);
    expect(summary.totalCostsCents).toBe(1_200_000);
    expect(summary.netCents).toBe(1_100_000);
    expect(summary.roi).toBeCloseTo(1.1 / 1.2, 12);
    expect(Math.abs(summary.npvCents - (-1_200_000 + 100_000 * annuity(23)))).toBeLessThanOrEqual(0.5);
    expect(Number.isInteger(summary.npvCents)).toBe(true);
  });

  it("payback and discounted payback in months", () => {
    expect(summary.paybackMonths).toBe(12);
    const remaining = 1_200_000 - 100_000 * annuity(12);
    expect(summary.discountedPaybackMonths).toBeCloseTo(12 + remaining / (100_000 / Math.pow(1.01, 13)), 9);
  });

  it("IRR zeroes the NPV and is annualized", () => {
    const m = summary.irrMonthly!;
    const pv = -1_200_000 + (100_000 * (1 - Math.pow(1 + m, -23))) / m;
    expect(Math.abs(pv)).toBeLessThan(1e-6);
    expect(summary.irrAnnual).toBeCloseTo(Math.pow(1 + m, 12) - 1, 12);
  });

  it("IRR is null when there is no rate of return", () => {
    const noRoot = evaluateInvestment({
      costs: [{ category: "x", kind: "recurring", amountCents: 100, startMonth: 0 }],
      benefits: [],
      horizonMonths: 12,
      annualDiscountRate: 0.08,
    });
    expect(noRoot.irrMonthly).toBeNull();
    expect(noRoot.paybackMonths).toBeNull();
    expect(noRoot.roi).toBe(-1);
  });

  it("IRR takes the root with the sign of the result when a closing cost adds a second root", () => {
    // An outlay, a year of large savings, and a decommissioning cost at the end that nearly cancels
    // them: two sign changes, so two roots, and the negative one lies nearer the solver's 1% guess.
    // The investment made money, so its IRR is the positive one.
    const closing = evaluateInvestment({
      costs: [
        { category: "licence", kind: "one_time", amountCents: 100_000, startMonth: 0 },
        { category: "decommissioning", kind: "one_time", amountCents: 2_090_000, startMonth: 12 },
      ],
      benefits: [{ category: "cost_reduction", kind: "recurring", frequency: "monthly", amountCents: 200_000, startMonth: 1, endMonth: 11 }],
      horizonMonths: 13,
      annualDiscountRate: 0.08,
    });
    const net = closing.series.netCents;
    const m = closing.irrMonthly!;
    expect(net.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(m).toBeGreaterThan(0);
    expect(Math.abs(net.reduce((pv, v, t) => pv + v / Math.pow(1 + m, t), 0))).toBeLessThan(1e-4);
    expect(irr(net, 0.01)).toBeLessThan(0); // from the usual guess the solver finds the other root
  });

  it("IRR is null when nothing is invested up front, even where a root exists", () => {
    // Benefits from month 0 and one annual fee in the last month: the net series changes sign, so irr()
    // finds a root (a negative one), but money never goes in before it comes back: it is no rate of return.
    const noOutlay = evaluateInvestment({
      costs: [{ category: "subscription", kind: "recurring", frequency: "annual", amountCents: 500_000, startMonth: 11 }],
      benefits: [{ category: "cost_reduction", kind: "recurring", frequency: "monthly", amountCents: 50_000, startMonth: 0 }],
      horizonMonths: 12,
      annualDiscountRate: 0.08,
    });
    expect(irr(noOutlay.series.netCents, 0.01)).toBeLessThan(0);
    expect(noOutlay.irrMonthly).toBeNull();
    expect(noOutlay.irrAnnual).toBeNull();
    expect(startsWithOutlay([0, 0, -5, 10])).toBe(true);
    expect(startsWithOutlay([0, 5, -10])).toBe(false);
    expect(startsWithOutlay([])).toBe(false);
  });
});

describe("tco", () => {
  const items: CostItem[] = [
    { category: "licence", kind: "one_time", amountCents: 500_000, startMonth: 0 },
    { category: "subscription", kind: "recurring", amountCents: 10_000, startMonth: 0, annualUpliftPct: 10 },
    { category: "support", kind: "recurring", frequency: "annual", amountCents: 60_000, startMonth: 6 },
  ];

  it("splits by category and by investment year", () => {
    const t = tco(items, 36);
    expect(t.byCategory).toEqual({ licence: 500_000, subscription: 397_200, support: 180_000 });
    expect(t.byYear).toEqual([680_000, 192_000, 205_200]);
    expect(t.totalCents).toBe(1_077_200);
    expect(t.byCategoryAndYear.subscription).toEqual([120_000, 132_000, 145_200]);
  });

  it("handles a partial last year and a cost multiplier", () => {
    const t = tco(items, 30);
    expect(t.byYear).toEqual([680_000, 192_000, 72_600]);
    expect(tco(items, 12, { costMultiplier: 1.1 }).totalCents).toBe(Math.round((500_000 + 120_000 + 60_000) * 1.1));
  });

  it("equals the sum of its parts", () => {
    const item = fc.record({
      category: fc.constantFrom("licence", "subscription", "support", "training"),
      kind: fc.constantFrom("one_time" as const, "recurring" as const),
      frequency: fc.constantFrom("monthly" as const, "annual" as const),
      amountCents: fc.integer({ min: 0, max: 10_000_000 }),
      startMonth: fc.integer({ min: 0, max: 70 }),
      annualUpliftPct: fc.double({ min: -20, max: 30, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.integer({ min: 1, max: 72 }), fc.double({ min: 0, max: 3, noNaN: true }), (list, horizon, k) => {
        const t = tco(list, horizon, { costMultiplier: k });
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(Object.values(t.byCategory))).toBe(t.totalCents);
        expect(sum(t.byYear)).toBe(t.totalCents);
        expect(sum(Object.values(t.byCategoryAndYear).flat())).toBe(t.totalCents);
        // Within half a cent per rounded cell of the unrounded total.
        const raw = sum(Array.from(rawCashFlows({ costs: list, benefits: [], horizonMonths: horizon, scenario: { costMultiplier: k } }).costs));
        const cells = Object.keys(t.byCategory).length * t.byYear.length;
        expect(Math.abs(t.totalCents - raw)).toBeLessThanOrEqual(0.5 * cells + 1e-6);
      }),
    );
  });
});

describe("evaluateFlows", () => {
  it("gives any monthly series the figures evaluateInvestment gives its own", () => {
    const input = {
      costs: [{ category: "implementation", kind: "one_time" as const, amountCents: 1_200_000, startMonth: 0 }],
      benefits: [{ category: "labour", kind: "recurring" as const, amountCents: 100_000, startMonth: 1 }],
      horizonMonths: 24,
      annualDiscountRate: 0.1,
    };
    const { series, tco: _tco, ...figures } = evaluateInvestment(input);
    expect(evaluateFlows(series.benefitsCents, series.costsCents, 0.1)).toEqual(figures);
  });

  it("a series cut short: the months so far, not paid back, with a negative rate of return", () => {
    const toDate = evaluateFlows([0, 100, 100], [1_000, 0, 0], 0.08);
    expect(toDate).toMatchObject({ totalBenefitsCents: 200, totalCostsCents: 1_000, netCents: -800, paybackMonths: null });
    const r = toDate.irrMonthly!;
    expect(r).toBeLessThan(0);
    expect(Math.abs(-1_000 + 100 / (1 + r) + 100 / (1 + r) ** 2)).toBeLessThan(1e-7);
    expect(toDate.roi).toBeCloseTo(-0.8, 12);
    expect(toDate.npvCents).toBe(roundHalfEven(-1_000 + 100 / (1 + monthlyRate(0.08)) + 100 / (1 + monthlyRate(0.08)) ** 2));
  });

  it("an empty series has nothing to report", () => {
    expect(evaluateFlows([], [], 0.08)).toMatchObject({ totalCostsCents: 0, roi: null, npvCents: 0, irrAnnual: null, paybackMonths: null });
  });
});

describe("cash-flow and TCO corners", () => {
  it("a one-month recurring cost pays once, in its month", () => {
    expect(costs([{ category: "support", kind: "recurring", amountCents: 7_500, startMonth: 2, endMonth: 2 }], 5)).toEqual([0, 0, 7_500, 0, 0]);
    expect(costs([{ category: "support", kind: "recurring", frequency: "annual", amountCents: 7_500, startMonth: 0, endMonth: 0 }], 24)).toEqual([
      7_500,
      ...new Array(23).fill(0),
    ]);
    expect(tco([{ category: "support", kind: "recurring", amountCents: 7_500, startMonth: 13, endMonth: 13 }], 24)).toEqual({
      totalCents: 7_500,
      byCategory: { support: 7_500 },
      byYear: [0, 7_500],
      byCategoryAndYear: { support: [0, 7_500] },
    });
    // In the last month of the horizon, and one past it.
    expect(costs([{ category: "x", kind: "recurring", amountCents: 1, startMonth: 4, endMonth: 4 }], 5)).toEqual([0, 0, 0, 0, 1]);
    expect(costs([{ category: "x", kind: "recurring", amountCents: 1, startMonth: 5, endMonth: 5 }], 5)).toEqual([0, 0, 0, 0, 0]);
    // An end month past the horizon is cut off at the horizon.
    expect(costs([{ category: "x", kind: "recurring", amountCents: 1, startMonth: 3, endMonth: 40 }], 5)).toEqual([0, 0, 0, 1, 1]);
  });

  it("a scenario's cost multiplier reaches the TCO, not only the cash flows", () => {
    const input = {
      costs: [
        { category: "licence", kind: "one_time" as const, amountCents: 100_000, startMonth: 0 },
        { category: "support", kind: "recurring" as const, amountCents: 1_000, startMonth: 0 },
      ],
      benefits: [{ category: "labour", kind: "recurring" as const, amountCents: 20_000, startMonth: 1 }],
      horizonMonths: 12,
      annualDiscountRate: 0.08,
    };
    const base = evaluateInvestment(input);
    expect(base.tco.totalCents).toBe(112_000);
    const dearer = evaluateInvestment({ ...input, scenario: { costMultiplier: 1.5 } });
    expect(dearer.tco.totalCents).toBe(168_000);
    expect(dearer.tco.byCategory).toEqual({ licence: 150_000, support: 18_000 });
    expect(dearer.totalCostsCents).toBe(168_000);
    // Other scenario levers leave the TCO alone.
    expect(evaluateInvestment({ ...input, scenario: { benefitMultiplier: 2, delayMonths: 3 } }).tco.totalCents).toBe(112_000);
    expect(tco(input.costs, 12, { costMultiplier: 0 }).totalCents).toBe(0);
    expect(() => tco(input.costs, 12, { costMultiplier: -1 })).toThrow("costMultiplier must not be negative, got -1");
  });

  it("evaluateInvestment: discounting, ROI and payback of a small case by hand", () => {
    // −1,000.00 now, +600.00 in months 1 and 2, at 12.6825% a year = 1% a month.
    const summary = evaluateInvestment({
      costs: [{ category: "hardware", kind: "one_time", amountCents: 100_000, startMonth: 0 }],
      benefits: [{ category: "labour", kind: "recurring", amountCents: 60_000, startMonth: 1, endMonth: 2 }],
      horizonMonths: 4,
      annualDiscountRate: Math.pow(1.01, 12) - 1,
    });
    expect(summary.series.netCents).toEqual([-100_000, 60_000, 60_000, 0]);
    expect(summary.series.cumulativeCents).toEqual([-100_000, -40_000, 20_000, 20_000]);
    expect(summary.npvCents).toBe(roundHalfEven(-100_000 + 60_000 / 1.01 + 60_000 / 1.01 ** 2));
    expect(summary.roi).toBeCloseTo(0.2, 12);
    expect(summary.paybackMonths).toBeCloseTo(1 + 40_000 / 60_000, 12);
    const pv1 = 60_000 / 1.01;
    expect(summary.discountedPaybackMonths).toBeCloseTo(1 + (100_000 - pv1) / (60_000 / 1.01 ** 2), 9);
    // −1000 + 600x + 600x² = 0 → x = (−600 + √(600² + 4·600·1000)) / 1200, r = 1/x − 1.
    const x = (-600 + Math.sqrt(600 ** 2 + 4 * 600 * 1_000)) / 1_200;
    expect(summary.irrMonthly).toBeCloseTo(1 / x - 1, 10);
    expect(summary.irrAnnual).toBeCloseTo(Math.pow(1 / x, 12) - 1, 9);
    expect(summary.tco).toEqual({ totalCents: 100_000, byCategory: { hardware: 100_000 }, byYear: [100_000], byCategoryAndYear: { hardware: [100_000] } });
  });

  it("a loss-making investment's IRR is its negative root, even from a closing cost's second root", () => {
    // −1000 now, +300 in months 1–3: lost 100, IRR < 0 with 300·(x + x² + x³) = 1000.
    const loss = evaluateFlows([0, 300, 300, 300], [1_000, 0, 0, 0], 0.08);
    const m = loss.irrMonthly!;
    expect(m).toBeLessThan(0);
    expect(300 / (1 + m) + 300 / (1 + m) ** 2 + 300 / (1 + m) ** 3).toBeCloseTo(1_000, 6);
    expect(loss.irrAnnual).toBeCloseTo((1 + m) ** 12 - 1, 12);
    // No costs: no ROI; no flows at all, or all zero: no IRR.
    expect(evaluateFlows([100, 100], [0, 0], 0.08)).toMatchObject({ roi: null, irrMonthly: null, paybackMonths: 0 });
    expect(evaluateFlows([0, 0], [0, 0], 0.08)).toMatchObject({ roi: null, irrMonthly: null, irrAnnual: null });
  });
});
