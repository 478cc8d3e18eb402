/**
 * Which month the dashboard shows and which months a user can pick. Pure; the query resolves the month
 * with these before reading the KPI values up to it, and the page's selector lists the same months.
 */
import { lastCompleteMonth, toMonth } from "@/lib/portfolio/timeline";
import { monthRange, parseMonthParam, shiftMonth } from "@/lib/scorecard/month";

/** The selector always offers at least the last two years, even before any KPI is measured. */
export const DASHBOARD_HISTORY_MONTHS = 24;

export type MeasurementBounds = { earliest: string; latest: string } | null;

/**
 * The months to pick from, newest first: from the earlier of the first measurement and 23 months before
 * the current month, to the later of the last measurement and the current month.
 */
export function dashboardMonths(bounds: MeasurementBounds, today: Date): string[] {
  const current = toMonth(today);
  const floor = shiftMonth(current, -(DASHBOARD_HISTORY_MONTHS - 1));
  const earliest = bounds && bounds.earliest < floor ? bounds.earliest : floor;
  const latest = bounds && bounds.latest > current ? bounds.latest : current;
  return monthRange(earliest, latest);
}

/**
 * `?month=YYYY-MM` when it is one of the months offered; anything else (missing, malformed, an array, out
 * of range) → the last complete month, the default of every surface.
 */
export function resolveDashboardMonth(raw: unknown, bounds: MeasurementBounds, today: Date): { month: string; months: string[] } {
  const months = dashboardMonths(bounds, today);
  const requested = parseMonthParam(Array.isArray(raw) ? raw[0] : raw);
  const inRange = requested !== null && requested >= months[months.length - 1] && requested <= months[0];
  return { month: inRange ? requested : lastCompleteMonth(today), months };
}

/** A moment inside `month` ('YYYY-MM-01') in local time, for functions that take a date (run-rates). */
export function dateInMonth(month: string): Date {
  return new Date(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15, 12);
}

/** Whole days from one 'YYYY-MM-DD' date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000);
}
