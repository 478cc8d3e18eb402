import { expect, it } from "vitest";
import { LOCALES, type Formats, type Locale } from "@/lib/format/locales";

/** What a workspace is told when a typed text is no number the way its locale writes numbers. */
export const NUMBER_MESSAGE: Record<Locale, string> = {
  "en-US": "Enter a number written like 1,234.56 (“.” before the decimals).",
  "en-GB": "Enter a number written like 1,234.56 (“.” before the decimals).",
  "de-DE": "Enter a number written like 1.234,56 (“,” before the decimals).",
  "fr-FR": "Enter a number written like 1\u202f234,56 (“,” before the decimals).",
  "nl-NL": "Enter a number written like 1.234,56 (“,” before the decimals).",
};

/** A workspace of `locale` counting in euros. */
export const formatsIn = (locale: Locale): Formats => ({ locale, currency: "EUR" });

/**
 * One test per locale for each row `[typed, want for en-US, en-GB, de-DE, fr-FR, nl-NL]` (the order of
 * LOCALES): `read(typed, formats)` must equal `expected(want, locale)`.
 */
export function eachLocale<T, W, R>(rows: readonly (readonly [T, ...W[]])[], read: (typed: T, formats: Formats) => R, expected: (want: W, locale: Locale) => R) {
  for (const [typed, ...wants] of rows) {
    LOCALES.forEach((locale, i) => {
      const reading = expected(wants[i], locale);
      it(`${locale}: ${JSON.stringify(typed)} → ${JSON.stringify(reading)}`, () => expect(read(typed, formatsIn(locale))).toEqual(reading));
    });
  }
}
