import { describe, expect, it } from "vitest";
import { explain, FinanceError, TIME_RULES, timeQuadrant, type TimeInput } from "./index";
import { timeScores } from "./strategy";

const q = (input: TimeInput) => timeQuadrant(input).quadrant;
/** Low cost & risk (costRisk 0) and high cost & risk (costRisk 100) backdrops. */
const cheap = { riskScore: 1, relativeCost: 0 };
const burden = { riskScore: 25, relativeCost: 2 };

describe("TIME rules", () => {
  it("pins its thresholds", () => {
    expect(TIME_RULES).toEqual({ valueHigh: 50, costRiskHigh: 50, roiForFullMarks: 1, roiHurdle: 0, relativeCostForFullMarks: 2 });
  });

  it("scores ROI so that breaking even already earns value: −100% → 0, 0% → 50, +100% and more → 100", () => {
    const roiScore = (roi: number) => timeScores({ alignmentScore: 0, roi, ...cheap }).roiScore;
    expect(roiScore(-1)).toBe(0);
    expect(roiScore(-2)).toBe(0); // cannot lose more than everything
    expect(roiScore(-0.5)).toBe(25);
    expect(roiScore(0)).toBe(50);
    expect(roiScore(0.5)).toBe(75);
    expect(roiScore(1)).toBe(100);
    expect(roiScore(8.5)).toBe(100);
  });

  it("business value is ½ alignment + ½ ROI score, high from 50 (alignment + ROI score ≥ 100)", () => {
    // Losing 20% (ROI score 40): alignment 60 makes up for it, 59 does not.
    expect(timeQuadrant({ alignmentScore: 60, roi: -0.2, ...cheap })).toMatchObject({ quadrant: "invest", businessValue: 50 });
    expect(timeQuadrant({ alignmentScore: 59, roi: -0.2, ...cheap })).toMatchObject({ quadrant: "tolerate", businessValue: 49.5 });
    expect(q({ alignmentScore: 60, roi: -0.2, ...burden })).toBe("migrate");
    expect(q({ alignmentScore: 59, roi: -0.2, ...burden })).toBe("eliminate");
    // Breaking even exactly (or no costs recorded, counted as ROI 0) needs alignment 50.
    expect(q({ alignmentScore: 50, roi: 0, ...burden })).toBe("migrate");
    expect(q({ alignmentScore: 49, roi: 0, ...burden })).toBe("eliminate");
    expect(q({ alignmentScore: 0, roi: 0, ...cheap })).toBe("tolerate");
  });

  it("a technology above the ROI hurdle is worth at least 50: paying back is never tolerate or eliminate", () => {
    expect(timeQuadrant({ alignmentScore: 0, roi: 0.0001, ...cheap })).toMatchObject({ quadrant: "invest", businessValue: 50 });
    expect(timeQuadrant({ alignmentScore: 0, roi: 0.0001, ...burden })).toMatchObject({ quadrant: "migrate", businessValue: 50 });
    // The hurdle is strict: break-even does not clear it.
    expect(timeQuadrant({ alignmentScore: 0, roi: 0, ...burden })).toMatchObject({ quadrant: "eliminate", businessValue: 25 });
    // Above the floor, the blend still ranks: ROI 100% with alignment 80 → 90.
    expect(timeQuadrant({ alignmentScore: 80, roi: 1, ...cheap }).businessValue).toBe(90);
  });

  it("paying back + high cost (and high risk) → never eliminate, at worst migrate", () => {
    for (const alignmentScore of [0, 10, 25, 49.9, 50, 75, 100])
      for (const roi of [1e-9, 0.01, 0.1, 0.3, 1, 5])
        for (const relativeCost of [1, 2, 2.4, 10])
          for (const riskScore of [1, 12, 16, 25]) {
            const result = timeQuadrant({ alignmentScore, roi, riskScore, relativeCost });
            expect(result.quadrant, JSON.stringify({ alignmentScore, roi, riskScore, relativeCost })).not.toBe("eliminate");
            expect(result.quadrant).not.toBe("tolerate");
            expect(result.quadrant).toBe(result.costRisk >= 50 ? "migrate" : "invest");
          }
  });

  it("cost & risk is the higher of risk % and ½ risk % + ½ cost %, high from 50", () => {
    const costRisk = (riskScore: number, relativeCost: number) => timeQuadrant({ alignmentScore: 0, roi: -1, riskScore, relativeCost }).costRisk;
    // Cost alone reaches the line at twice the average cost.
    expect(costRisk(1, 2)).toBe(50);
    expect(costRisk(1, 1.99)).toBeCloseTo(49.75, 12);
    expect(costRisk(1, 5)).toBe(50);
    // A high risk is not offset by a low cost: 13 of 25 (in practice 15, 3 × 5) is high on its own.
    expect(costRisk(13, 0)).toBe(50);
    expect(costRisk(15, 0)).toBeCloseTo((100 * 14) / 24, 12);
    expect(costRisk(12, 0)).toBeCloseTo((100 * 11) / 24, 12);
    // Otherwise the blend: risk 12 (45.83%) and cost % 54.17 average to 50.
    expect(costRisk(12, 1.0833333333333333)).toBeCloseTo(50, 9);
    expect(costRisk(25, 2)).toBe(100);
    expect(q({ alignmentScore: 0, roi: -1, riskScore: 13, relativeCost: 0 })).toBe("eliminate");
    expect(q({ alignmentScore: 0, roi: -1, riskScore: 12, relativeCost: 0 })).toBe("tolerate");
    expect(q({ alignmentScore: 0, roi: -1, riskScore: 1, relativeCost: 2 })).toBe("eliminate");
    expect(q({ alignmentScore: 0, roi: -1, riskScore: 1, relativeCost: 1.99 })).toBe("tolerate");
  });

  it("weak alignment with a negative or unproven return and high cost or risk → eliminate", () => {
    expect(q({ alignmentScore: 20, roi: -0.3, riskScore: 20, relativeCost: 0.4 })).toBe("eliminate");
    expect(q({ alignmentScore: 0, roi: 0, riskScore: 1, relativeCost: 3 })).toBe("eliminate");
    expect(q({ alignmentScore: 20, roi: -0.3, riskScore: 8, relativeCost: 1.1 })).toBe("tolerate");
  });

  it("the axes are timeScores', and the explainer shows the scores behind them", () => {
    const input = { alignmentScore: 40, roi: 0.3, riskScore: 9, relativeCost: 1.5 };
    const scores = timeScores(input);
    expect(scores).toEqual({ roiScore: 65, riskPct: (100 * 8) / 24, costPct: 75, businessValue: 52.5, costRisk: ((100 * 8) / 24 + 75) / 2 });
    expect(timeQuadrant(input)).toEqual({ quadrant: "migrate", businessValue: scores.businessValue, costRisk: scores.costRisk });
    const e = explain.timeQuadrant(input);
    expect(e.value).toBe("migrate");
    expect(e.inputs).toMatchObject({ ...input, roiScore: 65, costPct: 75, businessValue: 52.5 });
    expect(e.formula).toContain("at least 50 when roi > 0");
    expect(e.formula).toContain("max(risk%, ½·risk% + ½·cost%)");
  });

  it("rejects inputs outside their ranges", () => {
    for (const bad of [{ alignmentScore: 101 }, { alignmentScore: -1 }, { riskScore: 0 }, { riskScore: 26 }, { relativeCost: -0.1 }, { roi: Number.NaN }]) {
      expect(() => timeQuadrant({ alignmentScore: 50, roi: 0.2, riskScore: 5, relativeCost: 1, ...bad }), JSON.stringify(bad)).toThrow(FinanceError);
    }
  });
});

