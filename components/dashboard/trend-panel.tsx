import { Card } from "@/components/ui/card";
import { Td, Th } from "@/components/ui/table";
import type { TrendPoint } from "@/lib/dashboard/types";
import { formatMonth, formatMoney, formatPercent, type Formats } from "@/lib/format";
import { TrendChartsClient as TrendCharts } from "@/components/charts/client-charts";
import { DisclosedTable } from "./disclosed-table";

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

/** The charts' figures month by month, behind a disclosure: what a screen reader or a careful reader checks. */
function TrendTable({ trend, formats }: { trend: TrendPoint[]; formats: Formats }) {
  const { locale } = formats;
  return (
    <DisclosedTable
      summary="Show the figures as a table"
      caption="Monthly cost, benefit, net and ROI to date"
      columns={["Month", { label: "Cost", numeric: true }, { label: "Benefit", numeric: true }, { label: "Net", numeric: true }, { label: "ROI to date", numeric: true }]}
    >
      {trend.map((p) => (
        <tr key={p.month}>
          <Th scope="row" className="font-normal text-slate-900">
            {formatMonth(p.month, locale)}
          </Th>
          <Td align="right">{formatMoney(p.costCents, formats)}</Td>
          <Td align="right">{formatMoney(p.benefitCents, formats)}</Td>
          <Td align="right">{formatMoney(p.benefitCents - p.costCents, formats)}</Td>
          <Td align="right">{p.roiToDate === null ? "—" : formatPercent(p.roiToDate, locale)}</Td>
        </tr>
      ))}
    </DisclosedTable>
  );
}

/** 24 months of cost, benefit and ROI to date: two charts and the same figures as a table. */
export function TrendPanel({ trend, formats }: { trend: TrendPoint[]; formats: Formats }) {
  const labels = trend.length > 0 ? summaries(trend, formats) : null;
  return (
    <section aria-labelledby="trend-heading" className="mt-8">
      <h2 id="trend-heading" className="text-lg font-semibold text-slate-900">
        ROI and cost over 24 months
      </h2>
      <Card padding="sm" className="mt-3" data-testid="trend-chart">
        {!labels ? (
          <p className="text-sm text-slate-600">No months to chart yet.</p>
        ) : (
          <>
            <TrendCharts
              points={trend.map((p) => ({ ...p, month: formatMonth(p.month, formats.locale) }))}
              formats={formats}
              moneyLabel={labels.money}
              roiLabel={labels.roi}
            />
            <TrendTable trend={trend} formats={formats} />
          </>
        )}
      </Card>
    </section>
  );
}
