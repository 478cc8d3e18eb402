import { Badge } from "@tremor/react";
import { formatMonth, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import type { BeforeAfterWindow, KpiBeforeAfter } from "@/lib/realisation/types";
import { BeforeAfterChart } from "./before-after-chart";

const verdictBadge = {
  stands_out: { color: "indigo", text: "Stands out" },
  within_noise: { color: "slate", text: "Within normal variation" },
  no_change: { color: "slate", text: "No change" },
  not_enough_data: { color: "amber", text: "Not enough months" },
} as const;

/** Two decimals at most: means of a few months rarely need more. */
const level = (value: number | null, unit: KpiBeforeAfter["unit"], formats: Formats) =>
  value === null ? "—" : formatKpiValue(Math.round(value * 100) / 100, unit, formats);

/** One KPI before and after go-live: the note, the two levels, the months as dots and as a table. */
export function BeforeAfterCard({ kpi, window, formats }: { kpi: KpiBeforeAfter; window: BeforeAfterWindow; formats: Formats }) {
  const badge = verdictBadge[kpi.verdict];
  const byPeriod = new Map([...kpi.before, ...kpi.after].map((p) => [p.period, p.value]));
  const rows = Array.from({ length: window.n }, (_, i) => ({ before: window.before[i], after: window.after[i] }));
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4" data-testid="before-after-kpi">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-medium text-slate-900">{kpi.name}</h3>
        <Badge color={badge.color}>{badge.text}</Badge>
      </header>
      <p className="mt-2 text-sm text-slate-700" data-testid="before-after-note">
        {kpi.note}
      </p>
      <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-xs text-slate-500">Mean before ({kpi.before.length} mo.)</dt>
          <dd className="tabular-nums text-slate-900">{level(kpi.meanBefore, kpi.unit, formats)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">Mean after ({kpi.after.length} mo.)</dt>
          <dd className="tabular-nums text-slate-900">{level(kpi.meanAfter, kpi.unit, formats)}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{kpi.direction === "higher" ? "Higher is better" : "Lower is better"}</dt>
          <dd className={kpi.tone === "better" ? "text-emerald-700" : kpi.tone === "worse" ? "text-rose-700" : "text-slate-600"}>
            {kpi.tone === "better" ? "Improved" : kpi.tone === "worse" ? "Worse" : kpi.tone === "same" ? "Unchanged" : "—"}
          </dd>
        </div>
      </dl>
      <div className="mt-3">
        <BeforeAfterChart
          before={kpi.before}
          after={kpi.after}
          beforeMonths={window.before}
          afterMonths={window.after}
          meanBefore={kpi.meanBefore}
          meanAfter={kpi.meanAfter}
          format={(v) => formatKpiValue(v, kpi.unit, formats)}
          locale={formats.locale}
          label={`${kpi.name} by month: grey dots before go-live, indigo dots after; lines mark each window's mean.`}
        />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer select-none text-indigo-700 hover:underline">Monthly values</summary>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="text-xs text-slate-500">
              <th scope="col" className="py-1 font-medium">Before</th>
              <th scope="col" className="py-1 font-medium">Value</th>
              <th scope="col" className="py-1 font-medium">After</th>
              <th scope="col" className="py-1 font-medium">Value</th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {rows.map((r) => (
              <tr key={r.before} className="border-t border-slate-100">
                <td className="py-1 text-slate-500">{formatMonth(r.before, formats.locale)}</td>
                <td className="py-1">{formatKpiValue(byPeriod.get(r.before), kpi.unit, formats)}</td>
                <td className="py-1 text-slate-500">{formatMonth(r.after, formats.locale)}</td>
                <td className="py-1">{formatKpiValue(byPeriod.get(r.after), kpi.unit, formats)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </article>
  );
}
