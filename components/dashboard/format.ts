/** How the dashboard words its figures and their month-on-month changes. Pure, so it is unit-tested. */
import { formatMoney, formatPercent } from "@/lib/format";
import { formatMonth, shiftMonth } from "@/lib/scorecard/month";

/** What a figure measures, which decides how it and its change are written. */
export type FigureKind = "money" | "ratio" | "months";
/** Which way a change is good: up for returns, down for costs and for time to payback. */
export type GoodWhen = "up" | "down";
export type ChangeTone = "better" | "worse" | "same" | "none";

const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MINUS = "−";

export function formatFigure(value: number | null, kind: FigureKind, currency: string): string {
  if (value === null) return "—";
  if (kind === "money") return formatMoney(value, currency);
  if (kind === "ratio") return formatPercent(value);
  return `${oneDecimal.format(value)} months`;
}

/** The change with its sign: "+$1,200", "−3.5 pts" (ratios change in percentage points), "+1.0 months". */
export function formatSignedChange(change: number, kind: FigureKind, currency: string): string {
  const sign = change > 0 ? "+" : change < 0 ? MINUS : "±";
  const size = Math.abs(change);
  if (kind === "money") return `${sign}${formatMoney(size, currency)}`;
  if (kind === "ratio") return `${sign}${size * 100 > 1000 ? "> 1,000" : oneDecimal.format(size * 100)} pts`;
  return `${sign}${oneDecimal.format(size)} months`;
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
export function describeChange(change: number | null, kind: FigureKind, good: GoodWhen, currency: string, previousMonth: string | null): ChangeText {
  const tone = changeTone(change, kind, good);
  if (change === null) {
    const text = previousMonth ? `No figure for ${previousMonth} to compare` : "No earlier month to compare";
    return { arrow: null, text, tone, srText: "" };
  }
  const vs = previousMonth ? ` vs ${previousMonth}` : "";
  if (tone === "same") return { arrow: "■", text: `Unchanged${vs}`, tone, srText: "" };
  return {
    arrow: change > 0 ? "▲" : "▼",
    text: `${formatSignedChange(change, kind, currency)}${vs}`,
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
    text: `${better ? "+" : MINUS}${Math.abs(points)} pts${vs}`,
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

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
/** '2026-03-15' → "Mar 15, 2026". */
export const formatDate = (isoDate: string): string => dateFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`));

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
export function previousMonthLabel(month: string, months: readonly string[]): string | null {
  const previous = shiftMonth(month, -1);
  return months.includes(previous) ? formatMonth(previous) : null;
}

/** Time left to act on a deadline: "due today", "1 day left", "12 days left", "passed 3 days ago". */
export function timeToAct(days: number): string {
  if (days === 0) return "due today";
  if (days < 0) return `passed ${daysLeft(days)}`;
  return `${plural(days, "day")} left`;
}
