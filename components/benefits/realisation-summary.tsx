import { FigureHowComputed } from "@/components/ui/how-computed";
import { StatTile } from "@/components/ui/stat-tile";
import { formatMonth, type Formats } from "@/lib/format";
import type { MoneyBenefitsRow } from "@/lib/realisation/benefits-money";
import { explainRealised } from "@/lib/realisation/explain-money";
import { formatCents, formatRealisation, formatRoi } from "./figures-format";
import { RealisationBadge } from "./status-badge";

/** Realised against planned in words: the share of the plan, or why there is none. */
function realisedDetail(row: MoneyBenefitsRow, formats: Formats): string {
  const planned = formatCents(row.figures.toDate.plannedBenefitCents, formats);
  if (!row.figures.hasBenefitActuals) return `Planned: ${planned}; nothing measured or entered yet`;
  return row.realisation === null ? "Nothing planned over these months" : `${formatRealisation(row.realisation, formats.locale)} of ${planned} planned`;
}

/** One technology's realised benefits in money at the month, as on the benefits table. */
export function RealisationSummary({ figures: row, formats }: { figures: MoneyBenefitsRow; formats: Formats }) {
  const { locale } = formats;
  const { toDate, hasBenefitActuals, hasCostActuals, month } = row.figures;
  return (
    <section aria-labelledby="realisation-heading" className="mt-6" data-testid="realisation-summary">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="realisation-heading" className="text-lg font-semibold text-slate-900">
          Benefits realised to {formatMonth(month, locale)}
        </h2>
        <RealisationBadge status={row.realisationStatus} />
      </div>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatTile
          label="Benefits realised to date"
          value={hasBenefitActuals ? formatCents(toDate.realisedBenefitCents, formats) : "No actuals yet"}
          testId="realised-benefits"
          detail={realisedDetail(row, formats)}
        />
        <StatTile
          label="From KPIs / entered"
          value={hasBenefitActuals ? `${formatCents(row.realisedBySource.fromKpisCents, formats)} / ${formatCents(row.realisedBySource.enteredCents, formats)}` : "—"}
          detail={`${row.kpiInputs.length} KPI ${row.kpiInputs.length === 1 ? "value" : "values"} priced in ${formatMonth(month, locale)}`}
        />
        <StatTile
          label="ROI realised to date"
          value={formatRoi(toDate.realisedRoi, locale)}
          testId="realised-roi"
          detail={toDate.realisedRoiUnavailable ?? (hasCostActuals ? `On ${formatCents(toDate.actualCostCents, formats)} paid` : undefined)}
        />
        <StatTile label="ROI planned (same months)" value={formatRoi(toDate.plannedRoi, locale)} testId="planned-roi" detail={`Costs planned: ${formatCents(toDate.plannedCostCents, formats)}`} />
      </div>
      <FigureHowComputed figure={explainRealised(row, formats)} />
    </section>
  );
}
