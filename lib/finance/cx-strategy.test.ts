import { describe, expect, it } from "vitest";
import {
  FinanceError,
  adoptionRate,
  alignmentScore,
  availability,
  cac,
  ces,
  churnRate,
  cltv,
  cltvToCac,
  csat,
  expectedLossAvoided,
  mtbf,
  mttr,
  nps,
  portfolioAlignment,
  processAutomationRate,
  retentionRate,
  riskAdjustedValue,
  riskScore,
  timeQuadrant,
  uptime,
} from "./index";

describe("customer and growth metrics", () => {
  it("NPS from promoter / passive / detractor counts", () => {
    expect(nps({ promoters: 60, passives: 25, detractors: 15 })).toBeCloseTo(45, 12);
    expect(nps({ promoters: 0, passives: 0, detractors: 4 })).toBe(-100);
    expect(() => nps({ promoters: 0, passives: 0, detractors: 0 })).toThrow(FinanceError);
    expect(() => nps({ promoters: 1.5, passives: 0, detractors: 0 })).toThrow(FinanceError);
  });

  it("CSAT, CES, churn, retention", () => {
    expect(csat({ satisfied: 42, responses: 50 })).toBeCloseTo(0.84, 12);
    expect(() => csat({ satisfied: 51, responses: 50 })).toThrow(FinanceError);
    expect(ces([2, 3, 4, 3])).toBe(3);
    expect(() => ces([])).toThrow(FinanceError);
    expect(churnRate({ customersAtStart: 200, customersLost: 10 })).toBeCloseTo(0.05, 12);
    expect(retentionRate({ customersAtStart: 100, customersAtEnd: 110, newCustomers: 20 })).toBeCloseTo(0.9, 12);
    expect(() => retentionRate({ customersAtStart: 100, customersAtEnd: 10, newCustomers: 20 })).toThrow(FinanceError);
  });

  it("CLTV, CAC and their ratio", () => {
    // 50 a month at 80% margin, 2% monthly churn: 50 × 0.8 / 0.02 = 2,000.
    const value = cltv({ revenuePerCustomer: 50, grossMargin: 0.8, churnRate: 0.02 });
    expect(value).toBeCloseTo(2_000, 9);
    const cost = cac({ salesAndMarketingSpend: 10_000, newCustomers: 25 });
    expect(cost).toBe(400);
    expect(cltvToCac(value, cost)).toBeCloseTo(5, 9);
    expect(() => cltv({ revenuePerCustomer: 50, churnRate: 0 })).toThrow(FinanceError);
    expect(() => cac({ salesAndMarketingSpend: 1, newCustomers: 0 })).toThrow(FinanceError);
  });

  it("automation, adoption, uptime, MTBF, MTTR", () => {
    expect(processAutomationRate({ automated: 340, total: 400 })).toBeCloseTo(0.85, 12);
    expect(adoptionRate({ activeUsers: 4, eligibleUsers: 16 })).toBe(0.25);
    expect(uptime({ periodMinutes: 43_200, downtimeMinutes: 43.2 })).toBeCloseTo(0.999, 12);
    expect(mtbf({ operatingHours: 720, failures: 3 })).toBe(240);
    expect(mtbf({ operatingHours: 720, failures: 0 })).toBeNull();
    expect(mttr({ repairHours: 9, repairs: 3 })).toBe(3);
    expect(mttr({ repairHours: 0, repairs: 0 })).toBeNull();
    expect(availability(240, 3)).toBeCloseTo(240 / 243, 12);
  });
});

describe("strategy and risk", () => {
  it("alignment score: goal-weighted mean of strengths, 0–100", () => {
    expect(alignmentScore([{ strength: 5, goalWeight: 2 }, { strength: 3, goalWeight: 1 }])).toBeCloseTo((13 / 3 / 5) * 100, 12);
    expect(alignmentScore([{ strength: 5 }, { strength: 5 }])).toBe(100);
    expect(alignmentScore([])).toBe(0);
    expect(() => alignmentScore([{ strength: 6 }])).toThrow(FinanceError);
  });

  it("portfolio alignment: aligned spend share and goals enabled", () => {
    const result = portfolioAlignment({
      goalIds: ["online", "waste", "repeat"],
      investments: [
        { spendCents: 600_000, alignments: [{ goalId: "online", strength: 5 }] },
        { spendCents: 300_000, alignments: [{ goalId: "repeat", strength: 2 }] },
        { spendCents: 100_000, alignments: [{ goalId: "waste", strength: 3 }, { goalId: "online", strength: 1 }] },
      ],
    });
    expect(result.alignedSpendShare).toBeCloseTo(0.7, 12);
    expect(result.goalsEnabledShare).toBeCloseTo(2 / 3, 12);
    expect(portfolioAlignment({ goalIds: [], investments: [] })).toEqual({ alignedSpendShare: null, goalsEnabledShare: null });
  });

  it("risk score, expected loss avoided, risk-adjusted value", () => {
    expect(riskScore(4, 5)).toBe(20);
    expect(() => riskScore(0, 3)).toThrow(FinanceError);
    expect(() => riskScore(2.5, 3)).toThrow(FinanceError);
    // A 10% chance of a 50,000.00 breach.
    expect(expectedLossAvoided({ probability: 0.1, impactCents: 5_000_000 })).toBe(500_000);
    expect(expectedLossAvoided({ probability: 0.5, impactCents: 5 })).toBe(2);
    expect(riskAdjustedValue(1_000_000, [{ probability: 0.2, impactCents: 1_000_000 }, { probability: 0.05, impactCents: 2_000_000 }])).toBe(700_000);
  });

  it("TIME quadrants from value against cost and risk", () => {
    const base = { alignmentScore: 90, roi: 1.5, riskScore: 4, relativeCost: 0.5 };
    expect(timeQuadrant(base).quadrant).toBe("invest");
    expect(timeQuadrant({ ...base, riskScore: 20, relativeCost: 2 }).quadrant).toBe("migrate");
    // Weakly aligned but paying back (ROI 10% > 0%): worth keeping, so invest rather than tolerate.
    expect(timeQuadrant({ ...base, alignmentScore: 20, roi: 0.1 }).quadrant).toBe("invest");
    expect(timeQuadrant({ ...base, alignmentScore: 20, roi: -0.1 }).quadrant).toBe("tolerate");
    expect(timeQuadrant({ alignmentScore: 20, roi: -0.3, riskScore: 20, relativeCost: 1.5 }).quadrant).toBe("eliminate");
    // ROI 50% scores 75: value = (60 + 75) / 2; cost & risk = max(50, (50 + 50) / 2).
    const r = timeQuadrant({ alignmentScore: 60, roi: 0.5, riskScore: 13, relativeCost: 1 });
    expect(r.businessValue).toBeCloseTo(67.5, 12);
    expect(r.costRisk).toBeCloseTo(50, 12);
    expect(r.quadrant).toBe("migrate");
  });
});
