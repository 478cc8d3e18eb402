import { describe, expect, it } from "vitest";
import { FinanceError, RAG_THRESHOLDS, attainment, overallScore, perspectiveScore, rag, scorecard, weightedMean } from "./index";

describe("attainment", () => {
  it("is the share of the way from baseline to target, higher is better", () => {
    // Online revenue share: 6% → 25% target, now 21%.
    expect(attainment({ actual: 21, baseline: 6, target: 25, direction: "higher" })).toBeCloseTo(15 / 19, 12);
  });

  it("works the other way when lower is better", () => {
    // Unplanned downtime: 10 h → 5 h target, now 7 h.
    expect(attainment({ actual: 7, baseline: 10, target: 5, direction: "lower" })).toBeCloseTo(0.6, 12);
  });

  it("is clamped to [0, 1]", () => {
    expect(attainment({ actual: 30, baseline: 6, target: 25, direction: "higher" })).toBe(1);
    expect(attainment({ actual: 2, baseline: 6, target: 25, direction: "higher" })).toBe(0);
    expect(attainment({ actual: 12, baseline: 10, target: 5, direction: "lower" })).toBe(0);
    expect(attainment({ actual: 3, baseline: 10, target: 5, direction: "lower" })).toBe(1);
  });

  it("target equal to baseline: met or not met", () => {
    expect(attainment({ actual: 99.9, baseline: 99.9, target: 99.9, direction: "higher" })).toBe(1);
    expect(attainment({ actual: 99.8, baseline: 99.9, target: 99.9, direction: "higher" })).toBe(0);
    expect(attainment({ actual: 0, baseline: 0, target: 0, direction: "lower" })).toBe(1);
  });

  it("rejects a target on the wrong side of the baseline", () => {
    expect(() => attainment({ actual: 7, baseline: 10, target: 12, direction: "lower" })).toThrow(FinanceError);
    expect(() => attainment({ actual: 7, baseline: 10, target: 5, direction: "higher" })).toThrow(/above its baseline/);
  });
});

describe("RAG and weighted scores", () => {
  it("green ≥ 0.9, amber ≥ 0.6, else red", () => {
    expect([1, 0.9, 0.8999, 0.6, 0.5999, 0].map(rag)).toEqual(["green", "green", "amber", "amber", "red", "red"]);
  });

  it("perspective score is the weighted mean of its KPIs", () => {
    expect(perspectiveScore([{ attainment: 1, weight: 3 }, { attainment: 0.5, weight: 1 }])).toBeCloseTo(0.875, 12);
    expect(perspectiveScore([{ attainment: 1 }, { attainment: 0.5 }])).toBeCloseTo(0.75, 12);
    expect(perspectiveScore([])).toBeNull();
    expect(() => weightedMean([{ value: 1, weight: 0 }])).toThrow(FinanceError);
    expect(() => weightedMean([{ value: 1, weight: -1 }])).toThrow(FinanceError);
  });

  it("overall score skips perspectives without KPIs", () => {
    expect(overallScore([{ score: 0.8, weight: 1 }, { score: null, weight: 5 }, { score: 0.4, weight: 3 }])).toBeCloseTo(0.5, 12);
    expect(overallScore([{ score: null }])).toBeNull();
  });

  it("scorecard: per perspective and overall with RAG", () => {
    const result = scorecard(
      [
        { perspective: "financial", actual: 21, baseline: 6, target: 25, direction: "higher", weight: 2 },
        { perspective: "financial", actual: 1, baseline: 0, target: 1, direction: "higher", weight: 1 },
        { perspective: "customer", actual: 40, baseline: 20, target: 50, direction: "higher" },
        { perspective: "internal_process", actual: 7, baseline: 10, target: 5, direction: "lower" },
      ],
      { financial: 2, customer: 1, internal_process: 1, learning_growth: 1 },
    );
    const byName = Object.fromEntries(result.perspectives.map((p) => [p.perspective, p]));
    const financial = (2 * (15 / 19) + 1) / 3;
    expect(byName.financial.score).toBeCloseTo(financial, 12);
    expect(byName.financial.rag).toBe("amber");
    expect(byName.customer.score).toBeCloseTo(2 / 3, 12);
    expect(byName.internal_process.rag).toBe("amber");
    expect(byName.learning_growth).toMatchObject({ score: null, rag: null, kpiCount: 0 });
    expect(result.overall).toBeCloseTo((2 * financial + 2 / 3 + 0.6) / 4, 12);
    expect(result.overallRag).toBe("amber");
  });
});

