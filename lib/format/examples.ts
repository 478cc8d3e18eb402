import { formatDate, formatNumber } from "./index";
import { LOCALE_NAMES, LOCALES, type Locale } from "./locales";

/** "Deutsch (Deutschland) — 1.234,56 · 09.05.2027": a locale as a choice, with how it writes a number and a date. */
export const localeExample = (locale: Locale): string => `${LOCALE_NAMES[locale]} — ${formatNumber(1234.56, locale, 2)} · ${formatDate("2027-05-09", locale)}`;

export const localeOptions = (): { value: Locale; label: string }[] => LOCALES.map((locale) => ({ value: locale, label: localeExample(locale) }));
