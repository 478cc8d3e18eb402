/**
 * Strategy and risk: alignment with goals, the TIME quadrant, risk scores and risk-adjusted value.
 */
import { invalid, requireFinite, requireNonNegative, requireProbability } from "./errors";
import { requireCents, roundHalfEven } from "./money";

export interface Alignment {
  /** 0 (none) to 5 (essential). */
  strength: number;
  /** The goal's weight; defaults to 1. */
  goalWeight?: number;
}

function requireStrength(value: number, name: string): number {
  requireFinite(value, name);
  if (value < 0 || value > 5) invalid(`${name} must be between 0 and 5, got ${value}`);
  return value;
}

/** Goal-weighted mean of an investment's alignment strengths, scaled from 0–5 to 0–100; 0 when it serves no goal. */
export function alignmentScore(alignments: readonly Alignment[]): number {
  let weights = 0;
  let sum = 0;
  alignments.forEach((a, i) => {
    const w = requireNonNegative(a.goalWeight ?? 1, `alignments[${i}].goalWeight`);
    weights += w;
    sum += w * requireStrength(a.strength, `alignments[${i}].strength`);
  });
  return weights === 0 ? 0 : (sum / weights / 5) * 100;
}

export interface PortfolioAlignmentInput {
  investments: readonly { spendCents: number; alignments: readonly { goalId: string; strength: number }[] }[];
  goalIds: readonly string[];
  /** A link counts as "aligned" from this strength up; defaults to 3 (moderate) of 5. */
  threshold?: number;
}

/**
 * Share of spend on investments with at least one aligned link, and share of goals served by at
 * least one aligned investment; null when there is no spend / there are no goals.
 */
export function portfolioAlignment(input: PortfolioAlignmentInput): { alignedSpendShare: number | null; goalsEnabledShare: number | null } {
  const threshold = requireStrength(input.threshold ?? 3, "threshold");
  const goals = new Set(input.goalIds);
  const enabled = new Set<string>();
  let spend = 0;
  let alignedSpend = 0;
  input.investments.forEach((inv, i) => {
    const cents = requireCents(inv.spendCents, `investments[${i}].spendCents`);
    if (cents < 0) invalid(`investments[${i}].spendCents must not be negative`);
    spend += cents;
    let aligned = false;
    inv.alignments.forEach((a, j) => {
      if (requireStrength(a.strength, `investments[${i}].alignments[${j}].strength`) >= threshold) {
        aligned = true;
        if (goals.has(a.goalId)) enabled.add(a.goalId);
      }
    });
    if (aligned) alignedSpend += cents;
  });
  return {
    alignedSpendShare: spend === 0 ? null : alignedSpend / spend,
    goalsEnabledShare: goals.size === 0 ? null : enabled.size / goals.size,
  };
}

/** Likelihood × impact, each a whole number 1–5, so 1–25. */
export function riskScore(likelihood: number, impact: number): number {
  for (const [name, v] of [["likelihood", likelihood], ["impact", impact]] as const) {
    if (!Number.isInteger(v) || v < 1 || v > 5) invalid(`${name} must be a whole number from 1 to 5, got ${v}`);
  }
  return likelihood * impact;
}

/** Probability × impact of the loss a control avoids, in cents (rounded half-even). */
export function expectedLossAvoided({ probability, impactCents }: { probability: number; impactCents: number }): number {
  requireProbability(probability, "probability");
  requireCents(impactCents, "impactCents");
  return roundHalfEven(probability * impactCents);
}

/** Value less the expected losses of its risks, Σ probability × impact; cents in, cents out. */
export function riskAdjustedValue(valueCents: number, risks: readonly { probability: number; impactCents: number }[]): number {
  requireCents(valueCents, "valueCents");
  let expectedLoss = 0;
  risks.forEach((r, i) => {
    requireProbability(r.probability, `risks[${i}].probability`);
    expectedLoss += r.probability * requireCents(r.impactCents, `risks[${i}].impactCents`);
  });
  return roundHalfEven(valueCents - expectedLoss);
}

export type TimeQuadrant = "tolerate" | "invest" | "migrate" | "eliminate";

export interface TimeInput {
  /** 0–100, from alignmentScore. */
  alignmentScore: number;
  /** Undiscounted ROI over the horizon (0.5 = 50%). */
  roi: number;
  /** Highest open risk score, 1–25 (likelihood × impact); 1 when none. */
  riskScore: number;
  /** The investment's annual cost ÷ the portfolio's average annual cost per investment (1 = average). */
  relativeCost: number;
}

