import type { Locale } from "@/lib/domain/locales";

export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "@/lib/domain/locales";

export const LOCALE_NAMES: Record<Locale, string> = {
  "en-US": "English (United States)",
  "en-GB": "English (United Kingdom)",
  "de-DE": "Deutsch (Deutschland)",
  "fr-FR": "Français (France)",
  "nl-NL": "Nederlands (Nederland)",
};

/** What every figure on a workspace's pages is written with: plain data, so it crosses to client components. */
export type Formats = { locale: Locale; currency: string };

/**
 * How a locale writes a number: the decimal separator and the thousands separators it accepts when
 * reading. French prints a narrow no-break space; a typed plain or no-break space means the same.
 */
export const SEPARATORS: Record<Locale, { decimal: "." | ","; groups: readonly string[] }> = {
  "en-US": { decimal: ".", groups: [","] },
  "en-GB": { decimal: ".", groups: [","] },
  "de-DE": { decimal: ",", groups: ["."] },
  "fr-FR": { decimal: ",", groups: ["\u202f", "\u00a0", " "] },
  "nl-NL": { decimal: ",", groups: ["."] },
};
