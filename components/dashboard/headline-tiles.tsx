import { label } from "@/lib/domain/labels";
import { investmentStatuses } from "@/lib/domain/values";
import type { DashboardTiles } from "@/lib/dashboard/types";
import { formatMonth, formatMoney, type Formats, type Locale } from "@/lib/format";
import { describeChange, formatFigure } from "./format";
import { Tile } from "./tile";

type Props = { tiles: DashboardTiles; month: string; previousMonth: string | null; formats: Formats };

function paybackDetail({ paybackMonth, reached, start, value }: DashboardTiles["paybackMonths"], locale: Locale): string | null {
  if (!paybackMonth || !start) return null;
  if (value === 0) return `Nothing to pay back: benefits have covered costs since ${formatMonth(start, locale)} (technologies in use)`;
  return `${reached ? "Reached in" : "Expected"} ${formatMonth(paybackMonth, locale)}, counted from ${formatMonth(start, locale)} (technologies in use)`;
}

function StatusTile({ status, month, locale }: { status: DashboardTiles["status"]; month: string; locale: Locale }) {
  const present = investmentStatuses.filter((s) => status.counts[s] > 0);
  const breakdown = present.map((s) => `${status.counts[s]} ${label(s).toLowerCase()}`).join(" · ");
  const went = status.wentLive;
  return (
    <Tile
      id="tile-status"
      label="Technologies by status"
      value={String(status.total)}
      detail={breakdown || null}
      change={{
        arrow: went > 0 ? "▲" : null,
        text: went > 0 ? `+${went} went live in ${formatMonth(month, locale)}` : `None went live in ${formatMonth(month, locale)}`,
        tone: went > 0 ? "better" : "none",
        srText: "",
      }}
      how={{
        formula: "count of technologies by their current status; went live = go-live date within the month",
        inputs: investmentStatuses.map((s) => ({ label: label(s), value: String(status.counts[s]) })),
      }}
    />
  );
}

/** The seven headline figures, each beside its change from the month before. */
export function HeadlineTiles({ tiles, month, previousMonth, formats }: Props) {
  const { locale } = formats;
  const { roi, npvCents, irrAnnual, paybackMonths, runRateCents, tcoCents } = tiles;
  const change = (f: { change: number | null }, kind: "money" | "ratio" | "months", good: "up" | "down") =>
    describeChange(f.change, kind, good, formats, previousMonth);
  return (
    <section aria-labelledby="headline-heading" className="mt-6">
      <h2 id="headline-heading" className="sr-only">
        Headline figures
      </h2>
      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Tile
          id="tile-roi"
          label="Portfolio ROI to date"
          value={formatFigure(roi.value, "ratio", formats)}
          unavailable={roi.unavailable}
          detail={`Plan over the life: ${formatFigure(roi.plan, "ratio", formats)}`}
          change={change(roi, "ratio", "up")}
          how={roi}
        />
        <Tile
          id="tile-npv"
          label="NPV to date"
          value={formatFigure(npvCents.value, "money", formats)}
          unavailable={npvCents.unavailable}
          detail={`Plan over the life: ${formatMoney(npvCents.planCents, formats)} · risk-adjusted ${formatMoney(npvCents.riskAdjustedPlanCents, formats)}`}
          change={change(npvCents, "money", "up")}
          how={npvCents}
        />
        <Tile
          id="tile-irr"
          label="IRR (annual) to date"
          value={formatFigure(irrAnnual.value, "ratio", formats)}
          unavailable={irrAnnual.unavailable}
          detail={`Plan over the life: ${formatFigure(irrAnnual.plan, "ratio", formats)}`}
          change={change(irrAnnual, "ratio", "up")}
          how={irrAnnual}
        />
        <Tile
          id="tile-payback"
          label="Payback (plan)"
          value={formatFigure(paybackMonths.value, "months", formats)}
          unavailable={paybackMonths.unavailable}
          detail={paybackDetail(paybackMonths, locale)}
          change={change(paybackMonths, "months", "down")}
          how={paybackMonths}
        />
        <Tile
          id="tile-run-rate"
          label="Annual run-rate cost"
          value={formatFigure(runRateCents.value, "money", formats)}
          unavailable={runRateCents.unavailable}
          detail={`Recurring costs active in ${formatMonth(month, locale)}, annualised`}
          change={change(runRateCents, "money", "down")}
          how={runRateCents}
        />
        <Tile
          id="tile-tco"
          label="TCO to date"
          value={formatFigure(tcoCents.value, "money", formats)}
          unavailable={tcoCents.unavailable}
          detail={`Over the life: ${formatMoney(tcoCents.planCents, formats)}`}
          change={change(tcoCents, "money", "down")}
          how={tcoCents}
        />
        <StatusTile status={tiles.status} month={month} locale={locale} />
      </div>
      <p className="mt-2 text-xs text-slate-500">
        Figures for {formatMonth(month, locale)}, the last complete month unless you pick another. &quot;To date&quot; counts every month up to it; the plan is
        each technology&apos;s whole business case, valued at its own start. Proposed technologies count once approved; retired ones up to their end.
        Risk-adjusted figures weigh each benefit by its confidence. Changes compare with the month before: green is better, red is worse (for costs, a rise is worse).
      </p>
    </section>
  );
}
