import { SparkAreaChart } from "@tremor/react";
import { formatMonth } from "@/lib/scorecard/month";

/** The last 12 values; the label carries the figures for screen readers, the chart is a picture of them. */
export function KpiSparkline({ name, points, tone }: { name: string; points: { period: string; value: number }[]; tone: "emerald" | "amber" | "rose" | "slate" }) {
  if (points.length < 2) return <span className="text-xs text-slate-400">—</span>;
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <div role="img" aria-label={`${name}: ${points.length} months from ${formatMonth(first.period)} (${first.value}) to ${formatMonth(last.period)} (${last.value})`}>
      <SparkAreaChart data={points} index="period" categories={["value"]} colors={[tone]} autoMinValue className="h-8 w-28" />
    </div>
  );
}
