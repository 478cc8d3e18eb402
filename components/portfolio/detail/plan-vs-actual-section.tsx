import { Card } from "@tremor/react";
import { FigureHowComputed } from "@/components/ui/how-computed";
import type { PlanVsActual } from "@/lib/actuals/plan-vs-actual";
import { formatMoney, formatMonth, type Formats } from "@/lib/format";
import { periodText, type PlanVsActualFigure } from "@/lib/portfolio/plan-vs-actual-figures";
import { PlanVsActualChart } from "./plan-vs-actual-chart";
import { PlanVsActualTable } from "./plan-vs-actual-table";

/** The chart and the table show the latest months; the totals to date cover every month compared. */
export const PLAN_VS_ACTUAL_MONTHS = 24;

function FigureCard({ figure }: { figure: PlanVsActualFigure }) {
  const na = figure.value === null;
  return (
    <Card className="flex flex-col p-4" data-testid={`plan-vs-actual-${figure.key}`}>
      <h3 className="text-sm text-slate-500">{figure.label}</h3>
      <p className={`mt-1 text-2xl font-semibold tracking-tight tabular-nums ${na ? "text-slate-400" : "text-slate-900"}`} data-testid={`plan-vs-actual-${figure.key}-value`}>
        {figure.display}
      </p>
      {figure.unavailable && <p className="mt-1 text-xs text-slate-600">{figure.unavailable}</p>}
      {figure.detail && <p className="mt-1 text-xs text-slate-600">{figure.detail}</p>}
      <FigureHowComputed figure={figure} />
    </Card>
  );
}

function NoActualsYet({ figures, formats }: { figures: PlanVsActual; formats: Formats }) {
  return (
    <p className="mt-3 rounded-lg bg-amber-50 px-3 py-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="plan-vs-actual-none">
      <strong className="font-semibold">No actuals yet.</strong> Nothing has been paid or realised for this technology in the ledger {periodText(figures, formats)}, so
      every figure below is the <strong className="font-semibold">plan</strong>. Payments recorded here or imported from a bank file on the Actuals page, and
      benefits entered or measured through a KPI, appear here as they come in.
    </p>
  );
}

function Charts({ figures, formats }: { figures: PlanVsActual; formats: Formats }) {
  const rows = figures.months.slice(-PLAN_VS_ACTUAL_MONTHS);
  const label = (m: string) => formatMonth(m, formats.locale);
  const actual = figures.since ? "Actual" : "Actual (none yet)";
  const cost = rows.map((r) => ({ month: label(r.month), planned: r.plannedCostCents, actual: r.actualCostCents }));
  const benefit = rows.map((r) => ({ month: label(r.month), planned: r.plannedBenefitCents, actual: r.realisedBenefitCents }));
  const t = figures.toDate;
  return (
    <div className="mt-4 grid gap-4 lg:grid-cols-2">
      <Card className="p-4">
        <h3 className="text-sm font-medium text-slate-700">Cost by month</h3>
        <PlanVsActualChart
          points={cost}
          labels={{ planned: "Planned cost", actual: `${actual} cost` }}
          colors={["slate", "rose"]}
          formats={formats}
          ariaLabel={`Cost by month: ${formatMoney(t.plannedCostCents, formats)} planned and ${formatMoney(t.actualCostCents, formats)} paid ${periodText(figures, formats)}.`}
        />
      </Card>
      <Card className="p-4">
        <h3 className="text-sm font-medium text-slate-700">Benefit by month</h3>
        <PlanVsActualChart
          points={benefit}
          labels={{ planned: "Planned benefit", actual: figures.since ? "Realised benefit" : "Realised (none yet)" }}
          colors={["slate", "emerald"]}
          formats={formats}
          ariaLabel={`Benefit by month: ${formatMoney(t.plannedBenefitCents, formats)} planned and ${formatMoney(t.realisedBenefitCents, formats)} realised ${periodText(figures, formats)}.`}
        />
      </Card>
    </div>
  );
}

/**
 * The technology's plan against what was really paid and realised: four figures with how they are computed,
 * cost and benefit by month as charts and a table, and the forms that record a payment or a benefit.
 */
export function PlanVsActualSection({ figures, explained, formats, forms }: { figures: PlanVsActual; explained: PlanVsActualFigure[]; formats: Formats; forms?: React.ReactNode }) {
  const { beforeActuals } = figures;
  const setApart = figures.since && (beforeActuals.plannedCostCents !== 0 || beforeActuals.plannedBenefitCents !== 0);
  return (
    <section aria-labelledby="plan-vs-actual-heading" className="mt-8" data-testid="section-plan-vs-actual">
      <h2 id="plan-vs-actual-heading" className="text-lg font-semibold text-slate-900">
        Plan against actual
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">
        What was paid and realised, month by month, against the business case {periodText(figures, formats)} (the last complete month).
      </p>
      {!figures.since && <NoActualsYet figures={figures} formats={formats} />}
      <div className="mt-3 grid items-start gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {explained.map((f) => (
          <FigureCard key={f.key} figure={f} />
        ))}
      </div>
      {setApart && (
        <p className="mt-2 text-xs text-slate-600" data-testid="plan-vs-actual-before">
          Before {formatMonth(figures.since!, formats.locale)} nothing is recorded, so the plan there ({formatMoney(beforeActuals.plannedCostCents, formats)} of costs,{" "}
          {formatMoney(beforeActuals.plannedBenefitCents, formats)} of benefits) is left out of the comparison.
        </p>
      )}
      {figures.months.length > 0 && <Charts figures={figures} formats={formats} />}
      {figures.months.length > 0 && <PlanVsActualTable figures={figures} formats={formats} shown={PLAN_VS_ACTUAL_MONTHS} />}
      {forms && <div className="mt-4 grid grid-cols-1 items-start gap-4 lg:grid-cols-2 [&>*]:min-w-0">{forms}</div>}
    </section>
  );
}
