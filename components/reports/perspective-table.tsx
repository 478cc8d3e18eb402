import { RagBadge } from "@/components/scorecard/rag-badge";
import { label } from "@/lib/domain/labels";
import { formatScoreChange } from "@/lib/reports/format";
import type { PerspectiveRow, Tone } from "@/lib/reports/review";
import { formatMonth, type Locale } from "@/lib/format";
import { formatScore } from "@/lib/scorecard/format";
import { Cell, RowHead } from "@/components/scorecard/figure-table";
import { ChangeText, ReportSection, ReportTable } from "./report-section";

// A score is attainment, so a higher one is always better.
const toneOf = (change: number | null): Tone | null => (change === null ? null : change > 0 ? "better" : change < 0 ? "worse" : "same");

function PerspectiveRowView({ row, locale }: { row: PerspectiveRow; locale: Locale }) {
  const overall = row.perspective === "overall";
  return (
    <tr className={overall ? "bg-slate-50" : undefined} data-testid={`report-perspective-${row.perspective}`}>
      <RowHead>{overall ? "Overall" : label(row.perspective)}</RowHead>
      <Cell numeric className="font-medium text-slate-900">
        {formatScore(row.score, locale)}
      </Cell>
      <Cell>
        <RagBadge rag={row.rag} />
        {row.previousRag && row.rag && row.previousRag !== row.rag && <span className="ml-2 text-xs text-slate-500">was {row.previousRag}</span>}
      </Cell>
      <Cell numeric>{formatScore(row.previousScore, locale)}</Cell>
      <Cell numeric>
        <ChangeText text={formatScoreChange(row.change)} tone={toneOf(row.change)} sign={row.change} />
      </Cell>
      <Cell className="text-xs text-slate-500">{row.kpiCount === null ? "" : `${row.scoredCount ?? 0} of ${row.kpiCount} with a value`}</Cell>
    </tr>
  );
}

/** The balanced scorecard by perspective, this month against last, overall first. */
export function PerspectiveTable({ rows, month, previousMonth, locale }: { rows: PerspectiveRow[]; month: string; previousMonth: string; locale: Locale }) {
  const columns = [
    "Perspective",
    { label: formatMonth(month, locale), numeric: true },
    "Status",
    { label: formatMonth(previousMonth, locale), numeric: true },
    { label: "Change", numeric: true },
    "KPIs",
  ];
  return (
    <ReportSection id="report-perspectives" title="Scorecard by perspective" testId="report-perspectives" description="Each perspective's score is the weighted attainment of its KPIs.">
      <ReportTable columns={columns}>
        {rows.map((row) => (
          <PerspectiveRowView key={row.perspective} row={row} locale={locale} />
        ))}
      </ReportTable>
    </ReportSection>
  );
}
