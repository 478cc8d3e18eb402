/**
 * From a workspace's evaluated portfolio to the optimizer's proposals. Pure: no I/O.
 *
 * - Proposals are the technologies whose status is "proposed".
 * - Cost against the budget: what the technology costs in the first 12 months of its timeline (the
 *   up-front costs plus the first year's run costs), since a budget is for the year it is spent in.
 * - Value: its risk-adjusted NPV — each benefit × its confidence, less every cost, month by month over
 *   the useful life, discounted at the workspace's rate exactly like the portfolio's NPV.
 * - ROI and alignment come from its portfolio row (ROI undiscounted, not risk-adjusted), so the naive
 *   "highest ROI first" pick ranks by the ROI the portfolio table shows.
 */
import { monthlyNpv, rawCashFlows, roundHalfEven, type Proposal } from "@/lib/finance";
import { toFinanceBenefit, toFinanceCost, type EvaluatedTechnology } from "@/lib/portfolio/metrics";

/** The months of a technology's timeline whose costs count against the budget. */
export const BUDGET_COST_MONTHS = 12;
/** The optimizer proves its answer for realistic sets this size in milliseconds (lib/finance/optimizer.ts). */
export const MAX_PROPOSALS = 60;

export type BudgetProposal = Proposal & {
  name: string;
  vendor: string;
  /** Months of the timeline, from its first month. */
  horizonMonths: number;
  /** The NPV the portfolio table shows (benefits at face value), beside the risk-adjusted npvCents. */
  plainNpvCents: number;
};

type Source = Pick<EvaluatedTechnology, "items" | "origin" | "horizonMonths" | "row">;

/** One technology as a proposal: first-year cost, risk-adjusted NPV, ROI and alignment. */
export function toProposal(t: Source, annualDiscountRate: number): BudgetProposal {
  const raw = rawCashFlows({
    costs: t.items.costs.map((c) => toFinanceCost(c, t.origin)),
    benefits: t.items.benefits.map((b) => toFinanceBenefit(b, t.origin)),
    horizonMonths: t.horizonMonths,
    riskAdjusted: true,
  });
  let firstYear = 0;
  for (let m = 0; m < Math.min(BUDGET_COST_MONTHS, raw.costs.length); m++) firstYear += raw.costs[m];
  const net = Array.from(raw.benefits, (b, m) => b - raw.costs[m]);
  return {
    id: t.row.id,
    name: t.row.name,
    vendor: t.row.vendor,
    costCents: roundHalfEven(firstYear),
    npvCents: roundHalfEven(monthlyNpv(annualDiscountRate, net)),
    roi: t.row.roi,
    alignmentScore: t.row.alignmentScore,
    horizonMonths: t.horizonMonths,
    plainNpvCents: t.row.npvCents,
  };
}

/** The workspace's proposed technologies as proposals, in portfolio order (by name). */
export function proposalsFromPortfolio(technologies: readonly Source[], annualDiscountRate: number): BudgetProposal[] {
  return technologies.filter((t) => t.row.status === "proposed").map((t) => toProposal(t, annualDiscountRate));
}

/**
 * The budget the page opens with: 40% of what all proposals cost in their first year, but at least the
 * cheapest one (so a single proposal can be funded), rounded up to a round step — 4,500 for 4,432,
 * 7,000 for 6,624, 200 for 177. Zero when nothing costs anything.
 */
export function defaultBudgetCents(proposals: readonly Pick<Proposal, "costCents">[]): number {
  const costs = proposals.map((p) => p.costCents).filter((c) => c > 0);
  if (costs.length === 0) return 0;
  const total = costs.reduce((a, b) => a + b, 0);
  const target = Math.max(Math.ceil(total * 0.4), Math.min(...costs));
  return roundUpToStep(target);
}

/** Whole currency units, rounded up to half the leading power of ten (min. 1 unit); in cents. */
function roundUpToStep(cents: number): number {
  const units = Math.ceil(cents / 100);
  const step = Math.max(1, 10 ** Math.floor(Math.log10(units)) / 2);
  return Math.ceil(units / step) * step * 100;
}
