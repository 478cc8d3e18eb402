import { label } from "@/lib/domain/labels";
import { Card } from "@tremor/react";
import { MoneyDonutChart } from "@/components/charts/money-donut-chart";
import { formatMoney, formatPercent, type Formats } from "@/lib/format";
import { monthLabel } from "@/lib/portfolio/explain-figures";
import type { TechnologyDetail } from "@/lib/portfolio/types";
import { num, td, th } from "./section";

type Props = { detail: TechnologyDetail; formats: Formats };
type Category = { name: string; cents: number };

/** TCO by cost category (donut with its figures listed beside it) and by investment year. */
export function TcoSection({ detail, formats }: Props) {
  const { tco } = detail.summary;
  const categories = Object.entries(tco.byCategory)
    .filter(([, cents]) => cents > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([name, cents]) => ({ name: label(name), cents }));
  return (
    <section aria-labelledby="tco-heading" className="mt-8">
      <h2 id="tco-heading" className="text-lg font-semibold text-slate-900">
        Total cost of ownership
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">
        {formatMoney(tco.totalCents, formats)} over {detail.horizonMonths} months, by cost category and by year.
      </p>
      {categories.length === 0 ? (
        <Card className="mt-3 p-6 text-sm text-slate-600" data-testid="empty-tco">
          No costs recorded yet — TCO, ROI and payback need at least one cost.
        </Card>
      ) : (
        <div className="mt-3 grid gap-4 lg:grid-cols-2">
          <TcoByCategory categories={categories} totalCents={tco.totalCents} formats={formats} />
          <TcoByYear detail={detail} formats={formats} />
        </div>
      )}
    </section>
  );
}

function TcoByCategory({ categories, totalCents, formats }: { categories: Category[]; totalCents: number; formats: Formats }) {
  const money = (c: number) => formatMoney(c, formats);
  const share = (c: number) => (totalCents > 0 ? formatPercent(c / totalCents, formats.locale) : "—");
  return (
    <Card className="grid items-center gap-4 p-4 sm:grid-cols-2">
      <MoneyDonutChart data={categories} formats={formats} label={money(totalCents)} ariaLabel={`TCO by category: ${categories.map((c) => `${c.name} ${money(c.cents)}`).join(", ")}`} />
      <ul className="space-y-1 text-sm" aria-label="TCO by category">
        {categories.map((c) => (
          <li key={c.name} className="flex justify-between gap-3">
            <span className="text-slate-700">{c.name}</span>
            <span className="tabular-nums text-slate-900">
              {money(c.cents)} <span className="text-slate-500">({share(c.cents)})</span>
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function TcoByYear({ detail, formats }: Props) {
  const { tco } = detail.summary;
  const month = (offset: number) => monthLabel(detail.originMonth, offset, formats.locale);
  return (
    <Card className="relative overflow-x-auto p-0">
      <table className="w-full" data-testid="tco-by-year">
        <caption className="sr-only">TCO by year</caption>
        <thead className="border-b border-slate-100">
          <tr>
            <th scope="col" className={th}>Year</th>
            <th scope="col" className={th}>Months</th>
            <th scope="col" className={`${th} text-right`}>Cost</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tco.byYear.map((cents, y) => (
            <tr key={y}>
              <th scope="row" className={`${td} text-left font-medium`}>Year {y + 1}</th>
              <td className={td}>
                {month(y * 12)} – {month(Math.min(detail.horizonMonths, y * 12 + 12) - 1)}
              </td>
              <td className={num}>{formatMoney(cents, formats)}</td>
            </tr>
          ))}
          <tr className="bg-slate-50">
            <th scope="row" colSpan={2} className={`${td} text-left font-semibold`}>Total</th>
            <td className={`${num} font-semibold`}>{formatMoney(tco.totalCents, formats)}</td>
          </tr>
        </tbody>
      </table>
    </Card>
  );
}
