import { ActionsHeader, RowActions } from "@/components/portfolio/form/row-actions";
import { Card } from "@/components/ui/card";
import { Td, Th, THead } from "@/components/ui/table";
import type { KpiListRow } from "@/db/queries/kpis";
import { label } from "@/lib/domain/labels";
import { perspectives } from "@/lib/domain/values";
import { formatMonth, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { DeleteKpiButton } from "./delete-kpi-button";

type Props = { slug: string; formats: Formats; rows: KpiListRow[]; canEdit: boolean };

/** KPI definitions grouped by scorecard perspective; admins get edit and delete on each row. */
export function KpiList({ slug, formats, rows, canEdit }: Props) {
  return (
    <div className="space-y-6">
      {perspectives.map((perspective) => {
        const group = rows.filter((r) => r.kpi.perspective === perspective);
        return group.length === 0 ? null : <PerspectiveTable key={perspective} perspective={perspective} rows={group} slug={slug} formats={formats} canEdit={canEdit} />;
      })}
    </div>
  );
}

function PerspectiveTable({ perspective, rows, ...row }: Omit<Props, "rows"> & { perspective: string; rows: KpiListRow[] }) {
  return (
    <Card as="section" padding="none" aria-labelledby={`kpis-${perspective}`} className="relative overflow-x-auto">
      <h2 id={`kpis-${perspective}`} className="border-b border-slate-100 px-4 py-3 text-base font-semibold">
        {label(perspective)}
      </h2>
      <table className="min-w-full divide-y divide-slate-100 text-sm" data-testid={`kpi-table-${perspective}`}>
        <THead className="bg-transparent">
          <tr>
            <Th>KPI</Th>
            <Th>Unit</Th>
            <Th>Better</Th>
            <Th align="right">Baseline</Th>
            <Th align="right">Target</Th>
            <Th>By</Th>
            <Th>Linked to</Th>
            <Th align="right">Latest</Th>
            {row.canEdit && <ActionsHeader />}
          </tr>
        </THead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <KpiRow key={r.kpi.id} row={r} {...row} />
          ))}
        </tbody>
      </table>
    </Card>
  );
}

function KpiRow({ row, slug, formats, canEdit }: Omit<Props, "rows"> & { row: KpiListRow }) {
  const { kpi, investmentName, goalTitle, latestValue, latestPeriod } = row;
  return (
    <tr data-testid="kpi-row">
      <Td className="font-medium text-slate-900">{kpi.name}</Td>
      <Td>{label(kpi.unit)}</Td>
      <Td>{kpi.direction === "higher" ? "Higher" : "Lower"}</Td>
      <Td align="right">{formatKpiValue(kpi.baseline, kpi.unit, formats)}</Td>
      <Td align="right">{formatKpiValue(kpi.target, kpi.unit, formats)}</Td>
      <Td>{kpi.targetDate ?? "—"}</Td>
      <Td>{[investmentName, goalTitle].filter(Boolean).join(" · ") || "—"}</Td>
      <Td align="right">
        {formatKpiValue(latestValue, kpi.unit, formats)}
        {latestPeriod && <span className="block text-xs text-slate-500">{formatMonth(latestPeriod, formats.locale, { long: true })}</span>}
      </Td>
      {canEdit && (
        <RowActions editHref={`/w/${slug}/kpis/${kpi.id}/edit`} name={kpi.name}>
          <DeleteKpiButton slug={slug} id={kpi.id} name={kpi.name} />
        </RowActions>
      )}
    </tr>
  );
}
