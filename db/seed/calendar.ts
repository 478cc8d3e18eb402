import type { Calendar } from "./types";

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const pad = (n: number) => String(n).padStart(2, "0");

/** The first instant (UTC) of the month containing `date`. */
export function monthStartUtc(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/** The first instant (UTC) of the month `offset` months from `base`'s month. */
export function addMonthsUtc(base: Date, offset: number): Date {
  return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth() + offset, 1));
}

export function createCalendar(asOf: Date): Calendar {
  const base = monthStartUtc(asOf);
  const at = (offset: number) => addMonthsUtc(base, offset);
  return {
    month: (offset) => {
      const d = at(offset);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-01`;
    },
    day: (offset, dayOfMonth) => {
      const d = at(offset);
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(dayOfMonth)}`;
    },
    label: (offset) => {
      const d = at(offset);
      return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    },
  };
}
