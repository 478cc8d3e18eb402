import { describe, expect, it } from "vitest";
import { evaluateFlows, evaluateInvestment, monthlyNpv, monthlyRate, npvModel, rawCashFlows, roundHalfEven } from "@/lib/finance";
import { evaluateCases, evaluateScenario } from "./engine";
import { fixtures } from "@/test/fixtures/scenarios";
import { DEFAULT_SETTINGS, caseKinds, resolveCases, type ScenarioSettings } from "./settings";

const RATE = 0.08;

const settings = (s: Partial<ScenarioSettings> = {}): ScenarioSettings => ({ ...DEFAULT_SETTINGS.likely, ...s });

describe("one technology", () => {
  it.each(caseKinds)("the %s case's figures are evaluateInvestment's with that scenario", (kind) => {
    const t = fixtures[0];
    const s = DEFAULT_SETTINGS[kind];
    const ours = evaluateScenario([t], s, RATE);
    const finance = evaluateInvestment({ ...t, annualDiscountRate: RATE, scenario: s });
    expect(ours.npvCents).toBe(finance.npvCents);
    expect(ours.irrAnnual).toBe(finance.irrAnnual);
    expect(ours.paybackMonths).toBe(finance.paybackMonths);
    expect(ours.roi).toBe(finance.roi);
    expect(ours.calendarStart).toBe("2024-01-01");
  });

  it("applies benefit multiplier × adoption and leaves costs alone; the cost multiplier scales only costs", () => {
    const t = fixtures[0];
    const base = evaluateScenario([t], settings(), RATE);
    const doubledHalfAdopted = evaluateScenario([t], settings({ benefitMultiplier: 2, adoptionRate: 0.5 }), RATE);
    expect(doubledHalfAdopted.npvCents).toBe(base.npvCents);
    const cheaper = evaluateScenario([t], settings({ costMultiplier: 0.5 }), RATE);
    expect(cheaper.totalCostsCents).toBe(roundHalfEven(base.totalCostsCents / 2));
    expect(cheaper.totalBenefitsCents).toBe(base.totalBenefitsCents);
    expect(cheaper.npvCents).toBeGreaterThan(base.npvCents);
  });

  it("delays benefits (not costs) by whole months, losing what falls past the horizon", () => {
    const t = fixtures[2]; // flat 20,000 a month for 24 months
    const late = evaluateScenario([t], settings({ delayMonths: 3 }), RATE);
    expect(late.totalBenefitsCents).toBe(21 * 20_000);
    expect(late.totalCostsCents).toBe(24 * 30_000);
    const i = monthlyRate(RATE);
    const expected = Array.from({ length: 24 }, (_, m) => ((m >= 3 ? 20_000 : 0) - 30_000) / Math.pow(1 + i, m)).reduce((a, b) => a + b, 0);
    expect(Math.abs(late.npvCents - expected)).toBeLessThanOrEqual(0.5 + 1e-6);
  });
});

describe("the portfolio", () => {
  it("lays each technology on one calendar from the earliest origin; NPV is the sum of each one's at its own start", () => {
    const s = DEFAULT_SETTINGS.pessimistic;
    const portfolio = evaluateScenario(fixtures, s, RATE, "portfolio");
    expect(portfolio.calendarStart).toBe("2023-10-01");
    expect(portfolio.calendarMonths).toBe(Math.max(3 + 48, 9 + 36, 24));
    const expected = fixtures.reduce((sum, t) => {
      const raw = rawCashFlows({ ...t, scenario: s });
      return sum + roundHalfEven(monthlyNpv(RATE, Array.from(raw.benefits, (b, m) => b - raw.costs[m])));
    }, 0);
    expect(portfolio.npvCents).toBe(expected);
    // Payback counts from the earliest start of a technology in use (all three are live here).
    expect(portfolio.paybackStart).toBe("2023-10-01");
  });

  it("sums benefits and costs for ROI, and computes IRR and payback on the combined months", () => {
    const figures = evaluateScenario(fixtures, settings(), RATE);
    const totals = fixtures.map((t) => evaluateInvestment({ ...t, annualDiscountRate: RATE }));
    const benefits = totals.reduce((a, t) => a + t.totalBenefitsCents, 0);
    const costs = totals.reduce((a, t) => a + t.totalCostsCents, 0);
    expect(Math.abs(figures.totalBenefitsCents - benefits)).toBeLessThanOrEqual(2);
    expect(figures.roi).toBeCloseTo((benefits - costs) / costs, 4); // totals here add rounded months
    expect(figures.irrAnnual).not.toBeNull();
    expect(figures.paybackMonths).not.toBeNull();
  });

  it("orders the cases optimistic > likely > pessimistic for a profitable portfolio", () => {
    const views = evaluateCases(fixtures, resolveCases([], "Portfolio"), RATE);
    expect(views.map((v) => v.kind)).toEqual(["optimistic", "likely", "pessimistic"]);
    expect(views[0].figures.npvCents).toBeGreaterThan(views[1].figures.npvCents);
    expect(views[1].figures.npvCents).toBeGreaterThan(views[2].figures.npvCents);
  });

  it("has zero figures without technologies", () => {
    expect(evaluateScenario([], settings(), RATE)).toMatchObject({ npvCents: 0, roi: null, irrAnnual: null, calendarStart: null, calendarMonths: 0 });
    expect(evaluateFlows([], [], RATE).npvCents).toBe(0);
  });
});

describe("the NPV model behind the Monte Carlo", () => {
  const model = npvModel(fixtures, RATE, 6);
  const factors = (s: ScenarioSettings) => [s.benefitMultiplier * s.adoptionRate, s.costMultiplier, s.delayMonths] as const;

  it.each(caseKinds)("a draw at the %s settings equals that case's NPV to the cent", (kind) => {
    const s = DEFAULT_SETTINGS[kind];
    expect(roundHalfEven(model.npv(...factors(s)))).toBe(evaluateScenario(fixtures, s, RATE).npvCents);
  });

  it.each([0.5, 1.5, 2.25, 5.9])("interpolates a fractional delay of %s months as shiftSeries does", (delay) => {
    const s = settings({ benefitMultiplier: 1.1, costMultiplier: 1.05, delayMonths: delay, adoptionRate: 0.9 });
    expect(roundHalfEven(model.npv(...factors(s)))).toBe(evaluateScenario(fixtures, s, RATE).npvCents);
  });

  it("treats delays past every horizon as losing every benefit", () => {
    const far = npvModel(fixtures, RATE, 500);
    expect(roundHalfEven(far.npv(1, 1, 500))).toBe(evaluateScenario(fixtures, settings({ benefitMultiplier: 0 }), RATE).npvCents);
  });
});
