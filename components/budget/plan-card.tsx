import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { BudgetPlan, LeftOutReason } from "@/lib/finance";
import type { BudgetComparison, ProposalFigures } from "@/lib/budget/plan";
import { formatMoney, formatPercent, type Formats } from "@/lib/format";

const reasonLabel: Record<LeftOutReason, string> = {
  better_combination: "Better combination",
  budget_spent: "Budget spent",
  over_budget: "Over budget",
  negative_value: "No value",
};

const reasonTone: Record<LeftOutReason, BadgeTone> = {
  better_combination: "indigo",
  budget_spent: "amber",
  over_budget: "neutral",
  negative_value: "red",
};

type Props = {
  plan: BudgetPlan;
  comparison: Pick<BudgetComparison, "proposals" | "objective">;
  formats: Formats;
  title: string;
  subtitle: string;
  testId: string;
};

/** One plan: what it funds with cost, value and ROI; its totals; what it leaves out and why. */
export function PlanCard({ plan, comparison, formats, title, subtitle, testId }: Props) {
  const byId = new Map<string, ProposalFigures>(comparison.proposals.map((p) => [p.id, p]));
  const money = (cents: number) => formatMoney(cents, formats);
  const chosen = plan.chosen.map((id) => byId.get(id)).filter((p): p is ProposalFigures => Boolean(p));
  return (
    <Card as="section" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 id={`${testId}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-0.5 text-xs text-slate-500">{subtitle}</p>
      <Funded chosen={chosen} formats={formats} valueLabel={comparison.objective === "npv" ? "Risk-adj. NPV" : "Aligned value"} />
      <dl className="mt-4 grid grid-cols-3 gap-3 rounded-lg bg-slate-50 p-3 text-sm">
        <Total label="Total cost" value={money(plan.totalCostCents)} testId={`${testId}-cost`} />
        <Total label="Total value" value={money(plan.totalValue)} testId={`${testId}-value`} />
        <Total label="Budget left" value={money(plan.budgetLeftCents)} testId={`${testId}-left`} />
      </dl>
      <h3 className="mt-5 text-sm font-semibold text-slate-900">Left out</h3>
      <LeftOut plan={plan} byId={byId} money={money} />
    </Card>
  );
}

function Funded({ chosen, formats, valueLabel }: { chosen: ProposalFigures[]; formats: Formats; valueLabel: string }) {
  const money = (cents: number) => formatMoney(cents, formats);
  return (
    <table className="mt-4 w-full text-sm">
      <caption className="sr-only">Technologies funded by this plan</caption>
      <thead>
        <tr className="border-b border-slate-200 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <th scope="col" className="py-2 pr-2">Funded</th>
          <th scope="col" className="py-2 px-2 text-right">Cost (yr 1)</th>
          <th scope="col" className="py-2 px-2 text-right">{valueLabel}</th>
          <th scope="col" className="py-2 pl-2 text-right">ROI</th>
        </tr>
      </thead>
      <tbody>
        {chosen.length === 0 ? (
          <tr>
            <td colSpan={4} className="py-3 text-slate-500">
              Nothing: no proposal worth funding fits this budget.
            </td>
          </tr>
        ) : (
          chosen.map((p) => (
            <tr key={p.id} className="border-b border-slate-100" data-testid="plan-chosen-row">
              <th scope="row" className="py-2 pr-2 text-left font-medium text-slate-900">{p.name}</th>
              <td className="py-2 px-2 text-right tabular-nums">{money(p.costCents)}</td>
              <td className="py-2 px-2 text-right tabular-nums">{money(p.value)}</td>
              <td className="py-2 pl-2 text-right tabular-nums">{p.roi === null ? "—" : formatPercent(p.roi, formats.locale)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}

function Total({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-semibold tabular-nums text-slate-900" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

type LeftOutProps = { plan: BudgetPlan; byId: Map<string, ProposalFigures>; money: (cents: number) => string };

/** Each proposal the plan does not fund, why, and what funding it would displace. */
function LeftOut({ plan, byId, money }: LeftOutProps) {
  const name = (id: string) => byId.get(id)?.name ?? id;
  if (plan.leftOut.length === 0) return <p className="mt-1 text-sm text-slate-500">Nothing: every proposal is funded.</p>;
  return (
    <ul className="mt-2 space-y-2">
      {plan.leftOut.map((l) => (
        <li key={l.id} className="rounded-lg border border-slate-100 p-3 text-sm" data-testid="plan-left-out-row">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium text-slate-900">{name(l.id)}</span>
            <Badge tone={reasonTone[l.reason]} className="ring-0">
              {reasonLabel[l.reason]}
            </Badge>
          </div>
          <p className="mt-1 text-slate-600">
            Left out because {l.why}. Costs {money(byId.get(l.id)?.costCents ?? 0)}, worth {money(l.value)}.
          </p>
          {l.displacedIds && l.displacedIds.length > 0 && (
            <p className="mt-1 text-xs text-slate-500">
              Funding it would drop {l.displacedIds.map(name).join(", ")}
              {l.valueLost !== undefined && (l.valueLost > 0 ? ` and lose ${money(l.valueLost)} of value.` : ", for the same total value.")}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
