import { RagBadge } from "@/components/scorecard/rag-badge";
import { label } from "@/lib/domain/labels";
import { formatScoreChange } from "@/lib/reports/format";
import type { PerspectiveRow, Tone } from "@/lib/reports/review";
import { formatMonth, type Locale } from "@/lib/format";
import { formatScore } from "@/lib/scorecard/format";
import { ChangeText, ReportSection, TableFrame, td, tdNum, th, thNum } from "./report-section";

// A score is attainment, so a higher one is always better.
const toneOf = (change: number | null): Tone | null => (change === null ? null : change > 0 ? "better" : change < 0 ? "worse" : "same");

/** The balanced scorecard by perspective, this month against last, overall first. */
export function PerspectiveTable({ rows, month, previousMonth, locale }: { rows: PerspectiveRow[]; month: string; previousMonth: string; locale: Locale }) {
  return (
    <ReportSection id="report-perspectives" title="Scorecard by perspective" testId="report-perspectives" description="Each perspective's score is the weighted attainment of its KPIs.">
      <TableFrame>
        <table className="min-w-full divide-y divide-slate-100">
          <thead>
            <tr>
              <th scope="col" className={th}>Perspective</th>
              <th scope="col" className={thNum}>{formatMonth(month, locale)}</th>
              <th scope="col" className={th}>Status</th>
              <th scope="col" className={thNum}>{formatMonth(previousMonth, locale)}</th>
              <th scope="col" className={thNum}>Change</th>
              <th scope="col" className={th}>KPIs</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((row) => {
              const overall = row.perspective === "overall";
              return (
                <tr key={row.perspective} className={overall ? "bg-slate-50" : undefined} data-testid={`report-perspective-${row.perspective}`}>
                  <th scope="row" className={`${td} text-left font-medium text-slate-900`}>{overall ? "Overall" : label(row.perspective)}</th>
                  <td className={`${tdNum} font-medium text-slate-900`}>{formatScore(row.score, locale)}</td>
                  <td className={td}>
                    <RagBadge rag={row.rag} />
                    {row.previousRag && row.rag && row.previousRag !== row.rag && (
                      <span className="ml-2 text-xs text-slate-500">was {row.previousRag}</span>
                    )}
                  </td>
                  <td className={tdNum}>{formatScore(row.previousScore, locale)}</td>
                  <td className={tdNum}>
                    <ChangeText text={formatScoreChange(row.change)} tone={toneOf(row.change)} sign={row.change} />
                  </td>
                  <td className={`${td} text-xs text-slate-500`}>
                    {row.kpiCount === null ? "" : `${row.scoredCount ?? 0} of ${row.kpiCount} with a value`}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableFrame>
    </ReportSection>
  );
}
