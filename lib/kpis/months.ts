/** Month arithmetic on 'YYYY-MM-01' periods, in UTC so a server in any time zone agrees. */

const MONTH_PARAM = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function currentPeriod(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}-01`;
}

export function shiftPeriod(period: string, months: number): string {
  const [y, m] = period.split("-").map(Number);
  const d = new Date(Date.UTC(y, m - 1 + months, 1));
  return currentPeriod(d);
}

/** `?month=2026-03` → '2026-03-01'; anything else → null (the page then picks its default). */
export function periodFromParam(value: unknown): string | null {
  return typeof value === "string" && MONTH_PARAM.test(value) ? `${value}-01` : null;
}
