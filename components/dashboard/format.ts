/**
 * How the dashboard words its figures and their month-on-month changes, every number in the workspace's
 * locale (lib/format). Pure, so it is unit-tested.
 */
import { formatMonth, formatMoney, formatNumber, formatPercent, formatPoints, signOf, type Formats, type Locale } from "@/lib/format";
import { shiftMonth } from "@/lib/scorecard/month";

/** What a figure measures, which decides how it and its change are written. */
export type FigureKind = "money" | "ratio" | "months";
/** Which way a change is good: up for returns, down for costs and for time to payback. */
export type GoodWhen = "up" | "down";
export type ChangeTone = "better" | "worse" | "same" | "none";

export function formatFigure(value: number | null, kind: FigureKind, formats: Formats): string {
  if (value === null) return "—";
  if (kind === "money") return formatMoney(value, formats);
  if (kind === "ratio") return formatPercent(value, formats.locale);
  return `${formatNumber(value, formats.locale, 1)} months`;
}

/** The change with its sign: "+$1,200", "−3.5 pts" (ratios change in percentage points), "+1.0 months". */
export function formatSignedChange(change: number, kind: FigureKind, formats: Formats): string {
  const sign = signOf(change);
  const size = Math.abs(change);
  if (kind === "money") return `${sign}${formatMoney(size, formats)}`;
  if (kind === "ratio") return `${sign}${formatPoints(size, formats.locale)}`;
  return `${sign}${formatNumber(size, formats.locale, 1)} months`;
}

/** A change too small to show (it would print as ±0) counts as no change. */
function isNegligible(change: number, kind: FigureKind): boolean {
  if (kind === "money") return Math.abs(change) < 50; // under half a currency unit
  if (kind === "ratio") return Math.abs(change) < 0.0005; // under 0.05 pts
  return Math.abs(change) < 0.05;
}

export function changeTone(change: number | null, kind: FigureKind, good: GoodWhen): ChangeTone {
  if (change === null) return "none";
  if (isNegligible(change, kind)) return "same";
  return (change > 0) === (good === "up") ? "better" : "worse";
}

export interface ChangeText {
  arrow: "▲" | "▼" | "■" | null;
  /** What is shown: "+$1,200 vs Feb 2026", or neutral wording when there is nothing to compare. */
  text: string;
  tone: ChangeTone;
  /** Said to screen readers after the text, since the colour alone carries the judgement. */
  srText: string;
}

/**
 * The change from the previous month, worded for a tile. `previousMonth` is the label of the month
 * compared with ("Feb 2026"), or null when the chosen month is the first one.
 */
export function describeChange(change: number | null, kind: FigureKind, good: GoodWhen, formats: Formats, previousMonth: string | null): ChangeText {
  const tone = changeTone(change, kind, good);
  if (change === null) {
    const text = previousMonth ? `No figure for ${previousMonth} to compare` : "No earlier month to compare";
    return { arrow: null, text, tone, srText: "" };
  }
  const vs = previousMonth ? ` vs ${previousMonth}` : "";
  if (tone === "same") return { arrow: "■", text: `Unchanged${vs}`, tone, srText: "" };
  return {
    arrow: change > 0 ? "▲" : "▼",
    text: `${formatSignedChange(change, kind, formats)}${vs}`,
    tone,
    srText: tone === "better" ? "(an improvement)" : "(a deterioration)",
  };
}

/** A scorecard score's change, in points of attainment: 0.034 → "+3 pts". */
export function describeScoreChange(change: number | null, previousMonth: string | null): ChangeText {
  if (change === null) return { arrow: null, text: previousMonth ? `No score for ${previousMonth}` : "No earlier month", tone: "none", srText: "" };
  const points = Math.round(change * 100);
  const vs = previousMonth ? ` vs ${previousMonth}` : "";
  if (points === 0) return { arrow: "■", text: `Unchanged${vs}`, tone: "same", srText: "" };
  const better = points > 0;
  return {
    arrow: better ? "▲" : "▼",
    text: `${signOf(points)}${Math.abs(points)} pts${vs}`,
    tone: better ? "better" : "worse",
    srText: better ? "(an improvement)" : "(a deterioration)",
  };
}

export const toneClass: Record<ChangeTone, string> = {
  better: "text-emerald-700",
  worse: "text-rose-700",
  same: "text-slate-500",
  none: "text-slate-500",
};

/** Days until a deadline, in words: "today", "tomorrow", "in 12 days", "3 days ago". */
export function daysLeft(days: number): string {
  if (days === 0) return "today";
  if (days === 1) return "tomorrow";
  if (days === -1) return "yesterday";
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** "1 KPI", "3 KPIs". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The label of the month the changes compare with ("Feb 2026"), or null when the chosen month is the first one. */
export function previousMonthLabel(month: string, months: readonly string[], locale: Locale): string | null {
  const previous = shiftMonth(month, -1);
  return months.includes(previous) ? formatMonth(previous, locale) : null;
}

/** Time left to act on a deadline: "due today", "1 day left", "12 days left", "passed 3 days ago". */
export function timeToAct(days: number): string {
  if (days === 0) return "due today";
  if (days < 0) return `passed ${daysLeft(days)}`;
  return `${plural(days, "day")} left`;
}
