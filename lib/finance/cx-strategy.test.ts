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
  timeScores,
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

/*
 * Domain checks of the CX, operations and strategy metrics: boundaries (a share equal to its whole, a
 * strength of exactly 5) and the messages that name the offending input, which the UI shows as is.
 */
describe("CX and operations metrics: boundaries and messages", () => {
  it("counts must be whole and ≥ 0, and each is named", () => {
    expect(() => nps({ promoters: -1, passives: 0, detractors: 5 })).toThrow("promoters must be a whole number ≥ 0, got -1");
    expect(() => nps({ promoters: 1, passives: 0.5, detractors: 5 })).toThrow("passives must be a whole number ≥ 0, got 0.5");
    expect(() => nps({ promoters: 1, passives: 0, detractors: -2 })).toThrow("detractors must be a whole number ≥ 0, got -2");
    expect(() => nps({ promoters: 0, passives: 0, detractors: 0 })).toThrow("nps needs at least one survey response");
    expect(nps({ promoters: 3, passives: 1, detractors: 0 })).toBe(75);
    expect(() => csat({ satisfied: 1.5, responses: 3 })).toThrow("satisfied must be a whole number ≥ 0, got 1.5");
    expect(() => csat({ satisfied: 1, responses: -3 })).toThrow("responses must be a whole number ≥ 0, got -3");
    expect(() => csat({ satisfied: 0, responses: 0 })).toThrow("responses must be greater than 0, got 0");
    expect(() => csat({ satisfied: 4, responses: 3 })).toThrow("satisfied (4) cannot exceed responses (3)");
  });

  it("a share may equal its whole: everyone satisfied, everyone lost, all automated", () => {
    expect(csat({ satisfied: 50, responses: 50 })).toBe(1);
    expect(churnRate({ customersAtStart: 20, customersLost: 20 })).toBe(1);
    expect(processAutomationRate({ automated: 7, total: 7 })).toBe(1);
    expect(adoptionRate({ activeUsers: 16, eligibleUsers: 16 })).toBe(1);
    expect(uptime({ periodMinutes: 60, downtimeMinutes: 60 })).toBe(0);
    expect(uptime({ periodMinutes: 60, downtimeMinutes: 0 })).toBe(1);
  });

  it("shares name both sides when the part exceeds the whole or the whole is empty", () => {
    expect(() => churnRate({ customersAtStart: 20, customersLost: 21 })).toThrow("customersLost (21) cannot exceed customersAtStart (20)");
    expect(() => churnRate({ customersAtStart: 0, customersLost: 0 })).toThrow("customersAtStart must be greater than 0, got 0");
    expect(() => churnRate({ customersAtStart: 5, customersLost: -1 })).toThrow("customersLost must not be negative, got -1");
    expect(() => processAutomationRate({ automated: 8, total: 7 })).toThrow("automated (8) cannot exceed total (7)");
    expect(() => processAutomationRate({ automated: 1, total: 0 })).toThrow("total must be greater than 0, got 0");
    expect(() => adoptionRate({ activeUsers: 17, eligibleUsers: 16 })).toThrow("activeUsers (17) cannot exceed eligibleUsers (16)");
    expect(() => adoptionRate({ activeUsers: 1, eligibleUsers: 0 })).toThrow("eligibleUsers must be greater than 0, got 0");
    expect(() => uptime({ periodMinutes: 60, downtimeMinutes: 61 })).toThrow("downtimeMinutes (61) cannot exceed periodMinutes (60)");
    expect(() => uptime({ periodMinutes: 0, downtimeMinutes: 0 })).toThrow("periodMinutes must be greater than 0, got 0");
  });

  it("CES: the mean rating, each rating checked", () => {
    expect(ces([7])).toBe(7);
    expect(() => ces([])).toThrow("ces needs at least one rating");
    expect(() => ces([3, Number.NaN])).toThrow("scores[1] must be a finite number, got NaN");
  });

  it("retention: at the edges of the starting base", () => {
    // All kept, none new; none kept (the end is all new customers).
    expect(retentionRate({ customersAtStart: 100, customersAtEnd: 100, newCustomers: 0 })).toBe(1);
    expect(retentionRate({ customersAtStart: 100, customersAtEnd: 20, newCustomers: 20 })).toBe(0);
    expect(() => retentionRate({ customersAtStart: 100, customersAtEnd: 19, newCustomers: 20 })).toThrow("newCustomers cannot exceed customersAtEnd");
    expect(() => retentionRate({ customersAtStart: 100, customersAtEnd: 101, newCustomers: 0 })).toThrow(
      "more customers retained than there were at the start",
    );
    expect(() => retentionRate({ customersAtStart: 0, customersAtEnd: 1, newCustomers: 0 })).toThrow("customersAtStart must be greater than 0, got 0");
    expect(() => retentionRate({ customersAtStart: 10, customersAtEnd: -1, newCustomers: 0 })).toThrow("customersAtEnd must not be negative, got -1");
    expect(() => retentionRate({ customersAtStart: 10, customersAtEnd: 5, newCustomers: -1 })).toThrow("newCustomers must not be negative, got -1");
  });

  it("CLTV, CAC and their ratio: defaults and messages", () => {
    // Gross margin defaults to 100%.
    expect(cltv({ revenuePerCustomer: 50, churnRate: 0.5 })).toBe(100);
    expect(() => cltv({ revenuePerCustomer: -1, churnRate: 0.5 })).toThrow("revenuePerCustomer must not be negative, got -1");
    expect(() => cltv({ revenuePerCustomer: 1, grossMargin: 1.2, churnRate: 0.5 })).toThrow("grossMargin must be between 0 and 1, got 1.2");
    expect(() => cltv({ revenuePerCustomer: 1, churnRate: 1.5 })).toThrow("churnRate must be between 0 and 1, got 1.5");
    expect(() => cltv({ revenuePerCustomer: 1, churnRate: 0 })).toThrow("churnRate must be above 0: with no churn the lifetime value is unbounded");
    expect(cac({ salesAndMarketingSpend: 0, newCustomers: 3 })).toBe(0);
    expect(() => cac({ salesAndMarketingSpend: -1, newCustomers: 3 })).toThrow("salesAndMarketingSpend must not be negative, got -1");
    expect(() => cac({ salesAndMarketingSpend: 1, newCustomers: 0 })).toThrow("cac needs at least one new customer");
    expect(() => cac({ salesAndMarketingSpend: 1, newCustomers: 2.5 })).toThrow("newCustomers must be a whole number ≥ 0, got 2.5");
    expect(() => cltvToCac(-1, 1)).toThrow("cltv must not be negative, got -1");
    expect(() => cltvToCac(1, 0)).toThrow("cac must be greater than 0, got 0");
  });

  it("MTBF, MTTR and availability: messages and the no-failure month", () => {
    expect(() => mtbf({ operatingHours: -1, failures: 1 })).toThrow("operatingHours must not be negative, got -1");
    expect(() => mtbf({ operatingHours: 1, failures: 1.5 })).toThrow("failures must be a whole number ≥ 0, got 1.5");
    expect(() => mttr({ repairHours: -1, repairs: 1 })).toThrow("repairHours must not be negative, got -1");
    expect(() => mttr({ repairHours: 1, repairs: -1 })).toThrow("repairs must be a whole number ≥ 0, got -1");
    expect(mttr({ repairHours: 6, repairs: 4 })).toBe(1.5);
    expect(mttr({ repairHours: 0, repairs: 0 })).toBeNull();
    expect(availability(0, 5)).toBe(0);
    expect(availability(5, 0)).toBe(1);
    expect(availability(240, 2)).toBeCloseTo(240 / 242, 12);
    expect(availability(3, 3)).toBe(0.5);
    expect(() => availability(0, 0)).toThrow("mtbf + mttr must be above 0");
    expect(() => availability(-1, 5)).toThrow("mtbf must not be negative, got -1");
    expect(() => availability(1, -5)).toThrow("mttr must not be negative, got -5");
  });
});

