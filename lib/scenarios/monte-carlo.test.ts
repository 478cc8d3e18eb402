import { describe, expect, it } from "vitest";
import { monteCarloNpv, npvModel, quantileSorted } from "@/lib/finance";
import { evaluateScenario } from "./engine";
import { fixtures } from "@/test/fixtures/scenarios";
import { drawInputs, histogram, runMonteCarlo, type Distribution } from "./monte-carlo";
import { DEFAULT_SETTINGS, type CaseKind, type ScenarioSettings } from "./settings";

const RATE = 0.08;
const cases: Record<CaseKind, ScenarioSettings> = { ...DEFAULT_SETTINGS };
const run = (over: Partial<Parameters<typeof runMonteCarlo>[0]> = {}) =>
  runMonteCarlo({ technologies: fixtures, annualDiscountRate: RATE, cases, distribution: "pert", seed: 42, ...over });

describe("draw inputs", () => {
  it("take the likely case as the mode and the lowest and highest case as the bounds", () => {
    expect(drawInputs(cases)).toEqual({
      benefitFactor: { min: 0.7 * 0.8, mode: 1, max: 1.2 },
      costMultiplier: { min: 0.95, mode: 1, max: 1.15 },
      delayMonths: { min: 0, mode: 0, max: 3 },
    });
    // An "optimistic" case set below the likely one still gives a valid three-point.
    const odd = drawInputs({ ...cases, optimistic: { ...cases.optimistic, benefitMultiplier: 0.5 } });
    expect(odd.benefitFactor).toEqual({ min: 0.5, mode: 1, max: 1 });
  });
});

describe("runMonteCarlo", () => {
  it.each<Distribution>(["pert", "triangular"])("for one technology gives lib/finance monteCarloNpv's figures from the same seed (%s)", (distribution) => {
    const t = fixtures[0];
    const ours = runMonteCarlo({ technologies: [t], annualDiscountRate: RATE, cases, distribution, seed: 7 });
    const inputs = drawInputs(cases);
    const finance = monteCarloNpv({
      costs: t.costs,
      benefits: t.benefits,
      horizonMonths: t.horizonMonths,
      annualDiscountRate: RATE,
      benefitMultiplier: inputs.benefitFactor,
      costMultiplier: inputs.costMultiplier,
      delayMonths: inputs.delayMonths,
      distribution,
      draws: 10_000,
      seed: 7,
    });
    expect(ours).toMatchObject({
      p10Cents: finance.p10Cents,
      p50Cents: finance.p50Cents,
      p90Cents: finance.p90Cents,
      meanCents: finance.meanCents,
      probabilityPositive: finance.probabilityPositive,
    });
  });

  it("is reproducible from its seed, and another seed gives another run of the same distribution", () => {
    const a = run();
    expect(run()).toEqual(a);
    expect(a).toMatchObject({ draws: 10_000, seed: 42, distribution: "pert" });
    const b = run({ seed: 43 });
    expect(b.p50Cents).not.toBe(a.p50Cents);
    const spread = a.p90Cents - a.p10Cents;
    expect(spread).toBeGreaterThan(0);
    expect(Math.abs(b.p50Cents - a.p50Cents)).toBeLessThan(0.05 * spread);
    expect(Math.abs(b.probabilityPositive - a.probabilityPositive)).toBeLessThan(0.03);
  });

  it("converges on the expected NPV: with a fixed delay the mean is E[b]·PVB − E[c]·PVC", () => {
    const fixedDelay = { ...cases, optimistic: { ...cases.optimistic, delayMonths: 2 }, likely: { ...cases.likely, delayMonths: 2 }, pessimistic: { ...cases.pessimistic, delayMonths: 2 } };
    const model = npvModel(fixtures, RATE, 2);
    const { benefitFactor: b, costMultiplier: c } = drawInputs(fixedDelay);
    for (const [distribution, mean] of [
      ["triangular", (tp: typeof b) => (tp.min + tp.mode + tp.max) / 3],
      ["pert", (tp: typeof b) => (tp.min + 4 * tp.mode + tp.max) / 6],
    ] as const) {
      const pvb = model.npv(1, 0, 2);
      const pvc = -model.npv(0, 1, 2);
      const expected = mean(b) * pvb - mean(c) * pvc;
      const result = runMonteCarlo({ technologies: fixtures, annualDiscountRate: RATE, cases: fixedDelay, distribution, seed: 1, draws: 50_000 });
      expect(Math.abs(result.meanCents - expected)).toBeLessThan(0.01 * Math.abs(pvb));
    }
  });

  it("with three equal cases, every draw is that case's NPV", () => {
    const s = { benefitMultiplier: 1.1, costMultiplier: 0.9, delayMonths: 1, adoptionRate: 0.9 };
    const result = run({ cases: { optimistic: s, likely: s, pessimistic: s } });
    // The case's NPV rounds each technology's NPV to the cent; a draw rounds their sum once.
    const npv = evaluateScenario(fixtures, s, RATE, "portfolio").npvCents;
    expect(result.p10Cents).toBe(result.p90Cents);
    expect(result.meanCents).toBe(result.p50Cents);
    expect(Math.abs(result.p50Cents - npv)).toBeLessThanOrEqual(fixtures.length / 2);
    expect(result.probabilityPositive).toBe(npv > 0 ? 1 : 0);
    expect(result.histogram).toHaveLength(1);
    expect(result.histogram[0].count).toBe(10_000);
  });

  it("orders its percentiles, puts every draw in one histogram bin, and agrees with the bins on P(NPV > 0)", () => {
    const result = run({ distribution: "triangular" });
    expect(result.p10Cents).toBeLessThan(result.p50Cents);
    expect(result.p50Cents).toBeLessThan(result.p90Cents);
    expect(result.histogram).toHaveLength(30);
    expect(result.histogram.reduce((a, bin) => a + bin.count, 0)).toBe(10_000);
    const positiveBins = result.histogram.filter((bin) => bin.fromCents >= 0).reduce((a, bin) => a + bin.count, 0);
    const straddling = result.histogram.find((bin) => bin.fromCents < 0 && bin.toCents > 0)?.count ?? 0;
    expect(result.probabilityPositive * 10_000).toBeGreaterThanOrEqual(positiveBins - 1);
    expect(result.probabilityPositive * 10_000).toBeLessThanOrEqual(positiveBins + straddling);
  });

  it("refuses a seed outside 32 bits and a negative multiplier", () => {
    expect(() => run({ seed: -1 })).toThrow(/seed/);
    expect(() => run({ seed: 2 ** 32 })).toThrow(/seed/);
    expect(() => run({ cases: { ...cases, pessimistic: { ...cases.pessimistic, costMultiplier: -1 } } })).toThrow(/negative/);
  });
});

describe("histogram and percentiles", () => {
  it("bins equal widths from the lowest to the highest value, the last bin closed", () => {
    const sorted = Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 10]);
    expect(histogram(sorted, 5)).toEqual([
      { fromCents: 0, toCents: 2, count: 2 },
      { fromCents: 2, toCents: 4, count: 2 },
      { fromCents: 4, toCents: 6, count: 2 },
      { fromCents: 6, toCents: 8, count: 2 },
      { fromCents: 8, toCents: 10, count: 2 },
    ]);
  });

  it("reads P10/P50/P90 like a spreadsheet's PERCENTILE.INC", () => {
    const sorted = Float64Array.from({ length: 11 }, (_, i) => i * 100);
    expect([0.1, 0.5, 0.9].map((p) => quantileSorted(sorted, p))).toEqual([100, 500, 900]);
  });
});
