"use client";

import dynamic from "next/dynamic";

/**
 * The dashboard's charts, drawn in the browser only: rendering Recharts on the server costs every request
 * several milliseconds for markup the browser redraws anyway. Each placeholder keeps the chart's size so
 * nothing jumps, and every chart has its figures in text or a table beside it.
 */
function placeholder(height: string) {
  function ChartPlaceholder() {
    return <div className={`${height} animate-pulse rounded-lg bg-slate-100`} aria-hidden="true" />;
  }
  return ChartPlaceholder;
}

export const TrendChartsClient = dynamic(() => import("@/components/dashboard/trend-charts").then((m) => m.TrendCharts), {
  ssr: false,
  loading: placeholder("h-72"),
});

export const MoneyDonutChartClient = dynamic(() => import("./money-donut-chart").then((m) => m.MoneyDonutChart), {
  ssr: false,
  loading: placeholder("h-52"),
});
