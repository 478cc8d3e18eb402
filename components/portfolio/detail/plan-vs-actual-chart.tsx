"use client";

import { BarChart } from "@tremor/react";
import { formatMoney, type Formats } from "@/lib/format";

/** One month of one side (cost or benefit): the plan and what really happened (null: nothing recorded). */
export type PlanActualPoint = { month: string; planned: number; actual: number | null };

/**
 * Planned against actual by month, bars side by side; a month with nothing recorded has no actual bar, so
 * a gap reads as missing rather than as zero.
 */
export function PlanVsActualChart({
  points,
  labels,
  colors,
  formats,
  ariaLabel,
}: {
  points: PlanActualPoint[];
  labels: { planned: string; actual: string };
  colors: [string, string];
  formats: Formats;
  ariaLabel: string;
}) {
  // An axis of zeros says nothing: a side with nothing planned and nothing recorded says so in words.
  if (points.every((p) => p.planned === 0 && !p.actual)) {
    return <p className="mt-3 text-sm text-slate-600">Nothing planned and nothing recorded in these months.</p>;
  }
  const data = points.map((p) => ({ month: p.month, [labels.planned]: p.planned, [labels.actual]: p.actual }));
  return (
    <div role="img" aria-label={ariaLabel}>
      <BarChart
        data={data}
        index="month"
        categories={[labels.planned, labels.actual]}
        colors={colors}
        valueFormatter={(v: number) => formatMoney(v, formats)}
        yAxisWidth={84}
        showAnimation={false}
        className="h-64"
      />
    </div>
  );
}