/**
 * Thresholds pinned here so the quadrant can be explained; both axes run 0–100.
 * - valueHigh / costRiskHigh: where each axis turns "high".
 * - roiForFullMarks: the ROI (over the plan) that earns the full ROI score; the same loss (−100%) earns 0.
 * - roiHurdle: a technology whose ROI is above it (returns more than it costs over its plan) has at
 *   least valueHigh business value, so it is never "tolerate" or "eliminate".
 * - relativeCostForFullMarks: the relative cost (× the portfolio's average) that earns the full cost %.
 */
export const TIME_RULES = { valueHigh: 50, costRiskHigh: 50, roiForFullMarks: 1, roiHurdle: 0, relativeCostForFullMarks: 2 } as const;

/** The scores behind the two TIME axes, each 0–100. */
export interface TimeScores {
  /** 50 × (1 + clamp(roi / roiForFullMarks, −1, 1)): −100% → 0, break-even → 50, +100% or more → 100. */
  roiScore: number;
  /** 100 × (riskScore − 1) / 24. */
  riskPct: number;
  /** 100 × clamp(relativeCost / relativeCostForFullMarks, 0, 1). */
  costPct: number;
  /** ½ alignment + ½ roiScore, at least valueHigh when roi > roiHurdle. */
  businessValue: number;
  /** The higher of riskPct and ½ riskPct + ½ costPct. */
  costRisk: number;
}

/** The scores behind the two TIME axes, by the rule documented on `timeQuadrant`. */
export function timeScores(input: TimeInput): TimeScores {
  const alignment = requireFinite(input.alignmentScore, "alignmentScore");
  if (alignment < 0 || alignment > 100) invalid(`alignmentScore must be between 0 and 100, got ${alignment}`);
  const roi = requireFinite(input.roi, "roi");
  const risk = requireFinite(input.riskScore, "riskScore");
  if (risk < 1 || risk > 25) invalid(`riskScore must be between 1 and 25, got ${risk}`);
  const relativeCost = requireNonNegative(input.relativeCost, "relativeCost");
  const roiScore = 50 * (1 + clamp(roi / TIME_RULES.roiForFullMarks, -1, 1));
  const riskPct = (100 * (risk - 1)) / 24;
  const costPct = 100 * clamp(relativeCost / TIME_RULES.relativeCostForFullMarks, 0, 1);
  const blend = (alignment + roiScore) / 2;
  const businessValue = roi > TIME_RULES.roiHurdle ? Math.max(blend, TIME_RULES.valueHigh) : blend;
  const costRisk = Math.max(riskPct, (riskPct + costPct) / 2);
  return { roiScore, riskPct, costPct, businessValue, costRisk };
}

/**
 * TIME (Gartner) on business value against cost and risk. Both axes run 0–100 and turn high at 50.
 *
 * Business value = ½ alignment + ½ ROI score, where the ROI score = 50 × (1 + clamp(roi / 100%, −1, 1)):
 * a technology that loses everything it cost scores 0, one that breaks even 50 (paying back already earns
 * value), one that returns 100% or more over its plan 100. A technology that returns more than it costs
 * (roi > 0%, the hurdle) scores at least 50 whatever its alignment: it pays its way, so it is worth
 * keeping — at worst "migrate", never "eliminate".
 *
 * Cost & risk = the higher of risk % and ½ risk % + ½ cost %, where risk % = 100 × (highest open risk − 1)/24
 * and cost % = 100 × clamp(relativeCost / 2, 0, 1): a low cost does not offset a high risk, so a highest
 * open risk of 13 or more (on the 5 × 5 matrix 15 or more, e.g. 3 × 5 or 4 × 4) puts a technology on the
 * high side on its own, while cost, which is relative to the portfolio, counts only in the blend.
 *
 * - value ≥ 50, cost & risk < 50 → invest;
 * - value ≥ 50, cost & risk ≥ 50 → migrate (worth keeping, not at this cost or risk: a cheaper or safer platform);
 * - value < 50, cost & risk < 50 → tolerate;
 * - value < 50, cost & risk ≥ 50 → eliminate: a return at or below break-even that alignment does not make
 *   up for (alignment + ROI score < 100), with high cost or risk.
 */
export function timeQuadrant(input: TimeInput): { quadrant: TimeQuadrant; businessValue: number; costRisk: number } {
  const { businessValue, costRisk } = timeScores(input);
  const valuable = businessValue >= TIME_RULES.valueHigh;
  const burdensome = costRisk >= TIME_RULES.costRiskHigh;
  const quadrant: TimeQuadrant = valuable ? (burdensome ? "migrate" : "invest") : burdensome ? "eliminate" : "tolerate";
  return { quadrant, businessValue, costRisk };
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
