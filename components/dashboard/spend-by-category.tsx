import { Card } from "@/components/ui/card";
import { MoneyDonutChartClient as MoneyDonutChart } from "@/components/charts/client-charts";
import { label } from "@/lib/domain/labels";
import type { DashboardView } from "@/lib/dashboard/types";
import { formatMonth, formatMoney, formatPercent, type Formats } from "@/lib/format";
import { shiftMonth } from "@/lib/scorecard/month";

/** Where the last 12 months' money went, by technology category: a donut and the same amounts as a list. */
export function SpendByCategory({ spend, month, formats }: { spend: DashboardView["spendByCategory"]; month: string; formats: Formats }) {
  const { locale } = formats;
  const total = spend.reduce((s, c) => s + c.cents, 0);
  const span = `${formatMonth(shiftMonth(month, -11), locale)} – ${formatMonth(month, locale)}`;
  const data = spend.map((c) => ({ name: label(c.category), cents: c.cents }));
  return (
    <section aria-labelledby="spend-heading" className="h-full">
      <Card padding="sm" className="h-full" data-testid="spend-by-category">
        <h2 id="spend-heading" className="text-lg font-semibold text-slate-900">
          Spend by category
        </h2>
        <p className="text-sm text-slate-600">Costs of the last 12 months ({span})</p>
        {spend.length === 0 ? (
          <p className="mt-6 text-sm text-slate-600">No costs in these 12 months.</p>
        ) : (
          <>
            <div className="mt-4">
              <MoneyDonutChart
                data={data}
                formats={formats}
                label={formatMoney(total, formats)}
                ariaLabel={`Donut chart of ${formatMoney(total, formats)} spent ${span}, by category; the amounts are listed below.`}
              />
            </div>
            <ul className="mt-4 divide-y divide-slate-100 text-sm">
              {data.map((c) => (
                <li key={c.name} className="flex items-baseline justify-between gap-3 py-1.5" data-testid="spend-category">
                  <span className="text-slate-700">{c.name}</span>
                  <span className="tabular-nums text-slate-900">
                    {formatMoney(c.cents, formats)}
                    <span className="ml-2 text-xs text-slate-500">{formatPercent(total > 0 ? c.cents / total : 0, locale)}</span>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </Card>
    </section>
  );
}
