/** Month arithmetic on 'YYYY-MM-01' period strings (UTC), and the `?month=YYYY-MM` URL parameter. */

const MONTH_PARAM = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** `?month=2026-03` → '2026-03-01'; anything else (arrays, junk, other formats) → null. */
export function parseMonthParam(raw: unknown): string | null {
  if (typeof raw !== "string") return null;
  const m = MONTH_PARAM.exec(raw.trim());
  return m && Number(m[1]) >= 1900 ? `${m[1]}-${m[2]}-01` : null;
}

/** '2026-03-01' → '2026-03' (what the URL carries). */
export const toMonthParam = (period: string): string => period.slice(0, 7);

export function periodToDate(period: string): Date {
  return new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));
}

export function shiftMonth(period: string, delta: number): string {
  const d = periodToDate(period);
  d.setUTCMonth(d.getUTCMonth() + delta);
  return d.toISOString().slice(0, 7) + "-01";
}

/** A 'YYYY-MM-DD' date → the first of its month, so it compares with periods. */
export const monthOf = (date: string): string => date.slice(0, 7) + "-01";

/**
 * The month to show: the requested one when it lies within the data, the nearest end of the data when
 * it lies outside (a month without any values would show an empty card), the latest month otherwise.
 */
export function resolveMonth(requested: string | null, bounds: { earliest: string; latest: string } | null): string | null {
  if (!bounds) return null;
  if (!requested) return bounds.latest;
  if (requested < bounds.earliest) return bounds.earliest;
  if (requested > bounds.latest) return bounds.latest;
  return requested;
}

/** Every month from `earliest` to `latest`, newest first, for the selector. */
export function monthRange(earliest: string, latest: string): string[] {
  const months: string[] = [];
  for (let p = latest; p >= earliest && months.length < 600; p = shiftMonth(p, -1)) months.push(p);
  return months;
}
