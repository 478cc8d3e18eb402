import Link from "next/link";
import { Cell, FigureTable, RowHead } from "@/components/scorecard/figure-table";
import { FigureHowComputed } from "@/components/ui/how-computed";
import { formatMoney, type Formats } from "@/lib/format";
import type { MoneyBenefitsRow } from "@/lib/realisation/benefits-money";
import { explainRealised } from "@/lib/realisation/explain-money";
import { toMonthParam } from "@/lib/scorecard/month";
import { formatCents, formatRealisation, formatRoi } from "./figures-format";
import { RealisationBadge } from "./status-badge";

const columns = [
  "Technology",
  { label: "Benefits to date: planned / realised", numeric: true },
  { label: "Realised: from KPIs / entered", numeric: true },
  { label: "This month: planned / realised", numeric: true },
  { label: "Costs to date: planned / actual", numeric: true },
  { label: "ROI to date: planned / realised", numeric: true },
  "Status",
];

/** "No actuals yet" in the place of a realised figure, so the plan beside it reads as the plan alone. */
const NoActuals = () => <span className="block text-xs text-amber-700">No actuals yet</span>;

function RealisedCells({ row, formats }: { row: MoneyBenefitsRow; formats: Formats }) {
  const { toDate, hasBenefitActuals, hasCostActuals } = row.figures;
  const money = (c: number) => formatMoney(c, formats);
  return (
    <>
      <Cell numeric>
        <span data-testid="planned-benefits">{money(toDate.plannedBenefitCents)}</span>
        {hasBenefitActuals ? (
          <span className="block font-medium text-slate-900" data-testid="realised-benefits">
            {money(toDate.realisedBenefitCents)}
          </span>
        ) : (
          <NoActuals />
        )}
        <FigureHowComputed figure={explainRealised(row, formats)} />
      </Cell>
      <Cell numeric>{hasBenefitActuals ? `${money(row.realisedBySource.fromKpisCents)} / ${money(row.realisedBySource.enteredCents)}` : "—"}</Cell>
      <Cell numeric>
        {money(row.atMonth.plannedCents)}
        <span className="block text-slate-900">{row.atMonth.realised ? money(row.atMonth.realised.fromKpisCents + row.atMonth.realised.enteredCents) : "—"}</span>
      </Cell>
      <Cell numeric>
        {money(toDate.plannedCostCents)}
        {hasCostActuals ? <span className="block text-slate-900">{money(toDate.actualCostCents)}</span> : <NoActuals />}
      </Cell>
      <Cell numeric>
        <span data-testid="planned-roi">{formatRoi(toDate.plannedRoi, formats.locale)}</span>
        <span className="block font-medium text-slate-900" data-testid="realised-roi" title={toDate.realisedRoiUnavailable ?? undefined}>
          {formatRoi(toDate.realisedRoi, formats.locale)}
        </span>
      </Cell>
    </>
  );
}

/** Every technology that planned or realised a benefit: its plan to date beside what it really realised, in money. */
export function BenefitsTable({ rows, slug, formats, month }: { rows: readonly MoneyBenefitsRow[]; slug: string; formats: Formats; month: string }) {
  const query = `?month=${toMonthParam(month)}`;
  return (
    <FigureTable columns={columns} caption="Benefits realised to date by technology" shellClassName="mt-4" testId="benefits-table">
      {rows.map((row) => (
        <tr key={row.id} data-testid="benefits-row" className="align-top">
          <RowHead>
            <Link href={`/w/${slug}/benefits/${row.id}${query}`} className="text-indigo-700 hover:underline">
              {row.name}
            </Link>
          </RowHead>
          <RealisedCells row={row} formats={formats} />
          <Cell>
            <RealisationBadge status={row.realisationStatus} />
            {row.realisation !== null && <span className="block text-xs text-slate-500">{formatRealisation(row.realisation, formats.locale)} of plan</span>}
          </Cell>
        </tr>
      ))}
    </FigureTable>
  );
}

/** The sums over the technologies with a realised benefit recorded. */
export function BenefitsTotals({ totals, formats }: { totals: { plannedBenefitCents: number; realisedBenefitCents: number; withActuals: number; withoutActuals: number }; formats: Formats }) {
  if (totals.withActuals === 0) return null;
  return (
    <p className="mt-3 text-sm text-slate-700" data-testid="benefits-totals">
      Realised {formatCents(totals.realisedBenefitCents, formats)} of {formatCents(totals.plannedBenefitCents, formats)} planned over the same months, across{" "}
      {totals.withActuals} {totals.withActuals === 1 ? "technology" : "technologies"} with actuals
      {totals.withoutActuals > 0 ? `; without actuals yet, the plan alone: ${totals.withoutActuals}` : ""}.
    </p>
  );
}
