import { TableShell, Td, Th, THead } from "@/components/ui/table";
import type { PlanVsActual, PlanVsActualMonth } from "@/lib/actuals/plan-vs-actual";
import { formatMoney, formatMonth, type Formats } from "@/lib/format";
import { periodText } from "@/lib/portfolio/plan-vs-actual-figures";

const none = <span className="text-slate-400">none recorded</span>;

/** actual − planned, signed; a cost above plan (or a benefit below it) is shown as worse. */
function Variance({ cents, worseWhenAbove, formats }: { cents: number; worseWhenAbove: boolean; formats: Formats }) {
  const worse = worseWhenAbove ? cents > 0 : cents < 0;
  const text = `${cents > 0 ? "+" : ""}${formatMoney(cents, formats)}`;
  return <span className={cents === 0 ? "text-slate-500" : worse ? "text-rose-700" : "text-emerald-700"}>{text}</span>;
}

function MonthRow({ r, compared, formats }: { r: PlanVsActualMonth; compared: boolean; formats: Formats }) {
  const money = (c: number) => formatMoney(c, formats);
  return (
    <tr className={compared ? undefined : "text-slate-400"} data-testid="plan-vs-actual-row">
      <Th scope="row" className="whitespace-nowrap font-normal normal-case text-slate-700">
        {formatMonth(r.month, formats.locale)}
      </Th>
      <Td align="right">{money(r.plannedCostCents)}</Td>
      <Td align="right">{r.actualCostCents === null ? none : money(r.actualCostCents)}</Td>
      <Td align="right">{r.actualCostCents === null ? "" : <Variance cents={r.actualCostCents - r.plannedCostCents} worseWhenAbove formats={formats} />}</Td>
      <Td align="right">{money(r.plannedBenefitCents)}</Td>
      <Td align="right" title={r.realised ? `From KPIs ${money(r.realised.fromKpisCents)} · entered ${money(r.realised.enteredCents)}` : undefined}>
        {r.realisedBenefitCents === null ? none : money(r.realisedBenefitCents)}
      </Td>
      <Td align="right">
        {r.realisedBenefitCents === null ? "" : <Variance cents={r.realisedBenefitCents - r.plannedBenefitCents} worseWhenAbove={false} formats={formats} />}
      </Td>
    </tr>
  );
}

/** Month by month, the plan beside what was paid and realised, with the totals over the months compared. */
export function PlanVsActualTable({ figures, formats, shown }: { figures: PlanVsActual; formats: Formats; shown: number }) {
  const rows = figures.months.slice(-shown);
  const earlier = figures.months.length - rows.length;
  const t = figures.toDate;
  const money = (c: number) => formatMoney(c, formats);
  return (
    <TableShell shellClassName="mt-4" data-testid="plan-vs-actual-table">
      <caption className="px-3 pt-3 text-left text-xs text-slate-600">
        {figures.since ? "Planned, paid and realised by month" : "The plan by month: no actuals recorded yet"}
        {earlier > 0 && ` — the latest ${rows.length} months; ${earlier} earlier months count in the totals`}.
      </caption>
      <THead>
        <tr>
          <Th>Month</Th>
          <Th align="right">Planned cost</Th>
          <Th align="right">Actual cost</Th>
          <Th align="right">Cost variance</Th>
          <Th align="right">Planned benefit</Th>
          <Th align="right">Realised benefit</Th>
          <Th align="right">Benefit variance</Th>
        </tr>
      </THead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <MonthRow key={r.month} r={r} compared={!figures.since || r.month >= figures.since} formats={formats} />
        ))}
      </tbody>
      <tfoot className="border-t border-slate-200 bg-slate-50 font-medium">
        <tr data-testid="plan-vs-actual-total">
          <Th scope="row" className="normal-case">
            To date, {periodText(figures, formats)}
          </Th>
          <Td align="right">{money(t.plannedCostCents)}</Td>
          <Td align="right">{figures.hasCostActuals ? money(t.actualCostCents) : none}</Td>
          <Td align="right">{figures.hasCostActuals && <Variance cents={t.costVarianceCents} worseWhenAbove formats={formats} />}</Td>
          <Td align="right">{money(t.plannedBenefitCents)}</Td>
          <Td align="right">{figures.hasBenefitActuals ? money(t.realisedBenefitCents) : none}</Td>
          <Td align="right">{figures.hasBenefitActuals && <Variance cents={t.benefitVarianceCents} worseWhenAbove={false} formats={formats} />}</Td>
        </tr>
      </tfoot>
    </TableShell>
  );
}
