import { Badge } from "@tremor/react";
import Link from "next/link";
import { label } from "@/lib/domain/labels";
import { formatMonth, formatNumber, formatPercent, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { formatKpiChange, verdictLabel, verdictTone } from "@/lib/scorecard/format";
import { monthOf } from "@/lib/scorecard/month";
import type { KpiView, PerspectiveView } from "@/lib/scorecard/types";
import { KpiSparkline } from "./kpi-sparkline";
import { AttainmentBar, RagBadge } from "./rag-badge";

const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-3 py-2 align-top text-sm text-slate-700";
const sparkTone = { green: "emerald", amber: "amber", red: "rose" } as const;

function Change({ kpi, formats }: { kpi: KpiView; formats: Formats }) {
  if (kpi.change === null || !kpi.changeTone) return <span className="text-slate-400">—</span>;
  const arrow = kpi.change > 0 ? "▲" : kpi.change < 0 ? "▼" : "■";
  const colour = kpi.changeTone === "better" ? "text-emerald-700" : kpi.changeTone === "worse" ? "text-rose-700" : "text-slate-500";
  return (
    <span className={`whitespace-nowrap tabular-nums ${colour}`}>
      <span aria-hidden="true">{arrow} </span>
      {formatKpiChange(kpi.change, kpi.unit, formats)}
      <span className="sr-only"> ({kpi.changeTone === "same" ? "unchanged" : kpi.changeTone})</span>
    </span>
  );
}

function ForecastCell({ kpi, formats }: { kpi: KpiView; formats: Formats }) {
  const f = kpi.forecast;
  return (
    <div className="space-y-1">
      <Badge color={verdictTone[kpi.verdict]}>{verdictLabel[kpi.verdict]}</Badge>
      {f && kpi.targetDate && (
        <p className="text-xs text-slate-600" title={`${formatPercent(0.95, formats.locale, 0)} interval: ${formatKpiValue(f.lower, kpi.unit, formats)} to ${formatKpiValue(f.upper, kpi.unit, formats)}`}>
          {formatKpiValue(f.value, kpi.unit, formats)} by {formatMonth(monthOf(kpi.targetDate), formats.locale)}
          <span className="block text-slate-500">
            ({formatKpiValue(f.lower, kpi.unit, formats)} – {formatKpiValue(f.upper, kpi.unit, formats)})
          </span>
        </p>
      )}
    </div>
  );
}

/** One perspective's KPIs: where each stands, how it moved, where it is heading and what it is linked to. */
export function KpiTable({ perspective, slug, formats }: { perspective: PerspectiveView; slug: string; formats: Formats }) {
  const { locale } = formats;
  const id = `kpis-${perspective.perspective}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {label(perspective.perspective)}
      </h2>
      <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        {perspective.kpis.length === 0 ? (
          <p className="p-6 text-sm text-slate-600">No KPIs in this perspective yet.</p>
        ) : (
          <table className="min-w-full divide-y divide-slate-100">
            <thead>
              <tr>
                {["KPI", "Attainment", "Status", "Latest", "vs last month", "Last 12 months", "Forecast", "Target", "Technology"].map((h) => (
                  <th key={h} scope="col" className={th}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {perspective.kpis.map((k) => (
                <tr key={k.id} data-testid="scorecard-kpi">
                  <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                    {k.name}
                    <span className="block text-xs font-normal text-slate-500">
                      {k.direction === "higher" ? "Higher is better" : "Lower is better"} · weight {formatNumber(k.weight, locale)}
                      {k.goal && ` · Goal: ${k.goal.title}`}
                    </span>
                    {k.problem && <span className="block text-xs font-normal text-amber-700">{k.problem}</span>}
                  </th>
                  <td className={td}>
                    <AttainmentBar value={k.attainment} rag={k.rag} locale={locale} />
                  </td>
                  <td className={td}>
                    <RagBadge rag={k.rag} />
                  </td>
                  <td className={`${td} tabular-nums`}>
                    {k.latest ? (
                      <>
                        <span className="text-slate-900">{formatKpiValue(k.latest.value, k.unit, formats)}</span>
                        <span className="block text-xs text-slate-500">{formatMonth(k.latest.period, locale)}</span>
                      </>
                    ) : (
                      <span className="text-slate-400">No value yet</span>
                    )}
                  </td>
                  <td className={td}>
                    <Change kpi={k} formats={formats} />
                  </td>
                  <td className={td}>
                    <KpiSparkline name={k.name} points={k.sparkline} tone={k.rag ? sparkTone[k.rag] : "slate"} format={(v) => formatKpiValue(v, k.unit, formats)} locale={locale} />
                  </td>
                  <td className={td}>
                    <ForecastCell kpi={k} formats={formats} />
                  </td>
                  <td className={`${td} tabular-nums`}>
                    {formatKpiValue(k.target, k.unit, formats)}
                    <span className="block text-xs text-slate-500">
                      from {formatKpiValue(k.baseline, k.unit, formats)}
                      {k.targetDate && ` · by ${formatMonth(monthOf(k.targetDate), locale)}`}
                    </span>
                  </td>
                  <td className={td}>
                    {k.investment ? (
                      <Link href={`/w/${slug}/portfolio/${k.investment.id}`} className="text-indigo-700 hover:underline">
                        {k.investment.name}
                      </Link>
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
