/**
 * The one place figures become text: money, percentages, numbers and dates, in the workspace's locale,
 * on `Intl`. Pages and components format through these functions only; files (CSV, JSON) are written in
 * machine format instead (`lib/format/machine.ts`).
 */
import type { Formats, Locale } from "./locales";

export { DEFAULT_LOCALE, isLocale, type Formats, type Locale } from "./locales";

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}
const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions) =>
  cached(`n:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) =>
  cached(`d:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" }));

/** Integer cents → "$12,345" / "12.345 €" (whole units; cents when asked). */
export function formatMoney(cents: number, { locale, currency }: Formats, { showCents = false } = {}): string {
  const digits = showCents ? 2 : 0;
  return numberFormat(locale, { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 100);
}

/** "$", "€", "US$", "CHF"…: how the locale writes the currency's symbol (beside an amount field, say). */
export function currencySymbol({ locale, currency }: Formats): string {
  return numberFormat(locale, { style: "currency", currency }).formatToParts(0).find((p) => p.type === "currency")?.value ?? currency;
}

/** An amount as it was entered: cents shown only when there are any ("1.234,56 €", "99 €"). */
export const formatAmount = (cents: number, formats: Formats): string => formatMoney(cents, formats, { showCents: cents % 100 !== 0 });

/** A plain number: `decimals` fixes the digits after the separator; without it, up to 2 as needed. */
export function formatNumber(value: number, locale: Locale, decimals?: number | { min?: number; max: number }): string {
  const [min, max] = decimals === undefined ? [0, 2] : typeof decimals === "number" ? [decimals, decimals] : [decimals.min ?? 0, decimals.max];
  return numberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
}

/** Beyond ±1,000% a rate says nothing more a reader can use, so it is shown as a bound. */
const PERCENT_CAP = 10;

/**
 * A ratio as a percentage, one decimal unless told: 0.1234 → "12.3%" / "12,3 %"; 123 → "> 1,000%" (PERCENT_CAP).
 * `{ max }` shows only the decimals the value needs, up to max: 0.6 → "60%", 0.855 → "85.5%".
 */
export function formatPercent(ratio: number, locale: Locale, decimals: number | { max: number } = 1): string {
  const [min, max] = typeof decimals === "number" ? [decimals, decimals] : [0, decimals.max];
  const format = numberFormat(locale, { style: "percent", minimumFractionDigits: min, maximumFractionDigits: max });
  if (ratio > PERCENT_CAP) return `> ${numberFormat(locale, { style: "percent" }).format(PERCENT_CAP)}`;
  if (ratio < -PERCENT_CAP) return `< ${numberFormat(locale, { style: "percent" }).format(-PERCENT_CAP)}`;
  return format.format(ratio);
}

/** Percentage points, for a change of a ratio: 0.015 → "1.5 pts". */
export function formatPoints(ratioChange: number, locale: Locale, decimals = 1): string {
  const points = Math.abs(ratioChange) * 100;
  return `${points > 1000 ? `> ${formatNumber(1000, locale, 0)}` : formatNumber(points, locale, decimals)} pts`;
}

const MINUS = "−";
/** The sign a change is written with: "+", "−" or "±" for none. */
export const signOf = (change: number): string => (change > 0 ? "+" : change < 0 ? MINUS : "±");

const toDate = (date: string | Date): Date => (typeof date === "string" ? new Date(date.length <= 10 ? `${date.slice(0, 10)}T00:00:00Z` : date) : date);

/** The locale's one date format: "May 9, 2027", "9 May 2027", "09.05.2027", "9 mai 2027", "9 mei 2027". */
export function formatDate(date: string | Date, locale: Locale): string {
  return dateFormat(locale, { dateStyle: "medium" }).format(toDate(date));
}

/** A moment, in UTC: "May 9, 2027, 10:00 AM UTC", "09.05.2027, 10:00 UTC". */
export function formatDateTime(date: string | Date, locale: Locale): string {
  return `${dateFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(toDate(date))} UTC`;
}

/** 'YYYY-MM' → "Mar 2026" / "März 2026"; `long` → "March 2026". */
export function formatMonth(month: string, locale: Locale, { long = false } = {}): string {
  const [year, m] = month.split("-").map(Number);
  return dateFormat(locale, { month: long ? "long" : "short", year: "numeric" }).format(new Date(Date.UTC(year, m - 1, 1)));
}

export function humanize(value: string): string {
  const text = value.replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
