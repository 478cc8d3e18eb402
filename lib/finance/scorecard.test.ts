import { describe, expect, it } from "vitest";
import { FinanceError, attainment, overallScore, perspectiveScore, rag, scorecard, weightedMean } from "./index";

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
