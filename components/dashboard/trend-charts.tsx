"use client";

import { BarChart, LineChart } from "@tremor/react";
import { formatMoney, formatPercent, type Formats } from "@/lib/format";

export type TrendChartPoint = { month: string; costCents: number; benefitCents: number; roiToDate: number | null };

/**
 * Monthly cost against benefit, and the ROI to date, over the same months. Client-side because Tremor's
 * charts are; the formatters live here so only plain data crosses from the server.
 */
export function TrendCharts({ points, formats, moneyLabel, roiLabel }: { points: TrendChartPoint[]; formats: Formats; moneyLabel: string; roiLabel: string }) {
  const money = points.map((p) => ({ month: p.month, Cost: p.costCents, Benefit: p.benefitCents }));
  const roi = points.map((p) => ({ month: p.month, "ROI to date": p.roiToDate }));
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div role="img" aria-label={moneyLabel}>
        <p className="text-sm font-medium text-slate-700" aria-hidden="true">
          Monthly cost and benefit
        </p>
        <BarChart
          data={money}
          index="month"
          categories={["Cost", "Benefit"]}
          colors={["rose", "emerald"]}
          valueFormatter={(v: number) => formatMoney(v, formats)}
          yAxisWidth={84}
          showAnimation={false}
          className="mt-2 h-64"
        />
      </div>
      <div role="img" aria-label={roiLabel}>
        <p className="text-sm font-medium text-slate-700" aria-hidden="true">
          ROI to date
        </p>
        <LineChart
          data={roi}
          index="month"
          categories={["ROI to date"]}
          colors={["indigo"]}
          valueFormatter={(v: number) => formatPercent(v, formats.locale)}
          yAxisWidth={64}
          showAnimation={false}
          autoMinValue
          className="mt-2 h-64"
        />
      </div>
    </div>
  );
}
