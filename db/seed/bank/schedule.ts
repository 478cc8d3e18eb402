/** Building statement lines: recurring debits, one-off payments, amounts that drift from month to month. */
import type { Payment } from "./types";

type Amount = number | ((offset: number) => number);
/** What a statement line says; a memo may name the month (an invoice number, a period). */
type Line = { payee: string; type: string; memo?: string | ((offset: number) => string) };

/** The first statement month of the exports and the last (the month before as-of). */
export const FIRST_MONTH = -24;
export const LAST_MONTH = -1;

const amountAt = (amount: Amount, offset: number) => (typeof amount === "number" ? amount : amount(offset));

function at(line: Line, offset: number, day: number, amount: number): Payment {
  const memo = typeof line.memo === "function" ? line.memo(offset) : line.memo;
  return { payee: line.payee, type: line.type, ...(memo ? { memo } : {}), offset, day, amount: money(amount) };
}

/** Rounds to cents, as a statement prints money. */
export const money = (major: number): number => Math.round(major * 100) / 100;

/** A payment on `day` of every month from `from` to `to` (clipped to the statement window); a zero amount is skipped. */
export function monthly(from: number, to: number, day: number, amount: Amount, line: Line): Payment[] {
  const out: Payment[] = [];
  for (let offset = Math.max(from, FIRST_MONTH); offset <= Math.min(to, LAST_MONTH); offset++) {
    const value = money(amountAt(amount, offset));
    if (value !== 0) out.push(at(line, offset, day, value));
  }
  return out;
}

/** A payment once a year, in the month of `first` and every twelfth month after it. */
export function yearly(first: number, day: number, amount: Amount, line: Line): Payment[] {
  const out: Payment[] = [];
  for (let offset = first; offset <= LAST_MONTH; offset += 12) {
    if (offset >= FIRST_MONTH) out.push(at(line, offset, day, amountAt(amount, offset)));
  }
  return out;
}

export function once(offset: number, day: number, amount: number, line: Line): Payment[] {
  return offset >= FIRST_MONTH && offset <= LAST_MONTH ? [at(line, offset, day, amount)] : [];
}
