import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { label } from "@/lib/domain/labels";
import { formatMonth, formatNumber, formatPercent, type Formats } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { formatKpiChange, verdictLabel, verdictTone } from "@/lib/scorecard/format";
import { monthOf } from "@/lib/scorecard/month";
import type { KpiView, PerspectiveView } from "@/lib/scorecard/types";
import { Cell, FigureTable, RowHead } from "./figure-table";
import { KpiSparkline } from "./kpi-sparkline";
import { AttainmentBar, RagBadge } from "./rag-badge";

const columns = ["KPI", "Attainment", "Status", "Latest", "vs last month", "Last 12 months", "Forecast", "Target", "Technology"];
const sparkTone = { green: "emerald", amber: "amber", red: "rose" } as const;
const none = <span className="text-slate-400">—</span>;

type CellProps = { kpi: KpiView; formats: Formats };

function Change({ kpi, formats }: CellProps) {
  if (kpi.change === null || !kpi.changeTone) return none;
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

function ForecastCell({ kpi, formats }: CellProps) {
  const f = kpi.forecast;
  const value = (v: number) => formatKpiValue(v, kpi.unit, formats);
  return (
    <div className="space-y-1">
      <Badge tone={verdictTone[kpi.verdict]}>{verdictLabel[kpi.verdict]}</Badge>
      {f && kpi.targetDate && (
        <p className="text-xs text-slate-600" title={`${formatPercent(0.95, formats.locale, 0)} interval: ${value(f.lower)} to ${value(f.upper)}`}>
          {value(f.value)} by {formatMonth(monthOf(kpi.targetDate), formats.locale)}
          <span className="block text-slate-500">
            ({value(f.lower)} – {value(f.upper)})
          </span>
        </p>
      )}
    </div>
  );
}

/** The KPI's name, which way is better, its weight and goal, and why it cannot be scored if it cannot. */
function NameCell({ kpi, formats }: CellProps) {
  return (
    <RowHead>
      {kpi.name}
      <span className="block text-xs font-normal text-slate-500">
        {kpi.direction === "higher" ? "Higher is better" : "Lower is better"} · weight {formatNumber(kpi.weight, formats.locale)}
        {kpi.goal && ` · Goal: ${kpi.goal.title}`}
      </span>
      {kpi.problem && <span className="block text-xs font-normal text-amber-700">{kpi.problem}</span>}
    </RowHead>
  );
}

function LatestCell({ kpi, formats }: CellProps) {
  if (!kpi.latest) return <span className="text-slate-400">No value yet</span>;
  return (
    <>
      <span className="text-slate-900">{formatKpiValue(kpi.latest.value, kpi.unit, formats)}</span>
      <span className="block text-xs text-slate-500">{formatMonth(kpi.latest.period, formats.locale)}</span>
    </>
  );
}

function TargetCell({ kpi, formats }: CellProps) {
  return (
    <>
      {formatKpiValue(kpi.target, kpi.unit, formats)}
      <span className="block text-xs text-slate-500">
        from {formatKpiValue(kpi.baseline, kpi.unit, formats)}
        {kpi.targetDate && ` · by ${formatMonth(monthOf(kpi.targetDate), formats.locale)}`}
      </span>
    </>
  );
}

function KpiRow({ kpi, slug, formats }: CellProps & { slug: string }) {
  const { locale } = formats;
  return (
    <tr data-testid="scorecard-kpi">
      <NameCell kpi={kpi} formats={formats} />
      <Cell>
        <AttainmentBar value={kpi.attainment} rag={kpi.rag} locale={locale} />
      </Cell>
      <Cell>
        <RagBadge rag={kpi.rag} />
      </Cell>
      <Cell className="tabular-nums">
        <LatestCell kpi={kpi} formats={formats} />
      </Cell>
      <Cell>
        <Change kpi={kpi} formats={formats} />
      </Cell>
      <Cell>
        <KpiSparkline name={kpi.name} points={kpi.sparkline} tone={kpi.rag ? sparkTone[kpi.rag] : "slate"} format={(v) => formatKpiValue(v, kpi.unit, formats)} locale={locale} />
      </Cell>
      <Cell>
        <ForecastCell kpi={kpi} formats={formats} />
      </Cell>
      <Cell className="tabular-nums">
        <TargetCell kpi={kpi} formats={formats} />
      </Cell>
      <Cell>
        {kpi.investment ? (
          <Link href={`/w/${slug}/portfolio/${kpi.investment.id}`} className="text-indigo-700 hover:underline">
            {kpi.investment.name}
          </Link>
        ) : (
          none
        )}
      </Cell>
    </tr>
  );
}

/** One perspective's KPIs: where each stands, how it moved, where it is heading and what it is linked to. */
export function KpiTable({ perspective, slug, formats }: { perspective: PerspectiveView; slug: string; formats: Formats }) {
  const id = `kpis-${perspective.perspective}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8" data-testid={`section-${id}`}>
      <h2 id={`${id}-heading`} className="text-lg font-semibold text-slate-900">
        {label(perspective.perspective)}
      </h2>
      {perspective.kpis.length === 0 ? (
        <Card padding="lg" className="mt-3">
          <p className="text-sm text-slate-600">No KPIs in this perspective yet.</p>
        </Card>
      ) : (
        <FigureTable columns={columns} shellClassName="mt-3">
          {perspective.kpis.map((k) => (
            <KpiRow key={k.id} kpi={k} slug={slug} formats={formats} />
          ))}
        </FigureTable>
      )}
    </section>
  );
}
