/**
 * Typed numbers, read the way the workspace's locale writes them, without going through a float.
 * A text is read one way or refused: "1.234,56" in de-DE is 1234.56; "1,234,5" is nothing in any locale,
 * and "12,5" in en-US is refused rather than taken as 125 or 12.5.
 */
import { formatNumber } from "./index";
import { SEPARATORS, type Formats, type Locale } from "./locales";

/** A number as its decimal digits: exact, however many digits it has. */
export type Decimal = { negative: boolean; whole: string; fraction: string };
export type Separators = { decimal: "." | ","; groups: readonly string[] };
export type Read<T> = { ok: true; value: T } | { ok: false; error: string };

/** The machine's way: a point before the decimals, no thousands separators ("1234.56"): files and the API. */
export const MACHINE: Separators = { decimal: ".", groups: [] };

const quote = (s: string) => (s === "\u202f" || s === "\u00a0" || s === " " ? "a space" : `“${s}”`);

/** "Enter a number written like 1.234,56 (“,” before the decimals)." */
export function numberMessage(locale: Locale): string {
  return `Enter a number written like ${formatNumber(1234.56, locale, 2)} (${quote(SEPARATORS[locale].decimal)} before the decimals).`;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Reads `raw` with the given separators; null when it is not a number written that way. */
export function readDecimal(raw: string, { decimal, groups }: Separators): Decimal | null {
  const text = raw.trim();
  const sign = /^[-−+]/.exec(text)?.[0] ?? "";
  const body = text.slice(sign.length);
  const [whole, fraction = "", ...more] = body.split(decimal);
  if (more.length > 0 || (body.includes(decimal) && !/^\d+$/.test(fraction))) return null;
  let digits: string | null = null;
  if (/^\d+$/.test(whole)) digits = whole;
  else if (whole === "" && fraction !== "") digits = "0";
  else {
    // Thousands separators only in their places, and one kind in a number: "1.234.567", never "1.23.4",
    // "1.234 567" or "0.125" (a leading zero group is no thousand).
    for (const group of groups) {
      if (new RegExp(`^[1-9]\\d{0,2}(${escape(group)}\\d{3})+$`).test(whole)) digits = whole.split(group).join("");
    }
  }
  if (digits === null) return null;
  return { negative: sign === "-" || sign === "−", whole: digits.replace(/^0+(?=\d)/, ""), fraction };
}

/** A typed number in the locale's way, or the locale's message. */
export function readNumber(raw: string, locale: Locale): Read<Decimal> {
  const value = readDecimal(raw, SEPARATORS[locale]);
  return value ? { ok: true, value } : { ok: false, error: numberMessage(locale) };
}

/** The decimal as canonical machine text, trailing zeros dropped: "-1234.5", "0". */
export function canonical({ negative, whole, fraction }: Decimal): string {
  const frac = fraction.replace(/0+$/, "");
  const text = frac ? `${whole}.${frac}` : whole;
  return text === "0" || !negative ? text : `-${text}`;
}

/** Significant decimal places: "12.50" has 1. */
export const decimalPlaces = ({ fraction }: Decimal): number => fraction.replace(/0+$/, "").length;

/** Integer cents of a decimal with at most 2 places; null when it has more or is beyond a safe integer. */
export function toCents(value: Decimal): number | null {
  if (decimalPlaces(value) > 2) return null;
  const cents = Number(value.whole) * 100 + Number(value.fraction.replace(/0+$/, "").padEnd(2, "0"));
  if (!Number.isSafeInteger(cents)) return null;
  return value.negative && cents !== 0 ? -cents : cents;
}

const symbolsOf = new Map<string, string[]>();
/** How an amount may carry its currency: "€", "EUR", "US$", "$"… as Intl writes them in the locale. */
function currencySymbols({ locale, currency }: Formats): string[] {
  const key = `${locale}:${currency}`;
  let symbols = symbolsOf.get(key);
  if (!symbols) {
    const displays = ["symbol", "narrowSymbol", "code"] as const;
    symbols = [
      ...new Set(
        displays.map((currencyDisplay) =>
          new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay }).formatToParts(1).find((p) => p.type === "currency")?.value ?? currency,
        ),
      ),
    ].sort((a, b) => b.length - a.length);
    symbolsOf.set(key, symbols);
  }
  return symbols;
}

/** Drops the workspace currency's symbol or code before or after the amount: "1.234,56 €" → "1.234,56". */
export function stripCurrency(raw: string, formats: Formats): string {
  let text = raw.trim();
  for (const symbol of currencySymbols(formats)) {
    if (text.startsWith(symbol)) text = text.slice(symbol.length).trim();
    else if (/^[-−]/.test(text) && text.slice(1).startsWith(symbol)) text = `${text[0]}${text.slice(1 + symbol.length).trim()}`;
    else if (text.endsWith(symbol)) text = text.slice(0, -symbol.length).trim();
    else continue;
    break;
  }
  return text;
}

/** A decimal as the form field shows it for editing, in the locale's way without thousands separators: "1234,56". */
export function inputText(machine: string, locale: Locale): string {
  return SEPARATORS[locale].decimal === "." ? machine : machine.replace(".", ",");
}

/** Integer cents → the amount as the form field shows it: 123456 → "1234.56" / "1234,56"; 1200 → "12". */
export function centsInput(cents: number, locale: Locale): string {
  const abs = Math.abs(cents);
  const rest = abs % 100;
  const text = `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}${rest === 0 ? "" : `.${String(rest).padStart(2, "0")}`}`;
  return inputText(text, locale);
}
