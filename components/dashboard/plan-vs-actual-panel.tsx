import Link from "next/link";
import { Card } from "@/components/ui/card";
import { FigureHowComputed } from "@/components/ui/how-computed";
import type { DashboardPlanVsActual } from "@/lib/dashboard/types";
import { formatMoney, formatMonth, formatPercent, type Formats } from "@/lib/format";

type Props = { planVsActual: DashboardPlanVsActual; month: string; slug: string; formats: Formats };

function Figure({ id, label, value, detail, how }: { id: string; label: string; value: string; detail: string; how: DashboardPlanVsActual["spend"] }) {
  return (
    <Card padding="sm" className="flex flex-col" data-testid={id}>
      <h3 className="text-sm text-slate-500">{label}</h3>
      <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums text-slate-900" data-testid={`${id}-value`}>
        {value}
      </p>
      <p className="mt-0.5 text-xs text-slate-600" data-testid={`${id}-detail`}>
        {detail}
      </p>
      <FigureHowComputed figure={how} />
    </Card>
  );
}

/** "$1,200 over plan (12.0%)" / "$300 under plan (3.0%)" / "on plan". */
function variance(cents: number, ratio: number | null, formats: Formats): string {
  if (cents === 0) return "on plan";
  const share = ratio === null ? "" : ` (${formatPercent(Math.abs(ratio), formats.locale)})`;
  return `${formatMoney(Math.abs(cents), formats)} ${cents > 0 ? "over" : "under"} plan${share}`;
}

function NoActuals({ slug, month, unmatched, formats }: { slug: string; month: string; unmatched: DashboardPlanVsActual["unmatched"]; formats: Formats }) {
  const link = "font-medium text-indigo-700 hover:underline";
  return (
    <p className="mt-3 rounded-lg bg-amber-50 px-3 py-3 text-sm text-amber-900 ring-1 ring-amber-200" data-testid="plan-vs-actual-none">
      <strong className="font-semibold">No actuals yet</strong> up to {formatMonth(month, formats.locale)}: every money figure on this page is the{" "}
      <strong className="font-semibold">plan</strong>.{" "}
      {unmatched.count > 0 ? (
        <>
          The ledger holds {unmatched.count} {unmatched.count === 1 ? "payment" : "payments"} ({formatMoney(unmatched.cents, formats)}) that no technology claims yet:{" "}
          <Link href={`/w/${slug}/actuals?match=unmatched`} className={link}>
            file them under their technologies
          </Link>{" "}
          to compare.
        </>
      ) : (
        <>
          <Link href={`/w/${slug}/actuals`} className={link}>
            Import a bank file or record a payment
          </Link>{" "}
          to see what was really spent and realised.
        </>
      )}
    </p>
  );
}

/** Actual spend to date against the plan, and ROI realised on actuals against the planned ROI, over the technologies with actuals. */
export function PlanVsActualPanel({ planVsActual: p, month, slug, formats }: Props) {
  const t = p.toDate;
  const pct = (r: number | null) => (r === null ? "n/a" : formatPercent(r, formats.locale));
  const scope = `${p.withActuals} ${p.withActuals === 1 ? "technology" : "technologies"} with actuals${p.withoutActuals ? `; ${p.withoutActuals} without any left out` : ""}`;
  return (
    <section aria-labelledby="plan-vs-actual-heading" className="mt-8" data-testid="dashboard-plan-vs-actual">
      <h2 id="plan-vs-actual-heading" className="text-lg font-semibold text-slate-900">
        Plan against actual
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">
        What was paid and realised to the end of {formatMonth(month, formats.locale)}, against the plan over the same months ({scope}).
      </p>
      {p.withActuals === 0 ? (
        <NoActuals slug={slug} month={month} unmatched={p.unmatched} formats={formats} />
      ) : (
        <div className="mt-3 grid items-start gap-4 sm:grid-cols-2">
          <Figure
            id="tile-actual-spend"
            label="Actual spend to date"
            value={formatMoney(t.actualCostCents, formats)}
            detail={`Plan ${formatMoney(t.plannedCostCents, formats)} · ${variance(t.costVarianceCents, t.costVarianceRatio, formats)}`}
            how={p.spend}
          />
          <Figure
            id="tile-realised-roi"
            label="ROI realised on actuals"
            value={pct(t.realisedRoi)}
            detail={
              t.realisedRoi === null
                ? `Not available: ${t.realisedRoiUnavailable}`
                : `Planned ROI ${pct(t.plannedRoi)}, over the same ${p.roiTechnologies === 1 ? "technology" : `${p.roiTechnologies} technologies`} and months${p.leftOutOfRoi ? ` (${p.leftOutOfRoi} with payments or benefits only left out)` : ""}`
            }
            how={p.roi}
          />
        </div>
      )}
    </section>
  );
}
