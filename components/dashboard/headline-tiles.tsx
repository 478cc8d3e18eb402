import { label } from "@/lib/domain/labels";
import { investmentStatuses } from "@/lib/domain/values";
import type { DashboardTiles, Figure } from "@/lib/dashboard/types";
import { formatMonth, formatMoney, type Formats, type Locale } from "@/lib/format";
import { describeChange, formatFigure, type FigureKind, type GoodWhen } from "./format";
import { Tile } from "./tile";

type Props = { tiles: DashboardTiles; month: string; previousMonth: string | null; formats: Formats };

/** One money or ratio tile: which figure, how it is written, which way is good and the line under its value. */
type FigureTile = { id: string; label: string; figure: Figure; kind: FigureKind; good: GoodWhen; detail: string | null };

function paybackDetail({ paybackMonth, reached, start, value }: DashboardTiles["paybackMonths"], locale: Locale): string | null {
  if (!paybackMonth || !start) return null;
  if (value === 0) return `Nothing to pay back: benefits have covered costs since ${formatMonth(start, locale)} (technologies in use)`;
  return `${reached ? "Reached in" : "Expected"} ${formatMonth(paybackMonth, locale)}, counted from ${formatMonth(start, locale)} (technologies in use)`;
}

/** The six figure tiles in the order they are shown. */
function figureTiles({ tiles, month, formats }: Props): FigureTile[] {
  const { roi, npvCents, irrAnnual, paybackMonths, runRateCents, tcoCents } = tiles;
  const money = (cents: number) => formatMoney(cents, formats);
  const ratio = (value: number | null) => formatFigure(value, "ratio", formats);
  return [
    { id: "tile-roi", label: "Portfolio ROI to date", figure: roi, kind: "ratio", good: "up", detail: `Plan over the life: ${ratio(roi.plan)}` },
    {
      id: "tile-npv",
      label: "NPV to date",
      figure: npvCents,
      kind: "money",
      good: "up",
      detail: `Plan over the life: ${money(npvCents.planCents)} · risk-adjusted ${money(npvCents.riskAdjustedPlanCents)}`,
    },
    { id: "tile-irr", label: "IRR (annual) to date", figure: irrAnnual, kind: "ratio", good: "up", detail: `Plan over the life: ${ratio(irrAnnual.plan)}` },
    { id: "tile-payback", label: "Payback (plan)", figure: paybackMonths, kind: "months", good: "down", detail: paybackDetail(paybackMonths, formats.locale) },
    {
      id: "tile-run-rate",
      label: "Annual run-rate cost",
      figure: runRateCents,
      kind: "money",
      good: "down",
      detail: `Recurring costs active in ${formatMonth(month, formats.locale)}, annualised`,
    },
    { id: "tile-tco", label: "TCO to date", figure: tcoCents, kind: "money", good: "down", detail: `Over the life: ${money(tcoCents.planCents)}` },
  ];
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

function Footnote({ month, locale }: { month: string; locale: Locale }) {
  return (
    <p className="mt-2 text-xs text-slate-500">
      Figures for {formatMonth(month, locale)}, the last complete month unless you pick another. These are the business case&apos;s figures: &quot;to date&quot;
      counts its months up to the month shown; the plan is each technology&apos;s whole business case, valued at its own start. What was really paid and
      realised is under Plan against actual. Proposed technologies count once approved; retired ones up to their end.
      Risk-adjusted figures weigh each benefit by its confidence. Changes compare with the month before: green is better, red is worse (for costs, a rise is worse).
    </p>
  );
}

/** The seven headline figures, each beside its change from the month before. */
export function HeadlineTiles(props: Props) {
  const { tiles, month, previousMonth, formats } = props;
  return (
    <section aria-labelledby="headline-heading" className="mt-6">
      <h2 id="headline-heading" className="sr-only">
        Headline figures
      </h2>
      <div className="grid items-start gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {figureTiles(props).map((t) => (
          <Tile
            key={t.id}
            id={t.id}
            label={t.label}
            value={formatFigure(t.figure.value, t.kind, formats)}
            unavailable={t.figure.unavailable}
            detail={t.detail}
            change={describeChange(t.figure.change, t.kind, t.good, formats, previousMonth)}
            how={t.figure}
          />
        ))}
        <StatusTile status={tiles.status} month={month} locale={formats.locale} />
      </div>
      <Footnote month={month} locale={formats.locale} />
    </section>
  );
}
