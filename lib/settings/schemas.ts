import { z } from "zod";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";
import { sizeBands } from "@/lib/domain/values";
import { LOCALES, type Locale } from "@/lib/format/locales";
import { canonical, inputText, readNumber } from "@/lib/format/parse";

/** The currencies offered first; any other ISO 4217 code the runtime knows is accepted too. */
export const commonCurrencies = [
  "USD", "EUR", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON",
  "JPY", "CNY", "HKD", "SGD", "INR", "KRW", "ZAR", "BRL", "MXN", "AED", "ILS", "TRY",
] as const;

/** Stored as snake_case like the seed's; a workspace's own wording is kept and offered back as an option. */
export const commonIndustries = [
  "retail",
  "ecommerce",
  "hospitality",
  "food_beverage",
  "manufacturing",
  "construction",
  "professional_services",
  "healthcare",
  "education",
  "logistics",
  "real_estate",
  "financial_services",
  "technology",
  "creative_media",
  "agriculture",
  "nonprofit",
  "other",
] as const;

export const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

export const MAX_DISCOUNT_PERCENT = 50;

const knownCurrencies: ReadonlySet<string> = new Set<string>([
  ...commonCurrencies,
  ...(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []),
]);

const blank = (v: unknown) => (v === null || (typeof v === "string" && v.trim() === "") ? undefined : v);
const str = (v: unknown) => (v === undefined || v === null ? "" : typeof v === "number" ? String(v) : v);
/** "8", " 7.5 %" (en) or "7,5 %" (de) → a number of percent, read by the workspace's locale; anything else is left for zod to refuse. */
const percentIn = (locale: Locale) => (v: unknown) => {
  if (typeof v !== "string") return blank(v);
  const text = v.trim().replace(/\s*%$/, "");
  if (text === "") return undefined;
  const read = readNumber(text, locale);
  return read.ok ? Number(canonical(read.value)) : text;
};

export const NAME_MESSAGE = "Enter the workspace's name (at most 120 characters).";
export const INDUSTRY_MESSAGE = "Choose an industry (at most 80 characters).";
export const SIZE_BAND_MESSAGE = "Choose a size band.";
export const EMPLOYEES_MESSAGE = "Enter the number of employees as a whole number from 1 to 10,000,000, or leave it empty.";
export const CURRENCY_MESSAGE = "Choose a currency: a three-letter ISO 4217 code such as EUR.";
export const DISCOUNT_RATE_MESSAGE = `Enter the discount rate as a percent from 0 to ${MAX_DISCOUNT_PERCENT}, e.g. 8.`;
export const LOCALE_MESSAGE = "Choose how numbers and dates are written.";
export const FISCAL_MONTH_MESSAGE = "Choose the month your fiscal year starts.";

/** The settings form, reading the discount rate the way the workspace's locale (as the form showed it) writes numbers. */
export const workspaceSettingsSchema = (locale: Locale) =>
  z.object({
    name: z.preprocess(str, z.string().trim().min(1, NAME_MESSAGE).max(120, NAME_MESSAGE).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
    industry: z.preprocess(str, z.string().trim().min(1, INDUSTRY_MESSAGE).max(80, INDUSTRY_MESSAGE).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE)),
    sizeBand: z.enum(sizeBands, { error: SIZE_BAND_MESSAGE }),
    employees: z.preprocess(blank, z.coerce.number({ error: EMPLOYEES_MESSAGE }).int(EMPLOYEES_MESSAGE).min(1, EMPLOYEES_MESSAGE).max(10_000_000, EMPLOYEES_MESSAGE).nullable().default(null)),
    // Stored upper-case: the database's check and Intl's formatters both want "EUR", people may type "eur".
    currency: z.preprocess(
      (v) => (typeof v === "string" ? v.trim().toUpperCase() : v),
      z.string({ error: CURRENCY_MESSAGE }).refine((v) => /^[A-Z]{3}$/.test(v) && knownCurrencies.has(v), CURRENCY_MESSAGE),
    ),
    // Entered as a percent (8 → 0.08); stored to the column's five decimals, i.e. a thousandth of a percent.
    discountRate: z.preprocess(
      percentIn(locale),
      z
        .number({ error: DISCOUNT_RATE_MESSAGE })
        .min(0, DISCOUNT_RATE_MESSAGE)
        .max(MAX_DISCOUNT_PERCENT, DISCOUNT_RATE_MESSAGE)
        .transform((p) => (Math.round(p * 1000) / 100_000).toFixed(5)),
    ),
    fiscalYearStartMonth: z.preprocess(blank, z.coerce.number({ error: FISCAL_MONTH_MESSAGE }).int(FISCAL_MONTH_MESSAGE).min(1, FISCAL_MONTH_MESSAGE).max(12, FISCAL_MONTH_MESSAGE)),
    locale: z.enum(LOCALES, { error: LOCALE_MESSAGE }),
  });


/** A stored rate ("0.08000") as the percent the form shows: "8", "7.5" / "7,5". */
export function ratePercent(rate: string | number, locale: Locale): string {
  return inputText(String(Math.round(Number(rate) * 100_000) / 1000), locale);
}

/** Size bands as people recognise them (the EU's SME head counts). */
export const sizeBandLabels: Record<(typeof sizeBands)[number], string> = {
  micro: "Micro (under 10 people)",
  small: "Small (10–49 people)",
  medium: "Medium (50–249 people)",
  large: "Large (250+ people)",
};
