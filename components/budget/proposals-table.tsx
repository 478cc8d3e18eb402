import { Card } from "@/components/ui/card";
import type { BudgetProposal } from "@/lib/budget/proposals";
import { formatMoney, formatNumber, formatPercent, type Formats } from "@/lib/format";

/** The inputs behind both plans: every proposal's cost against the budget, value and ROI. */
export function ProposalsTable({ proposals, formats }: { proposals: readonly BudgetProposal[]; formats: Formats }) {
  const money = (cents: number) => formatMoney(cents, formats);
  return (
    <Card as="section" aria-labelledby="proposals-title">
      <h2 id="proposals-title" className="text-base font-semibold text-slate-900">
        The proposals
      </h2>
      <div className="relative mt-3 overflow-x-auto">
        <table className="w-full text-sm" data-testid="budget-proposals">
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
              <th scope="col" className="py-2 pr-3">Technology</th>
              <th scope="col" className="px-3 py-2 text-right">Cost, first 12 months</th>
              <th scope="col" className="px-3 py-2 text-right">Risk-adjusted NPV</th>
              <th scope="col" className="px-3 py-2 text-right">NPV at face value</th>
              <th scope="col" className="px-3 py-2 text-right">ROI</th>
              <th scope="col" className="py-2 pl-3 text-right">Alignment</th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((p) => (
              <tr key={p.id} className="border-b border-slate-100">
                <th scope="row" className="py-2 pr-3 text-left font-medium text-slate-900">
                  {p.name}
                  {p.vendor && <span className="block text-xs font-normal text-slate-500">{p.vendor}</span>}
                </th>
                <td className="px-3 py-2 text-right tabular-nums">{money(p.costCents)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{money(p.npvCents)}</td>
                <td className="px-3 py-2 text-right tabular-nums text-slate-500">{money(p.plainNpvCents)}</td>
                <td className="px-3 py-2 text-right tabular-nums">{p.roi === null ? "—" : formatPercent(p.roi, formats.locale)}</td>
                <td className="py-2 pl-3 text-right tabular-nums">{p.alignmentScore === null ? "—" : `${formatNumber(p.alignmentScore, formats.locale, 0)} / 100`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
