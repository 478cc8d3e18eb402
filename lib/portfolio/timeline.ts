import { addYears, differenceInCalendarMonths, format, parseISO, subDays, subMonths } from "date-fns";

/** Months are stored as first-of-month dates ('YYYY-MM-01'); finance works in 0-based month offsets. */
export function monthOffset(origin: string, month: string): number {
  return differenceInCalendarMonths(parseISO(month), parseISO(origin));
}

export function toMonth(date: Date): string {
  return format(date, "yyyy-MM-01");
}

/**
 * The month figures stand at unless a user picks another: the last complete month before `today`
 * ('YYYY-MM-01'). Every surface defaults to it: dashboard, overview, scorecard, reports, exports.
 */
export function lastCompleteMonth(today: Date): string {
  return format(subMonths(today, 1), "yyyy-MM-01");
}

export function earliestMonth(months: readonly (string | null | undefined)[], fallback: string): string {
  const present = months.filter((m): m is string => Boolean(m)).map((m) => `${m.slice(0, 7)}-01`);
  return present.length ? present.reduce((a, b) => (b < a ? b : a)) : fallback;
}

/**
 * The next renewal on or after `today` for a contract first renewing on `renewalDate` and every year
 * after, with the last day to give notice.
 */
export function nextRenewal(renewalDate: string, noticeDays: number | null, today: Date): { date: string; noticeDeadline: string | null } {
  let date = parseISO(renewalDate);
  const start = parseISO(format(today, "yyyy-MM-dd"));
  while (date < start) date = addYears(date, 1);
  return {
    date: format(date, "yyyy-MM-dd"),
    noticeDeadline: noticeDays === null ? null : format(subDays(date, noticeDays), "yyyy-MM-dd"),
  };
}
