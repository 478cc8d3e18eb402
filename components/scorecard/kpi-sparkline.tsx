import { SparkAreaChart } from "@tremor/react";
import { formatMonth, type Locale } from "@/lib/format";

/** The last 12 values; the label carries the figures for screen readers, the chart is a picture of them. */
export function KpiSparkline({
  name,
  points,
  tone,
  format,
  locale,
}: {
  name: string;
  points: { period: string; value: number }[];
  tone: "emerald" | "amber" | "rose" | "slate";
  /** The KPI's value as the page shows it (lib/kpis/format). */
  format: (value: number) => string;
  locale: Locale;
}) {
  if (points.length < 2) return <span className="text-xs text-slate-400">—</span>;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <div role="img" aria-label={`${name}: ${points.length} months from ${formatMonth(first.period, locale)} (${format(first.value)}) to ${formatMonth(last.period, locale)} (${format(last.value)})`}>
      <SparkAreaChart data={points} index="period" categories={["value"]} colors={[tone]} autoMinValue className="h-8 w-28" />
    </div>
  );
}
