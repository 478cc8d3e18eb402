import { ChangeText, ReportSection, TableFrame, td, tdNum, th, thNum } from "@/components/reports/report-section";
import { label } from "@/lib/domain/labels";
import type { KpiChange, ReviewChanges } from "@/lib/reports/review";
import { formatMonth, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { formatKpiChange } from "@/lib/scorecard/format";

/** A client reads the few largest moves; the monthly review lists every KPI. */
const SHOWN = 5;

function Moves({ title, rows, tone, testId, previousEnd, end, formats }: { title: string; rows: KpiChange[]; tone: "better" | "worse"; testId: string; previousEnd: string; end: string; formats: Formats }) {
  return (
    <div className="mt-4 break-inside-avoid" data-testid={testId}>
      <h3 className="text-sm font-semibold text-slate-800">
        {title} <span className="font-normal text-slate-500">({rows.length})</span>
      </h3>
      {rows.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">None this quarter.</p>
      ) : (
        <div className="mt-2">
          <TableFrame>
            <table className="min-w-full divide-y divide-slate-100">
              <thead>
                <tr>
                  <th scope="col" className={th}>KPI</th>
                  <th scope="col" className={th}>Perspective</th>
                  <th scope="col" className={thNum}>
                    {formatMonth(previousEnd, formats.locale)} → {formatMonth(end, formats.locale)}
                  </th>
                  <th scope="col" className={thNum}>Change</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {rows.slice(0, SHOWN).map((row) => (
                  <tr key={row.id} data-testid="review-pack-change-row">
                    <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                      {row.name}
                    </th>
                    <td className={td}>{label(row.perspective)}</td>
                    <td className={`${tdNum} whitespace-nowrap`}>
                      {formatKpiValue(row.previous, row.unit, formats)} → <span className="font-medium text-slate-900">{formatKpiValue(row.latest, row.unit, formats)}</span>
                    </td>
                    <td className={tdNum}>
                      <ChangeText text={row.change === null ? "—" : formatKpiChange(row.change, row.unit, formats)} tone={tone} sign={row.change} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
          {rows.length > SHOWN && <p className="mt-1 text-xs text-slate-500">And {rows.length - SHOWN} more; the monthly reviews list every KPI.</p>}
        </div>
      )}
    </div>
  );
}

/** The KPIs that moved most between the previous quarter's end and this one's, as a share of the way to target. */
export function QuarterChanges({ changes, previousEnd, end, formats }: { changes: ReviewChanges; previousEnd: string; end: string; formats: Formats }) {
  return (
    <ReportSection
      id="review-pack-changes"
      title="What changed this quarter"
      testId="review-pack-changes"
      description="Each KPI's value at the end of the quarter against the end of the previous one. Largest moves first, measured as a share of the way from baseline to target."
    >
      <Moves title="Improved" rows={changes.improved} tone="better" testId="review-pack-improved" previousEnd={previousEnd} end={end} formats={formats} />
      <Moves title="Worsened" rows={changes.worsened} tone="worse" testId="review-pack-worsened" previousEnd={previousEnd} end={end} formats={formats} />
      {changes.notMeasured.length > 0 && (
        <p className="mt-4 text-sm text-slate-600" data-testid="review-pack-not-measured">
          Not measured this quarter: {changes.notMeasured.map((k) => k.name).join(", ")}.
        </p>
      )}
    </ReportSection>
  );
}
