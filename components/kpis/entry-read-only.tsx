import type { EntryGridRow } from "@/db/queries/kpis";
import { label } from "@/lib/domain/labels";
import { formatMonth, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";

/** What a viewer sees of the month: the same rows as the entry grid, without inputs. */
export function EntryReadOnly({ formats, period, rows }: { formats: Formats; period: string; rows: EntryGridRow[] }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-100" data-testid="entry-read-only">
        <thead>
          <tr className="text-left text-xs font-medium uppercase tracking-wide text-slate-500">
            <th className="px-3 py-2">KPI</th>
            <th className="px-3 py-2 text-right">Last month</th>
            <th className="px-3 py-2 text-right">Target</th>
            <th className="px-3 py-2 text-right">{formatMonth(period, formats.locale, { long: true })}</th>
            <th className="px-3 py-2">Note</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 text-sm">
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
                {row.name}
                <span className="block text-xs font-normal text-slate-500">{label(row.unit)}</span>
              </th>
              <td className="px-3 py-2 text-right tabular-nums text-slate-600">{formatKpiValue(row.previousValue, row.unit, formats)}</td>
              <td className="px-3 py-2 text-right tabular-nums text-slate-600">{formatKpiValue(row.target, row.unit, formats)}</td>
              <td className="px-3 py-2 text-right tabular-nums">{formatKpiValue(row.value, row.unit, formats)}</td>
              <td className="px-3 py-2 text-slate-600">{row.note || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
