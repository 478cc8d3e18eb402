import { cardClass } from "@/components/ui/card";
import { BUDGET_COST_MONTHS, MAX_PROPOSALS } from "@/lib/budget/proposals";
import { formatPercent, type Locale } from "@/lib/format";

/** The rules behind both plans, in words a reader can check against the proposals table. */
export function BudgetHowComputed({ annualDiscountRate, locale }: { annualDiscountRate: number; locale: Locale }) {
  const rate = formatPercent(annualDiscountRate, locale);
  const likely = formatPercent(0.75, locale, 0);
  return (
    <details className={cardClass({ padding: "sm", className: "text-sm text-slate-700" })} data-testid="budget-how-computed">
      <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">How is this computed?</summary>
      <ul className="mt-3 list-disc space-y-2 pl-5">
        <li>
          <span className="font-medium">Proposals</span> are this workspace&apos;s technologies with the status Proposed (up to {MAX_PROPOSALS}).
        </li>
        <li>
          <span className="font-medium">Cost against the budget</span> = everything a proposal costs in the first {BUDGET_COST_MONTHS} months of
          its timeline: its up-front costs plus its first year of run costs (subscriptions, licences, support). Its timeline starts at its earliest
          cost or benefit month. Later years are not part of this budget, but they are part of its value.
        </li>
        <li>
          <span className="font-medium">Risk-adjusted NPV</span> = Σ (benefits<sub>m</sub> × confidence − costs<sub>m</sub>) / (1 + i)<sup>m</sup>{" "}
          over every month m of its useful life, month 0 undiscounted, with i the monthly equivalent of the workspace&apos;s discount rate of {rate}{" "}
          a year. Each benefit counts only as much as its confidence, so a {likely}-likely saving counts at {likely}.
        </li>
        <li>
          <span className="font-medium">Alignment-weighted value</span> = risk-adjusted NPV × alignment score / 100: a proposal that serves no goal is
          worth nothing under this objective, a fully aligned one its whole NPV.
        </li>
        <li>
          <span className="font-medium">Optimal plan</span>: of all the sets of proposals whose costs add up to at most the budget, the one with the
          highest total value, solved exactly (branch and bound over the 0/1 choice of each proposal, so no set is missed). A proposal worth nothing
          or less is never funded. For each proposal it leaves out, the best plan that includes it is solved too: the proposals it would drop and the
          value that would be lost.
        </li>
        <li>
          <span className="font-medium">Highest ROI first</span>: proposals ranked by ROI (the portfolio table&apos;s ROI: benefits at face value,
          undiscounted, over the whole life), each funded if it still fits. It is the usual rule of thumb; the difference between the two totals is
          what ranking by ROI alone costs.
        </li>
      </ul>
    </details>
  );
}
