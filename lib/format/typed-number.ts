/**
 * Numbers as server actions receive them: text typed in a form, read the way the workspace's locale writes
 * numbers (`lib/format/parse.ts`), or a JS number from a JSON payload, which is a machine number already.
 * Text that is malformed or ambiguous for the locale is refused with the locale's message, never guessed at.
 */
import { z } from "zod";
import type { Formats, Locale } from "@/lib/format/locales";
import { canonical, MACHINE, numberMessage, readDecimal, readNumber, stripCurrency, type Decimal, type Read } from "@/lib/format/parse";

/** How a schema reads typed numbers: by a locale, or by a workspace's locale and currency (amounts may carry its symbol). */
export type Reading = Locale | Formats;

export const localeOf = (reading: Reading): Locale => (typeof reading === "string" ? reading : reading.locale);

/** Blank form text, or nothing at all: "not given". */
export const isBlank = (raw: unknown): boolean => raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");

/** "1.5e-7" → "0.00000015", "1e+21" → "1000000000000000000000": a JS number's shortest decimal text without an exponent. */
export function numberText(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = "", exp] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * One raw value → its decimal; null when blank. Text is read the locale's way; a finite JS number (a JSON
 * payload) as the machine number it is. Anything else is refused with the locale's message.
 */
export function readValue(raw: unknown, locale: Locale): Read<Decimal> | null {
  if (isBlank(raw)) return null;
  if (typeof raw === "string") return readNumber(raw, locale);
  if (typeof raw === "number" && Number.isFinite(raw)) {
    const value = readDecimal(numberText(raw), MACHINE);
    if (value) return { ok: true, value };
  }
  return { ok: false, error: numberMessage(locale) };
}

/** An amount as typed: the workspace currency's symbol or code around it is dropped when the currency is known. */
export function withoutCurrency(raw: unknown, reading: Reading): unknown {
  return typeof raw === "string" && typeof reading !== "string" ? stripCurrency(raw, reading) : raw;
}

/**
 * A typed number → a JS number for the zod checks piped after it (`typedNumber(locale).pipe(z.number()…)`);
 * blank → undefined, so the checks after it word "missing" their own way.
 */
export function typedNumber(locale: Locale) {
  const read = z.unknown().transform((raw, ctx): number | undefined => {
    const value = readValue(raw, locale);
    if (value === null) return undefined;
    if (!value.ok) {
      ctx.addIssue({ code: "custom", message: value.error });
      return z.NEVER;
    }
    return Number(canonical(value.value));
  });
  // Wrapped in a preprocess so a missing key reaches the checks after it (zod refuses an absent key whose
  // transform answers undefined with its own "expected nonoptional").
  return z.preprocess((raw) => raw, read);
}
