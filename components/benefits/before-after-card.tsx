import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Td, Th } from "@/components/ui/table";
import { formatMonth, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import type { BeforeAfterWindow, KpiBeforeAfter } from "@/lib/realisation/types";
import { BeforeAfterChart } from "./before-after-chart";

const verdictBadge = {
  stands_out: { tone: "indigo", text: "Stands out" },
  within_noise: { tone: "neutral", text: "Within normal variation" },
  no_change: { tone: "neutral", text: "No change" },
  not_enough_data: { tone: "amber", text: "Not enough months" },
} as const;

const toneText = { better: ["text-emerald-700", "Improved"], worse: ["text-rose-700", "Worse"], same: ["text-slate-600", "Unchanged"] } as const;

/** Two decimals at most: means of a few months rarely need more. */
const level = (value: number | null, unit: KpiBeforeAfter["unit"], formats: Formats) =>
  value === null ? "—" : formatKpiValue(Math.round(value * 100) / 100, unit, formats);

type Props = { kpi: KpiBeforeAfter; window: BeforeAfterWindow; formats: Formats };

/** The two means and whether the move is an improvement for a KPI of this direction. */
function Levels({ kpi, formats }: Omit<Props, "window">) {
  const [colour, verdict] = kpi.tone ? toneText[kpi.tone] : ["text-slate-600", "—"];
  return (
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
        <dd className={colour}>{verdict}</dd>
      </div>
    </dl>
  );
}

/** The window's months side by side, before and after, with the values entered for them. */
function MonthlyValues({ kpi, window, formats }: Props) {
  const byPeriod = new Map([...kpi.before, ...kpi.after].map((p) => [p.period, p.value]));
  const month = (period: string) => <Td className="px-0 py-1 text-slate-500">{formatMonth(period, formats.locale)}</Td>;
  const value = (period: string) => <Td className="px-0 py-1 text-slate-900">{formatKpiValue(byPeriod.get(period), kpi.unit, formats)}</Td>;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer select-none text-indigo-700 hover:underline">Monthly values</summary>
      <table className="mt-2 w-full text-sm">
        <thead className="text-xs text-slate-500">
          <tr>
            {["Before", "Value", "After", "Value"].map((h, i) => (
              <Th key={i} className="px-0 py-1">
                {h}
              </Th>
            ))}
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {window.before.map((before, i) => (
            <tr key={before} className="border-t border-slate-100">
              {month(before)}
              {value(before)}
              {month(window.after[i])}
              {value(window.after[i])}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** One KPI before and after go-live: the note, the two levels, the months as dots and as a table. */
export function BeforeAfterCard({ kpi, window, formats }: Props) {
  const badge = verdictBadge[kpi.verdict];
  return (
    <Card as="article" padding="sm" data-testid="before-after-kpi">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="font-medium text-slate-900">{kpi.name}</h3>
        <Badge tone={badge.tone}>{badge.text}</Badge>
      </header>
      <p className="mt-2 text-sm text-slate-700" data-testid="before-after-note">
        {kpi.note}
      </p>
      <Levels kpi={kpi} formats={formats} />
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
      <MonthlyValues kpi={kpi} window={window} formats={formats} />
    </Card>
  );
}
