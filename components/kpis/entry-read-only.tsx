import type { EntryGridRow } from "@/db/queries/kpis";
import { Td } from "@/components/ui/table";
import { label } from "@/lib/domain/labels";
import type { Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { EntryTable } from "./entry-table";

/** What a viewer sees of the month: the same rows as the entry grid, without inputs. */
export function EntryReadOnly({ formats, period, rows }: { formats: Formats; period: string; rows: EntryGridRow[] }) {
  return (
    <EntryTable period={period} locale={formats.locale} valueAlign="right" data-testid="entry-read-only">
      {rows.map((row) => (
        <tr key={row.id}>
          <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
            {row.name}
            <span className="block text-xs font-normal text-slate-500">{label(row.unit)}</span>
          </th>
          <Td align="right" className="text-slate-600">{formatKpiValue(row.previousValue, row.unit, formats)}</Td>
          <Td align="right" className="text-slate-600">{formatKpiValue(row.target, row.unit, formats)}</Td>
          <Td align="right">{formatKpiValue(row.value, row.unit, formats)}</Td>
          <Td className="text-slate-600">{row.note || "—"}</Td>
        </tr>
      ))}
    </EntryTable>
  );
}
