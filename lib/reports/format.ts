/** The review's numbers as the report prints them, in the workspace's locale (lib/format). */
import { formatMoney, formatNumber, formatPercent, formatPoints, signOf, type Formats } from "@/lib/format";
import type { HeadlineKind } from "./review";

/** A headline figure: 0.123 → "12.3%", 123456 cents → "$1,235", 4 → "4"; "—" when there is none. */
export function formatFigure(value: number | null, kind: HeadlineKind, formats: Formats): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (kind === "ratio") return formatPercent(value, formats.locale);
  if (kind === "money") return formatMoney(value, formats);
  return formatNumber(value, formats.locale, 0);
}

/** A change with its sign; a change of a ratio is in percentage points ("+1.5 pts"), not a percentage of it. */
export function formatFigureChange(change: number | null, kind: HeadlineKind, formats: Formats): string {
  if (change === null || !Number.isFinite(change)) return "—";
  if (kind === "ratio") return `${signOf(change)}${formatPoints(change, formats.locale)}`;
  if (kind === "money") return `${signOf(change)}${formatMoney(Math.abs(change), formats)}`;
  return `${signOf(change)}${formatNumber(Math.abs(change), formats.locale, 0)}`;
}

/** A score change (scores are 0–1, read as whole percentages) in points: 0.034 → "+3 pts". */
export function formatScoreChange(change: number | null): string {
  if (change === null || !Number.isFinite(change)) return "—";
  const rounded = Math.round(change * 100);
  return `${signOf(rounded)}${Math.abs(rounded)} pts`;
}
