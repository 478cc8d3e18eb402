/** The review's numbers as the report prints them. */
import { formatMoney, formatPercent } from "@/lib/format";
import type { HeadlineKind } from "./review";

const points = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const count = new Intl.NumberFormat("en-US");

const sign = (n: number) => (n > 0 ? "+" : n < 0 ? "−" : "±");

/** A headline figure: 0.123 → "12.3%", 123456 cents → "$1,235", 4 → "4"; "—" when there is none. */
export function formatFigure(value: number | null, kind: HeadlineKind, currency: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (kind === "ratio") return formatPercent(value);
  if (kind === "money") return formatMoney(value, currency);
  return count.format(value);
}

/** A change with its sign; a change of a ratio is in percentage points ("+1.5 pts"), not a percentage of it. */
export function formatFigureChange(change: number | null, kind: HeadlineKind, currency: string): string {
  if (change === null || !Number.isFinite(change)) return "—";
  if (kind === "ratio") return `${sign(change)}${points.format(Math.abs(change) * 100)} pts`;
  if (kind === "money") return `${sign(change)}${formatMoney(Math.abs(change), currency)}`;
  return `${sign(change)}${count.format(Math.abs(change))}`;
}

/** A score change (scores are 0–1, read as whole percentages) in points: 0.034 → "+3 pts". */
export function formatScoreChange(change: number | null): string {
  if (change === null || !Number.isFinite(change)) return "—";
  const rounded = Math.round(change * 100);
  return `${sign(rounded)}${Math.abs(rounded)} pts`;
}

const longDate = new Intl.DateTimeFormat("en-US", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** '2026-04-15' or a Date → "April 15, 2026". */
export function formatDate(date: string | Date): string {
  return longDate.format(typeof date === "string" ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date);
}
