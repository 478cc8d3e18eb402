/**
 * The budget comparison the page shows: the exact optimum beside the naive "highest ROI first" pick,
 * with what each proposal is worth under the chosen objective. Pure: no I/O.
 */
import { FinanceError, naiveByRoi, optimizeBudget, proposalValue, type BudgetPlan, type Objective } from "@/lib/finance";
import { AppError } from "@/lib/errors";
import { MAX_PROPOSALS, type BudgetProposal } from "./proposals";

/** One proposal as the results show it; value is under the comparison's objective. */
export type ProposalFigures = {
  id: string;
  name: string;
  costCents: number;
  npvCents: number;
  value: number;
  roi: number | null;
  alignmentScore: number | null;
};

export type BudgetComparison = {
  objective: Objective;
  budgetCents: number;
  proposals: ProposalFigures[];
  optimal: BudgetPlan;
  naive: BudgetPlan;
  /** optimal.totalValue − naive.totalValue, cents; never negative. */
  differenceCents: number;
};

export const TOO_MANY_PROPOSALS = (n: number) =>
  `This workspace has ${n} proposed technologies; the optimizer solves up to ${MAX_PROPOSALS} exactly. Approve or drop some proposals first.`;

export function planBudget(proposals: readonly BudgetProposal[], budgetCents: number, objective: Objective): BudgetComparison {
  if (proposals.length > MAX_PROPOSALS) throw new AppError("invalid", TOO_MANY_PROPOSALS(proposals.length));
  let optimal: BudgetPlan;
  try {
    optimal = optimizeBudget(proposals, budgetCents, objective);
  } catch (e) {
    // The optimizer gives the proven optimum or nothing; a guess would not be "the best set".
    if (e instanceof FinanceError && (e.code === "NO_CONVERGENCE" || e.code === "OVERFLOW")) {
      throw new AppError("invalid", "These proposals are too many or too alike to prove the best set within the search limit. Try a different budget.");
    }
    throw e;
  }
  const naive = naiveByRoi(proposals, budgetCents, objective);
  return {
    objective,
    budgetCents,
    proposals: proposals.map((p) => ({
      id: p.id,
      name: p.name,
      costCents: p.costCents,
      npvCents: p.npvCents,
      value: proposalValue(p, objective),
      roi: p.roi,
      alignmentScore: p.alignmentScore,
    })),
    optimal,
    naive,
    differenceCents: optimal.totalValue - naive.totalValue,
  };
}

export const objectiveLabel: Record<Objective, string> = {
  npv: "risk-adjusted NPV",
  alignment_weighted: "alignment-weighted value",
};

/** The one sentence that compares the two plans. */
export function describeDifference(c: BudgetComparison, money: (cents: number) => string): string {
  const what = objectiveLabel[c.objective];
  const same = c.optimal.chosen.length === c.naive.chosen.length && c.optimal.chosen.every((id) => c.naive.chosen.includes(id));
  if (c.optimal.chosen.length === 0) {
    return `Within a budget of ${money(c.budgetCents)} no proposal with a positive ${what} fits, so both plans fund nothing.`;
  }
  if (c.differenceCents > 0) {
    return `The optimal plan is worth ${money(c.differenceCents)} more in ${what} than picking the highest ROI first (${money(c.optimal.totalValue)} against ${money(c.naive.totalValue)}).`;
  }
  if (same) {
    return `Picking the highest ROI first gives the optimal plan here: both fund the same technologies, worth ${money(c.optimal.totalValue)} in ${what}.`;
  }
  return `Both plans are worth ${money(c.optimal.totalValue)} in ${what}, with different technologies.`;
}
