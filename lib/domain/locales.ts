/**
 * The locales a workspace can choose. A locale sets how numbers, money and dates are shown and how typed
 * numbers are read (lib/format); the workspace's currency is separate (a Dutch shop may count in USD).
 */
export const LOCALES = ["en-US", "en-GB", "de-DE", "fr-FR", "nl-NL"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en-US";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);
