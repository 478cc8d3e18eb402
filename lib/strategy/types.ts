import type { Investment } from "@/db/schema";
import type { TimeQuadrant } from "@/lib/finance";

export type ValueChainActivity = Investment["valueChainActivity"];
export type InvestmentCategory = Investment["category"];

/**
 * What the strategy builders read of an evaluated technology (lib/portfolio/metrics' EvaluatedTechnology
 * satisfies it): its table row, its plan totals and the length of its plan.
 */
export type StrategyTechnology = {
  row: {
    id: string;
    name: string;
    category: InvestmentCategory;
    status: Investment["status"];
    valueChainActivity: ValueChainActivity;
    /** Null for technologies not in use: they are off the TIME map. */
    timeQuadrant: TimeQuadrant | null;
    businessValue: number;
    costRisk: number;
    relativeCost: number;
    annualRunRateCents: number;
    tcoCents: number;
    npvCents: number;
    roi: number | null;
    alignmentScore: number | null;
    riskScore: number | null;
  };
  horizonMonths: number;
  summary: { totalBenefitsCents: number; totalCostsCents: number };
};

/** Why a technology sits where it does: the four inputs of lib/finance's timeQuadrant and their scores on 0–100. */
export interface TimeDrivers {
  /** 0–100; null when it serves no goal (counted as 0). */
  alignmentScore: number | null;
  /** Undiscounted ROI over the plan; null without costs (counted as 0). */
  roi: number | null;
  /** Highest open risk, 1–25; null when none is assessed (counted as 1). */
  riskScore: number | null;
  /** Annualised TCO ÷ the portfolio's mean annualised TCO (1 = average). */
  relativeCost: number;
  /** The scores the axes average: business value = ½ alignment + ½ roiScore; cost & risk = ½ riskPct + ½ costPct. */
  roiScore: number;
  riskPct: number;
  costPct: number;
}

/** One technology on the TIME map, with what placed it there. */
export interface TimeEntry {
  id: string;
  name: string;
  category: InvestmentCategory;
  quadrant: TimeQuadrant;
  /** 0–100. */
  businessValue: number;
  /** 0–100. */
  costRisk: number;
  annualRunRateCents: number;
  drivers: TimeDrivers;
}

/** A quadrant's technologies, clearest case first, with their combined run-rate. */
export interface QuadrantList {
  quadrant: TimeQuadrant;
  entries: TimeEntry[];
  runRateCents: number;
}

/** Money figures of a set of technologies over their plans (each technology's useful life). */
export interface SpendFigures {
  count: number;
  /** Σ annual run-rate (recurring costs active in the last complete month, annualised). */
  runRateCents: number;
  /** Σ TCO over the plan. */
  tcoCents: number;
  /** Σ benefits over the plan. */
  benefitsCents: number;
  /** Σ costs over the plan (the cash-flow months), the denominator of the ROI. */
  costsCents: number;
  /** roi(Σ benefits, Σ costs); null without costs. */
  roi: number | null;
  /** Σ NPV. */
  npvCents: number;
}

export type RoiTone = "none" | "loss" | "low" | "good" | "strong";

export interface ValueChainCell extends SpendFigures {
  activity: ValueChainActivity;
  kind: "primary" | "support";
  tone: RoiTone;
}

export interface ValueChain {
  /** All nine activities, primary first, in Porter's order; empty ones included (count 0). */
  activities: ValueChainCell[];
  /** The whole portfolio's figures, summed over the technologies (not over the cells). */
  totals: SpendFigures;
  /** Where the money goes: the activity with the largest TCO over the plan; null when nothing costs anything. */
  mostSpend: ValueChainActivity | null;
  /** Where it pays: the activity with the highest ROI; null when no activity has costs. */
  bestRoi: ValueChainActivity | null;
}

export interface StrategyView {
  technologyCount: number;
  /** Every technology on the TIME map, in name order. */
  entries: TimeEntry[];
  valueChain: ValueChain;
  /** The categories present in the portfolio with their counts, for the filter. */
  categories: { category: InvestmentCategory; count: number }[];
}