describe("strategy: boundaries and messages", () => {
  it("alignment strengths run 0–5, inclusive", () => {
    expect(alignmentScore([{ strength: 5 }])).toBe(100);
    expect(alignmentScore([{ strength: 0 }])).toBe(0);
    expect(alignmentScore([{ strength: 5, goalWeight: 3 }, { strength: 0, goalWeight: 1 }])).toBe(75);
    expect(alignmentScore([{ strength: 4, goalWeight: 0 }])).toBe(0);
    expect(alignmentScore([])).toBe(0);
    expect(() => alignmentScore([{ strength: 5.5 }])).toThrow("alignments[0].strength must be between 0 and 5, got 5.5");
    expect(() => alignmentScore([{ strength: 1 }, { strength: -0.5 }])).toThrow("alignments[1].strength must be between 0 and 5, got -0.5");
    expect(() => alignmentScore([{ strength: 1, goalWeight: -1 }])).toThrow("alignments[0].goalWeight must not be negative, got -1");
    expect(() => alignmentScore([{ strength: Number.NaN }])).toThrow("alignments[0].strength must be a finite number, got NaN");
  });

  it("portfolio alignment: the threshold is inclusive, goals outside the list do not count", () => {
    const result = portfolioAlignment({
      investments: [
        { spendCents: 300, alignments: [{ goalId: "g1", strength: 3 }, { goalId: "other", strength: 5 }] },
        { spendCents: 100, alignments: [{ goalId: "g2", strength: 2.99 }] },
        { spendCents: 0, alignments: [{ goalId: "g2", strength: 0 }] },
      ],
      goalIds: ["g1", "g2"],
    });
    expect(result).toEqual({ alignedSpendShare: 0.75, goalsEnabledShare: 0.5 });
    // A goal only served by an investment that is not in the goal list is not counted.
    expect(portfolioAlignment({ investments: [{ spendCents: 1, alignments: [{ goalId: "x", strength: 5 }] }], goalIds: ["g1"] }).goalsEnabledShare).toBe(0);
    expect(portfolioAlignment({ investments: [], goalIds: [] })).toEqual({ alignedSpendShare: null, goalsEnabledShare: null });
    expect(portfolioAlignment({ investments: [{ spendCents: 5, alignments: [{ goalId: "g1", strength: 1 }] }], goalIds: ["g1"], threshold: 1 })).toEqual({
      alignedSpendShare: 1,
      goalsEnabledShare: 1,
    });
    expect(() => portfolioAlignment({ investments: [], goalIds: [], threshold: 6 })).toThrow("threshold must be between 0 and 5, got 6");
    expect(() => portfolioAlignment({ investments: [{ spendCents: -5, alignments: [] }], goalIds: [] })).toThrow("investments[0].spendCents must not be negative");
    expect(() => portfolioAlignment({ investments: [{ spendCents: 1.5, alignments: [] }], goalIds: [] })).toThrow(
      "investments[0].spendCents must be an integer number of cents, got 1.5",
    );
    expect(() => portfolioAlignment({ investments: [{ spendCents: 1, alignments: [{ goalId: "g", strength: 9 }] }], goalIds: [] })).toThrow(
      "investments[0].alignments[0].strength must be between 0 and 5, got 9",
    );
  });

  it("risk scores are whole numbers 1–5 on each axis", () => {
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(5, 5)).toBe(25);
    expect(() => riskScore(0, 3)).toThrow("likelihood must be a whole number from 1 to 5, got 0");
    expect(() => riskScore(3, 6)).toThrow("impact must be a whole number from 1 to 5, got 6");
    expect(() => riskScore(2.5, 3)).toThrow("likelihood must be a whole number from 1 to 5, got 2.5");
  });

  it("expected loss and risk-adjusted value: messages", () => {
    expect(expectedLossAvoided({ probability: 0.25, impactCents: 1_000 })).toBe(250);
    expect(() => expectedLossAvoided({ probability: 1.1, impactCents: 1 })).toThrow("probability must be between 0 and 1, got 1.1");
    expect(() => expectedLossAvoided({ probability: -0.1, impactCents: 1 })).toThrow("probability must be between 0 and 1, got -0.1");
    expect(() => expectedLossAvoided({ probability: 0.5, impactCents: 1.5 })).toThrow("impactCents must be an integer number of cents, got 1.5");
    expect(riskAdjustedValue(10_000, [{ probability: 0.5, impactCents: 1_000 }, { probability: 0.1, impactCents: 5_000 }])).toBe(9_000);
    expect(() => riskAdjustedValue(0.5, [])).toThrow("valueCents must be an integer number of cents, got 0.5");
    expect(() => riskAdjustedValue(1, [{ probability: 2, impactCents: 1 }])).toThrow("risks[0].probability must be between 0 and 1, got 2");
    expect(() => riskAdjustedValue(1, [{ probability: 0.5, impactCents: 0.5 }])).toThrow("risks[0].impactCents must be an integer number of cents, got 0.5");
  });

  it("TIME scores: inputs checked and named", () => {
    const ok = { alignmentScore: 50, roi: 0, riskScore: 1, relativeCost: 1 };
    expect(() => timeScores({ ...ok, alignmentScore: Number.NaN })).toThrow("alignmentScore must be a finite number, got NaN");
    expect(() => timeScores({ ...ok, alignmentScore: 101 })).toThrow("alignmentScore must be between 0 and 100, got 101");
    expect(() => timeScores({ ...ok, roi: Number.NaN })).toThrow("roi must be a finite number, got NaN");
    expect(() => timeScores({ ...ok, riskScore: Number.NaN })).toThrow("riskScore must be a finite number, got NaN");
    expect(() => timeScores({ ...ok, riskScore: 26 })).toThrow("riskScore must be between 1 and 25, got 26");
    expect(() => timeScores({ ...ok, relativeCost: -1 })).toThrow("relativeCost must not be negative, got -1");
    // ROI is scored against 100% for full marks: 50% earns 75, −50% earns 25, 300% is capped at 100.
    expect(timeScores({ ...ok, roi: 0.5 }).roiScore).toBe(75);
    expect(timeScores({ ...ok, roi: -0.5 }).roiScore).toBe(25);
    expect(timeScores({ ...ok, roi: 3 }).roiScore).toBe(100);
  });
});
