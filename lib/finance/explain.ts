/**
 * "How was this computed?": each explainer returns the figure from the same function the app uses,
 * the formula in words/symbols, and the actual inputs behind it, so the UI can show both.
 */
import type { CostItem } from "./cashflow";
import { discountedPaybackPeriod, paybackPeriod } from "./payback";
import {
  annualizedReturnOnAutomation,
  irr,
  mirr,
  npv,
  roi,
  weightedScore,
  xirr,
  xnpv,
  type AutomationInput,
  type ScoringFactor,
} from "./returns";
import { attainment, type AttainmentInput } from "./scorecard";
import { alignmentScore, riskScore, timeQuadrant, timeScores, type Alignment, type TimeInput } from "./strategy";
import { tco, type TcoOptions } from "./tco";

export interface Explanation<V = number, I = Record<string, unknown>> {
  value: V;
  formula: string;
  inputs: I;
}

function cumulative(flows: readonly number[], rate = 0): number[] {
  let sum = 0;
  return flows.map((v, t) => (sum += v / Math.pow(1 + rate, t)));
}

export const explain = {
  roi: (benefit: number, cost: number): Explanation<number, { benefit: number; cost: number }> => ({
    value: roi(benefit, cost),
    formula: "(benefit − cost) / cost",
    inputs: { benefit, cost },
  }),

  annualizedReturnOnAutomation: (input: AutomationInput): Explanation<number, AutomationInput & { annualCost: number }> => ({
    value: annualizedReturnOnAutomation(input),
    formula: "(annualBenefits − annualCost) / annualCost, annualCost = annualOperatingCosts + initialInvestment / usefulLifeYears",
    inputs: { ...input, annualCost: input.annualOperatingCosts + input.initialInvestment / input.usefulLifeYears },
  }),

  weightedScore: (factors: readonly ScoringFactor[]): Explanation<number, { factors: ScoringFactor[]; weightSum: number }> => ({
    value: weightedScore(factors),
    formula: "Σ weight_i/100 × score_i (weights sum to 100)",
    inputs: { factors: factors.map((f) => ({ ...f })), weightSum: factors.reduce((a, f) => a + f.weight, 0) },
  }),

  npv: (rate: number, values: readonly number[]): Explanation<number, { rate: number; values: number[] }> => ({
    value: npv(rate, values),
    formula: "Σ v_i/(1+r)^i, i=1..n",
    inputs: { rate, values: [...values] },
  }),

  xnpv: (rate: number, values: readonly number[], dates: readonly Date[]): Explanation<number, { rate: number; values: number[]; dates: Date[] }> => ({
    value: xnpv(rate, values, dates),
    formula: "Σ v_i/(1+r)^((d_i − d_0)/365)",
    inputs: { rate, values: [...values], dates: [...dates] },
  }),

  irr: (values: readonly number[], guess = 0.1): Explanation<number, { values: number[]; guess: number }> => ({
    value: irr(values, guess),
    formula: "r such that Σ v_t/(1+r)^t = 0, t=0..n−1 (the root nearest the guess)",
    inputs: { values: [...values], guess },
  }),

  xirr: (values: readonly number[], dates: readonly Date[], guess = 0.1): Explanation<number, { values: number[]; dates: Date[]; guess: number }> => ({
    value: xirr(values, dates, guess),
    formula: "r such that Σ v_i/(1+r)^((d_i − d_0)/365) = 0 (the root nearest the guess)",
    inputs: { values: [...values], dates: [...dates], guess },
  }),

  mirr: (
    values: readonly number[],
    financeRate: number,
    reinvestRate: number,
  ): Explanation<number, { values: number[]; financeRate: number; reinvestRate: number; n: number }> => ({
    value: mirr(values, financeRate, reinvestRate),
    formula: "(FV of positive flows at reinvestRate / −PV of negative flows at financeRate)^(1/(n−1)) − 1",
    inputs: { values: [...values], financeRate, reinvestRate, n: values.length },
  }),

  paybackPeriod: (flows: readonly number[]): Explanation<number | null, { flows: number[]; cumulative: number[] }> => ({
    value: paybackPeriod(flows),
    formula: "first period t with cumulative_t ≥ 0, interpolated: (t − 1) + −cumulative_(t−1) / v_t; none if never",
    inputs: { flows: [...flows], cumulative: cumulative(flows) },
  }),

  discountedPaybackPeriod: (
    rate: number,
    flows: readonly number[],
  ): Explanation<number | null, { rate: number; flows: number[]; discountedCumulative: number[] }> => ({
    value: discountedPaybackPeriod(rate, flows),
    formula: "payback on v_t/(1+r)^t: first t with Σ_(s≤t) v_s/(1+r)^s ≥ 0, interpolated inside the period",
    inputs: { rate, flows: [...flows], discountedCumulative: cumulative(flows, rate) },
  }),

  tco: (costs: readonly CostItem[], horizonMonths: number, options: TcoOptions = {}) => {
    const breakdown = tco(costs, horizonMonths, options);
    return {
      value: breakdown.totalCents,
      formula: "Σ over cost items and months in the horizon: amount × (1 + uplift%)^(years since the item started) × cost multiplier; rounded per category and year",
      inputs: { horizonMonths, costMultiplier: options.costMultiplier ?? 1, costs: costs.map((c) => ({ ...c })), byCategory: breakdown.byCategory, byYear: breakdown.byYear },
    } satisfies Explanation;
  },

  alignmentScore: (alignments: readonly Alignment[]): Explanation<number, { alignments: Alignment[] }> => ({
    value: alignmentScore(alignments),
    formula: "Σ goalWeight × strength / Σ goalWeight / 5 × 100",
    inputs: { alignments: alignments.map((a) => ({ strength: a.strength, goalWeight: a.goalWeight ?? 1 })) },
  }),

  riskScore: (likelihood: number, impact: number): Explanation<number, { likelihood: number; impact: number }> => ({
    value: riskScore(likelihood, impact),
    formula: "likelihood × impact (each 1–5)",
    inputs: { likelihood, impact },
  }),

  attainment: (input: AttainmentInput): Explanation<number, AttainmentInput> => ({
    value: attainment(input),
    formula: "(actual − baseline) / (target − baseline), clamped to [0, 1]",
    inputs: { ...input },
  }),

  timeQuadrant: (input: TimeInput) => {
    const result = timeQuadrant(input);
    const scores = timeScores(input);
    return {
      value: result.quadrant,
      formula:
        "value = ½·alignment + ½·50·(1 + clamp(roi, −1, 1)), at least 50 when roi > 0; " +
        "cost&risk = max(risk%, ½·risk% + ½·cost%), risk% = 100·(risk − 1)/24, cost% = 100·clamp(relativeCost/2, 0, 1); high at ≥ 50",
      inputs: { ...input, roiScore: scores.roiScore, riskPct: scores.riskPct, costPct: scores.costPct, businessValue: result.businessValue, costRisk: result.costRisk },
    } satisfies Explanation<string>;
  },
};
