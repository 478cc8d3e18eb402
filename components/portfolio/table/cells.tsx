import type { TimeQuadrant } from "@/lib/finance";
import { formatDate, type Locale } from "@/lib/format";
import type { PortfolioRow } from "@/lib/portfolio/types";
import { label } from "@/lib/domain/labels";
import { gapLabels, quadrantLabels, riskBadge } from "@/lib/portfolio/column-labels";

const badge = "inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";

const statusStyles: Record<PortfolioRow["status"], string> = {
  proposed: "bg-slate-100 text-slate-700 ring-slate-200",
  approved: "bg-sky-50 text-sky-700 ring-sky-200",
  implementing: "bg-indigo-50 text-indigo-700 ring-indigo-200",
  live: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  retired: "bg-slate-50 text-slate-500 ring-slate-200",
};

const quadrantStyles: Record<TimeQuadrant, string> = {
  tolerate: "bg-slate-100 text-slate-700 ring-slate-200",
  invest: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  migrate: "bg-amber-50 text-amber-800 ring-amber-200",
  eliminate: "bg-red-50 text-red-700 ring-red-200",
};

export function StatusBadge({ status }: { status: PortfolioRow["status"] }) {
  return <span className={`${badge} ${statusStyles[status]}`}>{label(status)}</span>;
}

export function QuadrantBadge({ quadrant }: { quadrant: TimeQuadrant }) {
  return <span className={`${badge} ${quadrantStyles[quadrant]}`}>{quadrantLabels[quadrant]}</span>;
}

/** The level is spelt out (title + screen-reader text) so the colour is never the only signal. */
export function RiskBadge({ score }: { score: number }) {
  const level = riskBadge(score);
  return (
    <span className={`${badge} tabular-nums ${level.className}`} title={`${level.label} risk (likelihood × impact)`}>
      {score}
      <span className="sr-only"> ({level.label})</span>
    </span>
  );
}

export function Blank({ reason }: { reason: string }) {
  return (
    <span title={reason} className="cursor-help text-slate-400">
      —<span className="sr-only">{reason}</span>
    </span>
  );
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / DAY_MS);

/** `today` comes from the server so the notice warning renders the same on both sides of hydration. */
export function RenewalCell({ renewal, today, locale }: { renewal: NonNullable<PortfolioRow["nextRenewal"]>; today: string; locale: Locale }) {
  const deadline = renewal.noticeDeadline;
  const daysLeft = deadline ? daysBetween(today, deadline) : null;
  return (
    <div className="whitespace-nowrap">
      <div className="tabular-nums">{formatDate(renewal.date, locale)}</div>
      {deadline && daysLeft !== null && (
        <div className={`text-xs ${daysLeft < 0 ? "text-slate-400" : daysLeft <= 60 ? "font-medium text-amber-700" : "text-slate-500"}`}>
          {daysLeft < 0 ? `Notice date passed (${formatDate(deadline, locale)})` : `Give notice by ${formatDate(deadline, locale)}`}
        </div>
      )}
    </div>
  );
}

export function CompletenessChips({ missing }: { missing: PortfolioRow["missing"] }) {
  if (missing.length === 0) return <span className="text-xs text-emerald-700">Complete</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Missing information">
      {missing.map((gap) => (
        <li key={gap} className="whitespace-nowrap rounded bg-amber-50 px-1.5 py-0.5 text-[11px] font-medium text-amber-800 ring-1 ring-inset ring-amber-200">
          {gapLabels[gap]}
        </li>
      ))}
    </ul>
  );
}
