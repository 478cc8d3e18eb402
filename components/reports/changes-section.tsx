import { Badge } from "@/components/ui/badge";
import { label } from "@/lib/domain/labels";
import type { Rag } from "@/lib/finance";
import type { KpiChange, NotMeasured, ReviewChanges } from "@/lib/reports/review";
import { formatMonth, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { formatKpiChange } from "@/lib/scorecard/format";
import { Cell, RowHead } from "@/components/scorecard/figure-table";
import { ChangeText, ReportSection, ReportTable } from "./report-section";

const ragWord: Record<Rag, string> = { green: "Green", amber: "Amber", red: "Red" };

const changeColumns = ["KPI", "Perspective", { label: "Last month → this month", numeric: true }, { label: "Change", numeric: true }, "Status"];

/** "Amber → Red", highlighted when the status moved; just the status when it did not. */
function RagMove({ row }: { row: KpiChange }) {
  if (!row.ragNow) return <span className="text-slate-400">—</span>;
  if (!row.ragMove || !row.ragBefore) return <span className="text-slate-600">{ragWord[row.ragNow]}</span>;
  return (
    <Badge tone={row.ragMove === "up" ? "green" : "red"} data-testid="report-rag-move">
      {ragWord[row.ragBefore]} → {ragWord[row.ragNow]}
    </Badge>
  );
}

function ChangeTable({ rows, formats, tone }: { rows: KpiChange[]; formats: Formats; tone: "better" | "worse" | "same" | null }) {
  return (
    <ReportTable columns={changeColumns}>
      {rows.map((row) => (
        <tr key={row.id} data-testid="report-change-row">
          <RowHead>
            {row.name}
            <span className="block text-xs font-normal text-slate-500">{row.direction === "higher" ? "Higher is better" : "Lower is better"}</span>
          </RowHead>
          <Cell>{label(row.perspective)}</Cell>
          <Cell numeric className="whitespace-nowrap">
            {formatKpiValue(row.previous, row.unit, formats)} → <span className="font-medium text-slate-900">{formatKpiValue(row.latest, row.unit, formats)}</span>
          </Cell>
          <Cell numeric>
            <ChangeText text={row.change === null ? "—" : formatKpiChange(row.change, row.unit, formats)} tone={tone} sign={row.change} />
          </Cell>
          <Cell>
            <RagMove row={row} />
          </Cell>
        </tr>
      ))}
    </ReportTable>
  );
}

function Group({ title, testId, empty, children, count }: { title: string; testId: string; empty: string; count: number; children: React.ReactNode }) {
  return (
    <div className="mt-4 break-inside-avoid" data-testid={testId}>
      <h3 className="mb-2 text-sm font-semibold text-slate-800">
        {title} <span className="font-normal text-slate-500">({count})</span>
      </h3>
      {count === 0 ? <p className="text-sm text-slate-500">{empty}</p> : children}
    </div>
  );
}

function NotMeasuredList({ rows, formats }: { rows: NotMeasured[]; formats: Formats }) {
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
      {rows.map((k) => (
        <li key={k.id}>
          <span className="font-medium text-slate-900">{k.name}</span> ({label(k.perspective)}) —{" "}
          {k.last ? `last value ${formatKpiValue(k.last.value, k.unit, formats)} in ${formatMonth(k.last.period, formats.locale)}` : "never measured"}
        </li>
      ))}
    </ul>
  );
}

/** Which KPIs moved since last month and which way; the largest moves (relative to the way to target) first. */
export function ChangesSection({ changes, formats }: { changes: ReviewChanges; formats: Formats }) {
  const moved = changes.improved.length + changes.worsened.length;
  return (
    <ReportSection
      id="report-changes"
      title="What changed since last month"
      testId="report-changes"
      description={`${moved} KPI${moved === 1 ? "" : "s"} moved. Largest moves first, measured as a share of the way from baseline to target.`}
    >
      <Group title="Improved" testId="report-improved" count={changes.improved.length} empty="No KPI improved.">
        <ChangeTable rows={changes.improved} formats={formats} tone="better" />
      </Group>
      <Group title="Worsened" testId="report-worsened" count={changes.worsened.length} empty="No KPI worsened.">
        <ChangeTable rows={changes.worsened} formats={formats} tone="worse" />
      </Group>
      <Group title="Unchanged" testId="report-unchanged" count={changes.unchanged.length} empty="No KPI held exactly the same value.">
        <ChangeTable rows={changes.unchanged} formats={formats} tone="same" />
      </Group>
      {changes.firstValue.length > 0 && (
        <Group title="No value last month to compare with" testId="report-first-values" count={changes.firstValue.length} empty="">
          <ChangeTable rows={changes.firstValue} formats={formats} tone={null} />
        </Group>
      )}
      <Group title="Not measured this month" testId="report-not-measured" count={changes.notMeasured.length} empty="Every KPI has a value this month.">
        <NotMeasuredList rows={changes.notMeasured} formats={formats} />
      </Group>
    </ReportSection>
  );
}