/**
 * The demo's inputs (db/seed, seed 20261123, as of Nov 2026), as lib/portfolio/metrics hands them to
 * timeQuadrant: no goal → alignment 0, no open risk → 1; relative cost against the mean of the
 * technologies in use (approved, implementing, live).
 */
describe("TIME quadrants of the demo story", () => {
  const demo = {
    // Harbor Bakery: live, pays back in 16 months, but the costliest line (2.2 × the average).
    cloudPos: { alignmentScore: 42.857142857142854, roi: 0.3149641935761005, riskScore: 6, relativeCost: 2.2430980080678453 },
    // Precision Parts: ageing, high obsolescence risk (20 of 25), losing money, serves no goal.
    fileServer: { alignmentScore: 0, roi: -0.3052109181141439, riskScore: 20, relativeCost: 0.3332182035634323 },
    sensors: { alignmentScore: 72, roi: 3.9958715485063894, riskScore: 1, relativeCost: 1.2003218579007224 },
    // Ledger & Co: few users, weak alignment.
    marketingAutomation: { alignmentScore: 20, roi: -0.2857800392979694, riskScore: 8, relativeCost: 1.0807126970465684 },
    chatbot: { alignmentScore: 89.0909090909091, roi: 8.57370668006027, riskScore: 8, relativeCost: 0.6645562641338111 },
  } satisfies Record<string, TimeInput>;
  // The same technologies with relative cost against every technology's mean (retired and proposed too).
  const againstAll = {
    cloudPos: { ...demo.cloudPos, relativeCost: 2.3729811367436273 },
    fileServer: { ...demo.fileServer, relativeCost: 0.4090486484906164 },
    sensors: { ...demo.sensors, relativeCost: 1.4734790250874454 },
    marketingAutomation: { ...demo.marketingAutomation, relativeCost: 1.1260046790519604 },
    chatbot: { ...demo.chatbot, relativeCost: 0.6924073946322086 },
  } satisfies Record<keyof typeof demo, TimeInput>;

  it("never eliminates the live, paying-back Cloud POS", () => {
    const pos = timeQuadrant(demo.cloudPos);
    expect(pos.quadrant).not.toBe("eliminate");
    expect(pos.quadrant).toBe("migrate"); // valuable, but costly for what it is: a cheaper platform is worth a look
    expect(pos.businessValue).toBeGreaterThanOrEqual(TIME_RULES.valueHigh);
    expect(q(againstAll.cloudPos)).toBe("migrate");
  });

  it("puts the ageing file server in migrate or eliminate", () => {
    expect(["migrate", "eliminate"]).toContain(q(demo.fileServer));
    expect(q(demo.fileServer)).toBe("eliminate");
    expect(q(againstAll.fileServer)).toBe("eliminate");
  });

  it("puts the little-used marketing automation in tolerate or eliminate", () => {
    expect(["tolerate", "eliminate"]).toContain(q(demo.marketingAutomation));
    expect(["tolerate", "eliminate"]).toContain(q(againstAll.marketingAutomation));
  });

  it("invests in the sensors and the chatbot, which pay back", () => {
    expect(q(demo.sensors)).toBe("invest");
    expect(q(demo.chatbot)).toBe("invest");
    expect(q(againstAll.sensors)).toBe("invest");
    expect(q(againstAll.chatbot)).toBe("invest");
  });
});
