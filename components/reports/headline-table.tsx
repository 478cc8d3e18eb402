import { formatMonth, type Formats } from "@/lib/format";
import { formatFigure, formatFigureChange } from "@/lib/reports/format";
import type { HeadlineRow } from "@/lib/reports/review";
import { Cell, RowHead } from "@/components/scorecard/figure-table";
import { ChangeText, ReportSection, ReportTable } from "./report-section";

/** The portfolio's headline figures this month beside last month's. */
export function HeadlineTable({ rows, month, previousMonth, formats }: { rows: HeadlineRow[]; month: string; previousMonth: string; formats: Formats }) {
  const columns = [
    "Figure",
    { label: formatMonth(month, formats.locale), numeric: true },
    { label: formatMonth(previousMonth, formats.locale), numeric: true },
    { label: "Change", numeric: true },
    "Note",
  ];
  return (
    <ReportSection id="report-headline" title="Headline figures" testId="report-headline" description="The portfolio's returns and costs to the end of each month.">
      <ReportTable columns={columns}>
        {rows.map((row) => (
          <tr key={row.key} data-testid={`report-headline-${row.key}`}>
            <RowHead>{row.label}</RowHead>
            <Cell numeric className="font-medium text-slate-900">
              {formatFigure(row.value, row.kind, formats)}
            </Cell>
            <Cell numeric>{formatFigure(row.previous, row.kind, formats)}</Cell>
            <Cell numeric>
              <ChangeText text={formatFigureChange(row.change, row.kind, formats)} tone={row.tone} sign={row.change} />
            </Cell>
            <Cell className="text-xs text-slate-500">{row.note ?? ""}</Cell>
          </tr>
        ))}
      </ReportTable>
    </ReportSection>
  );
}
