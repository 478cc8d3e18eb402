/**
 * Amounts and numbers in an imported file, read by the file's decimal convention. Bank exports write
 * negatives four ways ("-12.50", "−12.50", "(12.50)", "12.50-") and often carry a currency; any of those
 * is read, anything that could mean two things is refused with a message rather than guessed.
 */
import { canonical, decimalPlaces, readDecimal, toCents, type Separators } from "@/lib/format/parse";
import type { Decimal } from "./conventions";

export type CellRead<T> = { ok: true; value: T } | { ok: false; message: string };

const EXAMPLE: Record<Decimal, string> = { point: "1,234.56", comma: "1.234,56" };
/** Spaces group thousands in either convention ("1 234,56", "1 234.56"). */
const SPACES = [" ", "\u00a0", "\u202f"];
const separatorsOf = (decimal: Decimal): Separators =>
  decimal === "point" ? { decimal: ".", groups: [",", ...SPACES] } : { decimal: ",", groups: [".", ...SPACES] };

const CURRENCY = "US\\$|\\$|€|£|USD|EUR|GBP";
const LEADING_CURRENCY = new RegExp(`^(?:${CURRENCY})`, "i");
const TRAILING_CURRENCY = new RegExp(`(?:${CURRENCY})$`, "i");

type Unwrapped = { body: string; negatives: number; plus: boolean; currencies: number };

/** One mark taken off the outside of an amount, or null when none is left. */
function peel(text: string, into: Unwrapped): string | null {
  const paren = /^\((.*)\)$/.exec(text);
  if (paren) {
    into.negatives += 1;
    return paren[1];
  }
  const sign = /^[-−+]/.exec(text) ?? /[-−]$/.exec(text);
  if (sign) {
    if (sign[0] === "+") into.plus = true;
    else into.negatives += 1;
    return sign.index === 0 ? text.slice(1) : text.slice(0, -1);
  }
  const currency = LEADING_CURRENCY.exec(text) ?? TRAILING_CURRENCY.exec(text);
  if (currency) {
    into.currencies += 1;
    return currency.index === 0 ? text.slice(currency[0].length) : text.slice(0, currency.index);
  }
  return null;
}

/** Takes the currency and every sign mark off an amount, counting how often it says "negative". */
function unwrap(raw: string): Unwrapped {
  const found: Unwrapped = { body: raw.trim(), negatives: 0, plus: false, currencies: 0 };
  for (let next = peel(found.body, found); next !== null; next = peel(found.body, found)) found.body = next.trim();
  return found;
}

/** The digits of an amount without currency or sign, for detecting the decimal separator. */
export const amountDigits = (raw: string): string => unwrap(raw).body;

/** An amount cell → integer cents (negative when the file marks it so). */
export function readMoney(raw: string, decimal: Decimal): CellRead<number> {
  const { body, negatives, plus, currencies } = unwrap(raw);
  const ex = EXAMPLE[decimal];
  if (negatives > 1 || (negatives === 1 && plus)) {
    return { ok: false, message: `This amount is marked negative more than once. Write it as -${ex}, (${ex}) or ${ex}-.` };
  }
  const value = currencies > 1 ? null : readDecimal(body, separatorsOf(decimal));
  if (!value || value.negative) {
    return { ok: false, message: `Enter an amount written like ${ex} or -${ex} (this file's decimal separator is a ${decimal}).` };
  }
  const cents = toCents(value);
  if (cents === null) {
    return { ok: false, message: decimalPlaces(value) > 2 ? "Enter an amount with at most 2 decimals (whole cents)." : "This amount is too large." };
  }
  return { ok: true, value: negatives === 1 && cents !== 0 ? -cents : cents };
}

/** A number cell → a number; a trailing "%" is allowed, as in "80%", and read as 80. */
export function readNumberCell(raw: string, decimal: Decimal): CellRead<number> {
  const value = readDecimal(raw.trim().replace(/\s*%$/, ""), separatorsOf(decimal));
  if (!value) return { ok: false, message: `Enter a number written like ${EXAMPLE[decimal]} (this file's decimal separator is a ${decimal}).` };
  return { ok: true, value: Number(canonical(value)) };
}
