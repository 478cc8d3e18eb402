import { Card } from "@tremor/react";
import type { TrendPoint } from "@/lib/dashboard/types";
import { formatMonth, formatMoney, formatPercent, type Formats } from "@/lib/format";
import { TrendChartsClient as TrendCharts } from "@/components/charts/client-charts";

const th = "px-3 py-1.5 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-3 py-1.5 text-right tabular-nums text-slate-700";

function summaries(trend: TrendPoint[], formats: Formats) {
  const { locale } = formats;
  const first = trend[0];
  const last = trend[trend.length - 1];
  const span = `from ${formatMonth(first.month, locale)} to ${formatMonth(last.month, locale)}`;
  const cost = trend.reduce((s, p) => s + p.costCents, 0);
  const benefit = trend.reduce((s, p) => s + p.benefitCents, 0);
  const roi = last.roiToDate === null ? "no ROI yet (no costs)" : `ROI to date ${formatPercent(last.roiToDate, locale)} in ${formatMonth(last.month, locale)}`;
  return {
    money: `Bar chart of monthly cost and benefit ${span}: ${formatMoney(cost, formats)} of costs and ${formatMoney(benefit, formats)} of benefits in all. The table below lists every month.`,
    roi: `Line chart of ROI to date ${span}, ending at ${roi}. The table below lists every month.`,
  };
}

/** 24 months of cost, benefit and ROI to date: two charts and the same figures as a table. */
export function TrendPanel({ trend, formats }: { trend: TrendPoint[]; formats: Formats }) {
  const { locale } = formats;
  const labels = trend.length > 0 ? summaries(trend, formats) : null;
  return (
    <section aria-labelledby="trend-heading" className="mt-8">
      <h2 id="trend-heading" className="text-lg font-semibold text-slate-900">
        ROI and cost over 24 months
      </h2>
      <Card className="mt-3 p-4" data-testid="trend-chart">
        {!labels ? (
          <p className="text-sm text-slate-600">No months to chart yet.</p>
        ) : (
          <>
            <TrendCharts
              points={trend.map((p) => ({ ...p, month: formatMonth(p.month, locale) }))}
              formats={formats}
              moneyLabel={labels.money}
              roiLabel={labels.roi}
            />
            <details className="mt-4 text-sm">
              <summary className="cursor-pointer select-none font-medium text-indigo-700 hover:underline">Show the figures as a table</summary>
              <div className="mt-2 max-h-96 overflow-auto rounded-lg border border-slate-200">
                <table className="min-w-full divide-y divide-slate-100">
                  <caption className="sr-only">Monthly cost, benefit, net and ROI to date</caption>
                  <thead className="sticky top-0 bg-white">
                    <tr>
                      <th scope="col" className={th}>Month</th>
                      <th scope="col" className={`${th} text-right`}>Cost</th>
                      <th scope="col" className={`${th} text-right`}>Benefit</th>
                      <th scope="col" className={`${th} text-right`}>Net</th>
                      <th scope="col" className={`${th} text-right`}>ROI to date</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {trend.map((p) => (
                      <tr key={p.month}>
                        <th scope="row" className="px-3 py-1.5 text-left font-normal text-slate-900">{formatMonth(p.month, locale)}</th>
                        <td className={td}>{formatMoney(p.costCents, formats)}</td>
                        <td className={td}>{formatMoney(p.benefitCents, formats)}</td>
                        <td className={td}>{formatMoney(p.benefitCents - p.costCents, formats)}</td>
                        <td className={td}>{p.roiToDate === null ? "—" : formatPercent(p.roiToDate, locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        )}
      </Card>
    </section>
  );
}
