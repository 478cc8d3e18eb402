import { Card } from "@tremor/react";
import { CumulativeCashFlowChart } from "@/components/charts/cumulative-cash-flow-chart";
import { formatMoney, type Formats } from "@/lib/format";
import { monthLabel, months } from "@/lib/portfolio/explain-figures";
import type { TechnologyDetail } from "@/lib/portfolio/types";

/** Month offset in which the cumulative net cash flow first reaches zero (payback is interpolated inside it). */
export function paybackMonthIndex(paybackMonths: number | null, horizonMonths: number): number | null {
  return paybackMonths === null ? null : Math.min(horizonMonths - 1, Math.ceil(paybackMonths));
}

export function CashFlowSection({ detail, formats }: { detail: TechnologyDetail; formats: Formats }) {
  const { locale } = formats;
  const { summary, originMonth, horizonMonths } = detail;
  const cumulative = summary.series.cumulativeCents;
  const index = paybackMonthIndex(summary.paybackMonths, horizonMonths);
  const points = cumulative.map((cents, m) => ({ month: monthLabel(originMonth, m, locale), cents }));
  const last = cumulative.at(-1) ?? 0;
  const payback =
    index === null
      ? `Does not pay back within the ${horizonMonths}-month horizon.`
      : `Pays back in month ${index + 1} (${monthLabel(originMonth, index, locale)}), after ${months(summary.paybackMonths!, locale)}.`;
  const discounted =
    summary.discountedPaybackMonths === null
      ? "Discounted: does not pay back within the horizon."
      : `Discounted: after ${months(summary.discountedPaybackMonths, locale)}.`;
  return (
    <section aria-labelledby="cash-flow-heading" className="mt-8">
      <h2 id="cash-flow-heading" className="text-lg font-semibold text-slate-900">
        Cumulative net cash flow
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">
        Benefits minus costs, month by month, from {monthLabel(originMonth, 0, locale)} to {monthLabel(originMonth, horizonMonths - 1, locale)}.
      </p>
      <Card className="mt-3 p-4">
        <p className={`text-sm font-medium ${index === null ? "text-amber-800" : "text-emerald-800"}`} data-testid="payback-label">
          {payback} <span className="font-normal text-slate-600">{discounted}</span>
        </p>
        <CumulativeCashFlowChart
          points={points}
          paybackIndex={index}
          formats={formats}
          ariaLabel={`Cumulative net cash flow from ${formatMoney(cumulative[0] ?? 0, formats)} in ${points[0]?.month} to ${formatMoney(last, formats)} in ${points.at(-1)?.month}. ${payback}`}
        />
      </Card>
    </section>
  );
}
