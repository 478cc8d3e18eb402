import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { TimeQuadrant } from "@/lib/finance";
import { formatDate, type Locale } from "@/lib/format";
import type { PortfolioRow } from "@/lib/portfolio/types";
import { label } from "@/lib/domain/labels";
import { gapLabels, quadrantLabels, riskBadge } from "@/lib/portfolio/column-labels";

const statusTones: Record<PortfolioRow["status"], BadgeTone> = { proposed: "neutral", approved: "blue", implementing: "indigo", live: "green", retired: "neutral" };
const quadrantTones: Record<TimeQuadrant, BadgeTone> = { tolerate: "neutral", invest: "green", migrate: "amber", eliminate: "red" };

export function StatusBadge({ status }: { status: PortfolioRow["status"] }) {
  return (
    <Badge tone={statusTones[status]} className={status === "retired" ? "bg-slate-50 text-slate-500" : undefined}>
      {label(status)}
    </Badge>
  );
}

export function QuadrantBadge({ quadrant }: { quadrant: TimeQuadrant }) {
  return <Badge tone={quadrantTones[quadrant]}>{quadrantLabels[quadrant]}</Badge>;
}

/** The level is spelt out (title + screen-reader text) so the colour is never the only signal. */
export function RiskBadge({ score }: { score: number }) {
  const level = riskBadge(score);
  return (
    <Badge className={cn("tabular-nums", level.className)} title={`${level.label} risk (likelihood × impact)`}>
      {score}
      <span className="sr-only"> ({level.label})</span>
    </Badge>
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
        <li key={gap}>
          <Badge tone="amber" className="rounded px-1.5 text-[11px]">
            {gapLabels[gap]}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
