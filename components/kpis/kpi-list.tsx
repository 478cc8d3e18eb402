import Link from "next/link";
import type { KpiListRow } from "@/db/queries/kpis";
import { label } from "@/lib/domain/labels";
import { perspectives } from "@/lib/domain/values";
import { formatMonth, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { DeleteKpiButton } from "./delete-kpi-button";

type Props = { slug: string; formats: Formats; rows: KpiListRow[]; canEdit: boolean };

const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-3 py-2 text-sm text-slate-700";

/** KPI definitions grouped by scorecard perspective; admins get edit and delete on each row. */
export function KpiList({ slug, formats, rows, canEdit }: Props) {
  return (
    <div className="space-y-6">
      {perspectives.map((perspective) => {
        const group = rows.filter((r) => r.kpi.perspective === perspective);
        if (group.length === 0) return null;
        return (
          <section key={perspective} aria-labelledby={`kpis-${perspective}`} className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
            <h2 id={`kpis-${perspective}`} className="border-b border-slate-100 px-4 py-3 text-base font-semibold">
              {label(perspective)}
            </h2>
            <table className="min-w-full divide-y divide-slate-100" data-testid={`kpi-table-${perspective}`}>
              <thead>
                <tr>
                  <th className={th}>KPI</th>
                  <th className={th}>Unit</th>
                  <th className={th}>Better</th>
                  <th className={`${th} text-right`}>Baseline</th>
                  <th className={`${th} text-right`}>Target</th>
                  <th className={th}>By</th>
                  <th className={th}>Linked to</th>
                  <th className={`${th} text-right`}>Latest</th>
                  {canEdit && <th className={th}><span className="sr-only">Actions</span></th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {group.map(({ kpi, investmentName, goalTitle, latestValue, latestPeriod }) => (
                  <tr key={kpi.id} data-testid="kpi-row">
                    <td className={`${td} font-medium text-slate-900`}>{kpi.name}</td>
                    <td className={td}>{label(kpi.unit)}</td>
                    <td className={td}>{kpi.direction === "higher" ? "Higher" : "Lower"}</td>
                    <td className={`${td} text-right tabular-nums`}>{formatKpiValue(kpi.baseline, kpi.unit, formats)}</td>
                    <td className={`${td} text-right tabular-nums`}>{formatKpiValue(kpi.target, kpi.unit, formats)}</td>
                    <td className={td}>{kpi.targetDate ?? "—"}</td>
                    <td className={td}>{[investmentName, goalTitle].filter(Boolean).join(" · ") || "—"}</td>
                    <td className={`${td} text-right tabular-nums`}>
                      {formatKpiValue(latestValue, kpi.unit, formats)}
                      {latestPeriod && <span className="block text-xs text-slate-500">{formatMonth(latestPeriod, formats.locale, { long: true })}</span>}
                    </td>
                    {canEdit && (
                      <td className={`${td} whitespace-nowrap text-right`}>
                        <Link href={`/w/${slug}/kpis/${kpi.id}/edit`} className="rounded px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50">
                          Edit<span className="sr-only"> {kpi.name}</span>
                        </Link>
                        <DeleteKpiButton slug={slug} id={kpi.id} name={kpi.name} />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