describe("scorecard corners", () => {
  it("an empty scorecard has no perspectives and no overall score", () => {
    expect(scorecard([])).toEqual({ perspectives: [], overall: null, overallRag: null });
    // Perspectives named only by their weights are listed, unscored.
    expect(scorecard([], { financial: 1 })).toEqual({
      perspectives: [{ perspective: "financial", score: null, rag: null, kpiCount: 0 }],
      overall: null,
      overallRag: null,
    });
  });

  it("lower is better with the target equal to the baseline: met at or below it, else not", () => {
    expect(attainment({ actual: 4, baseline: 5, target: 5, direction: "lower" })).toBe(1);
    expect(attainment({ actual: 5, baseline: 5, target: 5, direction: "lower" })).toBe(1);
    expect(attainment({ actual: 5.1, baseline: 5, target: 5, direction: "lower" })).toBe(0);
    // And higher is better: met at or above it.
    expect(attainment({ actual: 6, baseline: 5, target: 5, direction: "higher" })).toBe(1);
    expect(attainment({ actual: 4.9, baseline: 5, target: 5, direction: "higher" })).toBe(0);
  });

  it("a negative weight is rejected, for a KPI or a perspective", () => {
    const kpi = { perspective: "financial", actual: 1, baseline: 0, target: 1, direction: "higher" as const };
    expect(() => scorecard([{ ...kpi, weight: -1 }, { ...kpi, weight: 2 }])).toThrow("items[0].weight must not be negative, got -1");
    expect(() => scorecard([kpi], { financial: -1 })).toThrow(FinanceError);
    expect(() => perspectiveScore([{ attainment: 1, weight: 2 }, { attainment: 0, weight: -1 }])).toThrow("items[1].weight must not be negative, got -1");
    expect(() => weightedMean([{ value: Number.NaN, weight: 1 }])).toThrow("items[0].value must be a finite number, got NaN");
    expect(() => weightedMean([{ value: 1, weight: 0 }, { value: 2, weight: 0 }])).toThrow("weights must not all be zero");
  });

  it("a zero weight leaves a KPI out of its perspective's mean, and a perspective out of the overall", () => {
    const result = scorecard(
      [
        { perspective: "financial", actual: 10, baseline: 0, target: 10, direction: "higher", weight: 0 },
        { perspective: "financial", actual: 5, baseline: 0, target: 10, direction: "higher" },
        { perspective: "customer", actual: 0, baseline: 0, target: 10, direction: "higher" },
      ],
      { customer: 0 },
    );
    expect(result.perspectives).toEqual([
      { perspective: "customer", score: 0, rag: "red", kpiCount: 1 },
      { perspective: "financial", score: 0.5, rag: "red", kpiCount: 2 },
    ]);
    expect(result.overall).toBe(0.5);
    expect(result.overallRag).toBe("red");
  });

  it("perspectives without a weight count once; a green overall", () => {
    const result = scorecard([
      { perspective: "financial", actual: 9.5, baseline: 0, target: 10, direction: "higher" },
      { perspective: "learning_growth", actual: 1, baseline: 2, target: 1, direction: "lower", weight: 3 },
    ]);
    expect(result.perspectives.map((p) => [p.perspective, p.rag, p.kpiCount])).toEqual([
      ["financial", "green", 1],
      ["learning_growth", "green", 1],
    ]);
    expect(result.overall).toBeCloseTo(0.975, 12);
    expect(result.overallRag).toBe("green");
  });

  it("attainment rejects bad inputs, naming them", () => {
    expect(() => attainment({ actual: Number.NaN, baseline: 0, target: 1, direction: "higher" })).toThrow("actual must be a finite number, got NaN");
    expect(() => attainment({ actual: 0, baseline: Number.NaN, target: 1, direction: "higher" })).toThrow("baseline must be a finite number, got NaN");
    expect(() => attainment({ actual: 0, baseline: 0, target: Number.NaN, direction: "higher" })).toThrow("target must be a finite number, got NaN");
    expect(() => attainment({ actual: 0, baseline: 0, target: 1, direction: "up" as "higher" })).toThrow('direction must be "higher" or "lower", got up');
    expect(() => attainment({ actual: 7, baseline: 10, target: 12, direction: "lower" })).toThrow(
      'a "lower is better" KPI needs its target below its baseline (baseline 10, target 12)',
    );
    expect(() => attainment({ actual: 7, baseline: 10, target: 5, direction: "higher" })).toThrow(
      'a "higher is better" KPI needs its target above its baseline (baseline 10, target 5)',
    );
    expect(() => rag(Number.NaN)).toThrow("score must be a finite number, got NaN");
  });

  it("RAG thresholds", () => {
    expect(RAG_THRESHOLDS).toEqual({ green: 0.9, amber: 0.6 });
  });
});
