import { StatTile } from "@/components/ui/stat-tile";
import { formatMonth, type Formats } from "@/lib/format";
import type { RealisationFigures } from "@/lib/realisation/types";
import { formatCents, formatRealisation, formatRoi } from "./figures-format";
import { RealisationBadge } from "./status-badge";

/** One technology's benefits-realised figures at the month, as on the benefits table. */
export function RealisationSummary({ figures: f, formats }: { figures: RealisationFigures; formats: Formats }) {
  const { locale } = formats;
  return (
    <section aria-labelledby="realisation-heading" className="mt-6" data-testid="realisation-summary">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="realisation-heading" className="text-lg font-semibold text-slate-900">
          Benefits realised to {formatMonth(f.month, locale)}
        </h2>
        <RealisationBadge status={f.status} />
      </div>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <StatTile label="Realisation" value={formatRealisation(f.realisation, locale)} detail={`Mean attainment of ${f.kpisScored} of ${f.kpisLinked} linked KPIs`} />
        <StatTile
          label="Benefits to date"
          value={formatCents(f.realisedBenefitsToDateCents, formats)}
          detail={`Realised, of ${formatCents(f.plannedBenefitsToDateCents, formats)} planned; costs ${formatCents(f.costsToDateCents, formats)}`}
        />
        <StatTile label="ROI realised to date" value={formatRoi(f.realisedRoiToDate, locale)} testId="realised-roi" detail={f.costsToDateCents === 0 ? "No costs to date yet" : undefined} />
        <StatTile label="ROI planned (to date)" value={formatRoi(f.plannedRoiToDate, locale)} testId="planned-roi" detail={`Plan ROI over the life: ${formatRoi(f.planRoi, locale)}`} />
      </div>
    </section>
  );
}
