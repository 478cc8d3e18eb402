"use client";

import { AreaChart } from "@tremor/react";
import { formatMoney, type Formats } from "@/lib/format";

export type CumulativePoint = { month: string; cents: number };

/**
 * Cumulative net cash flow by month. The line changes colour at the payback month (two series that
 * meet there), so the break-even point is visible without a reference line Tremor does not offer.
 */
export function CumulativeCashFlowChart({
  points,
  paybackIndex,
  formats,
  ariaLabel,
}: {
  points: CumulativePoint[];
  /** Index of the first month whose cumulative is ≥ 0; null when it never pays back. */
  paybackIndex: number | null;
  formats: Formats;
  ariaLabel: string;
}) {
  const before = paybackIndex === null ? "Cumulative net cash flow" : "Before payback";
  const after = "After payback";
  const data = points.map((p, i) => ({
    month: p.month,
    [before]: paybackIndex === null || i <= paybackIndex ? p.cents : null,
    [after]: paybackIndex !== null && i >= paybackIndex ? p.cents : null,
  }));
  return (
    <div role="img" aria-label={ariaLabel}>
      <AreaChart
        data={data}
        index="month"
        categories={paybackIndex === null ? [before] : [before, after]}
        colors={["rose", "emerald"]}
        valueFormatter={(v: number) => formatMoney(v, formats)}
        yAxisWidth={84}
        showAnimation={false}
        className="h-72"
      />
    </div>
  );
}
