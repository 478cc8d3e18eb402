import { formatMonth, type Formats } from "@/lib/format";
import { formatFigure, formatFigureChange } from "@/lib/reports/format";
import type { HeadlineRow } from "@/lib/reports/review";
import { ChangeText, ReportSection, TableFrame, td, tdNum, th, thNum } from "./report-section";

/** The portfolio's headline figures this month beside last month's. */
export function HeadlineTable({ rows, month, previousMonth, formats }: { rows: HeadlineRow[]; month: string; previousMonth: string; formats: Formats }) {
  return (
    <ReportSection id="report-headline" title="Headline figures" testId="report-headline" description="The portfolio's returns and costs to the end of each month.">
      <TableFrame>
        <table className="min-w-full divide-y divide-slate-100">
          <thead>
            <tr>
              <th scope="col" className={th}>Figure</th>
              <th scope="col" className={thNum}>{formatMonth(month, formats.locale)}</th>
              <th scope="col" className={thNum}>{formatMonth(previousMonth, formats.locale)}</th>
              <th scope="col" className={thNum}>Change</th>
              <th scope="col" className={th}>Note</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => (
              <tr key={row.key} data-testid={`report-headline-${row.key}`}>
                <th scope="row" className={`${td} text-left font-medium text-slate-900`}>{row.label}</th>
                <td className={`${tdNum} font-medium text-slate-900`}>{formatFigure(row.value, row.kind, formats)}</td>
                <td className={tdNum}>{formatFigure(row.previous, row.kind, formats)}</td>
                <td className={tdNum}>
                  <ChangeText text={formatFigureChange(row.change, row.kind, formats)} tone={row.tone} sign={row.change} />
                </td>
                <td className={`${td} text-xs text-slate-500`}>{row.note ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
    </ReportSection>
  );
}
