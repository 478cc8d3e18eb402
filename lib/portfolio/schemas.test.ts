import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/format/locales";
import { eachLocale, formatsIn as formats, NUMBER_MESSAGE as NUMBER } from "@/test/locale-cases";
import { parseMoney, technologySchema } from "./schemas";

const TOO_LARGE: Record<Locale, string> = {
  "en-US": "Amounts can be at most 1,000,000,000,000.",
  "en-GB": "Amounts can be at most 1,000,000,000,000.",
  "de-DE": "Amounts can be at most 1.000.000.000.000.",
  "fr-FR": "Amounts can be at most 1\u202f000\u202f000\u202f000\u202f000.",
  "nl-NL": "Amounts can be at most 1.000.000.000.000.",
};
const DECIMALS = "Use at most 2 decimal places.";
const NEGATIVE = "Amounts can't be negative.";

// [typed, en-US, en-GB, de-DE, fr-FR, nl-NL]: cents, "!" for the locale's number message, or the exact message.
// Read with the workspace's currency (EUR), whose symbol or code may come with the amount.
const MONEY: [string, ...(number | string)[]][] = [
  // valid, read by the locale
  ["1234.56", 123456, 123456, "!", "!", "!"],
  ["1234,56", "!", "!", 123456, 123456, 123456],
  ["1,234.56", 123456, 123456, "!", "!", "!"],
  ["1.234,56", "!", "!", 123456, "!", 123456],
  ["1 234,56", "!", "!", "!", 123456, "!"],
  ["1\u202f234,56", "!", "!", "!", 123456, "!"],
  ["1,234,567", 123456700, 123456700, "!", "!", "!"],
  ["1.234.567", "!", "!", 123456700, "!", 123456700],
  ["0,1", "!", "!", 10, 10, 10],
  ["12,5", "!", "!", 1250, 1250, 1250],
  ["  99  ", 9900, 9900, 9900, 9900, 9900],
  ["1.234,56 €", "!", "!", 123456, "!", 123456],
  ["1 234,56 €", "!", "!", "!", 123456, "!"],
  ["€1,234.56", 123456, 123456, "!", "!", "!"],
  ["EUR 1234,56", "!", "!", 123456, 123456, 123456],
  // the same text, two amounts: read by the locale, never mixed up
  ["1,234", 123400, 123400, DECIMALS, DECIMALS, DECIMALS],
  ["1.234", DECIMALS, DECIMALS, 123400, "!", 123400],
  // malformed or ambiguous for the locale: refused, never reinterpreted
  ["1,234,5", "!", "!", "!", "!", "!"],
  ["1.234.5", "!", "!", "!", "!", "!"],
  ["12,34,567", "!", "!", "!", "!", "!"],
  ["1.234,567.8", "!", "!", "!", "!", "!"],
  ["1 234.56", "!", "!", "!", "!", "!"],
  ["12.", "!", "!", "!", "!", "!"],
  ["1e5", "!", "!", "!", "!", "!"],
  ["abc", "!", "!", "!", "!", "!"],
  ["$12", "!", "!", "!", "!", "!"],
  // the other rules keep their messages, with locale-correct examples
  ["", "Enter an amount.", "Enter an amount.", "Enter an amount.", "Enter an amount.", "Enter an amount."],
  ["€", "Enter an amount.", "Enter an amount.", "Enter an amount.", "Enter an amount.", "Enter an amount."],
  ["-5", NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE],
  ["-5,5", "!", "!", NEGATIVE, NEGATIVE, NEGATIVE],
  ["1,125", 112500, 112500, DECIMALS, DECIMALS, DECIMALS],
  ["2000000000000", "en-US", "en-GB", "de-DE", "fr-FR", "nl-NL"].map((v, i) => (i === 0 ? v : TOO_LARGE[v as Locale])) as [string, ...string[]],
  ["1000000000000,01", "!", "!", TOO_LARGE["de-DE"], TOO_LARGE["fr-FR"], TOO_LARGE["nl-NL"]],
  ["1000000000000", 100_000_000_000_000, 100_000_000_000_000, 100_000_000_000_000, 100_000_000_000_000, 100_000_000_000_000],
];

const want = (w: number | string, locale: Locale) => (typeof w === "number" ? { cents: w } : { error: w === "!" ? NUMBER[locale] : w });

describe("parseMoney: an amount typed in the technology form, read by the workspace's locale", () => {
  eachLocale(MONEY, parseMoney, want);

  it("takes a JSON number as the machine number it is, in every locale", () => {
    for (const locale of LOCALES) {
      expect(parseMoney(1234.56, formats(locale))).toEqual({ cents: 123456 });
      expect(parseMoney(0.1, formats(locale))).toEqual({ cents: 10 });
      expect(parseMoney(1e21, formats(locale))).toEqual({ error: TOO_LARGE[locale] });
      expect(parseMoney(Number.POSITIVE_INFINITY, formats(locale))).toEqual({ error: NUMBER[locale] });
      expect(parseMoney(true, formats(locale))).toEqual({ error: NUMBER[locale] });
    }
  });

  it("read by a locale alone, leaves a currency symbol as text that is no number", () => {
    expect(parseMoney("1.234,56", "de-DE")).toEqual({ cents: 123456 });
    expect(parseMoney("1.234,56 €", "de-DE")).toEqual({ error: NUMBER["de-DE"] });
  });
});

describe("technologySchema: every number of the form read by the locale", () => {
  const row = {
    name: "Kassensystem",
    category: "crm",
    valueChainActivity: "operations",
    status: "live",
    usefulLifeMonths: "36",
    costs: [{ category: "subscription", kind: "recurring", frequency: "monthly", amount: "1.234,56", startMonth: "2026-01", noticeDays: "60", annualUpliftPct: "3,5" }],
    benefits: [
      { category: "labour_savings", kind: "recurring", frequency: "monthly", startMonth: "2026-01", confidencePct: "87,5", calculator: { type: "labour", hoursPerMonth: "12,5", hourlyRate: "40,10" } },
      { category: "risk_reduction", kind: "recurring", frequency: "annual", startMonth: "2026-01", calculator: { type: "risk", probabilityPct: "2,5", impact: "50.000" } },
    ],
    factors: [
      { name: "Fit", weight: "33,33", score: "4" },
      { name: "Cost", weight: "33,33", score: "3" },
      { name: "Risk", weight: "33,34", score: "2" },
    ],
  };

  it("de-DE: decimals after a comma, thousands with points", () => {
    const parsed = technologySchema(formats("de-DE")).parse(row);
    expect(parsed.costs[0]).toMatchObject({ amountCents: 123456, noticeDays: 60, annualUpliftPct: 3.5 });
    expect(parsed.benefits[0]).toMatchObject({ amountCents: 50125, confidence: 0.875, calculator: { type: "labour", hoursPerMonth: 12.5, hourlyRateCents: 4010 } });
    expect(parsed.benefits[1]).toMatchObject({ amountCents: 125000, calculator: { type: "risk", probability: 0.025, impactCents: 5_000_000 } });
    expect(parsed.factors.map((f) => f.weight)).toEqual([33.33, 33.33, 33.34]);
  });

  it("en-US: the same text is refused field by field, with the locale's message and nothing reinterpreted", () => {
    const result = technologySchema(formats("en-US")).safeParse(row);
    expect(result.success).toBe(false);
    const errors = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(errors).toMatchObject({
      "costs.0.amount": NUMBER["en-US"],
      "costs.0.annualUpliftPct": NUMBER["en-US"],
      "benefits.0.confidencePct": NUMBER["en-US"],
      "benefits.0.calculator.hoursPerMonth": NUMBER["en-US"],
      "benefits.0.calculator.hourlyRate": NUMBER["en-US"],
      "benefits.1.calculator.probabilityPct": NUMBER["en-US"],
      "factors.0.weight": NUMBER["en-US"],
    });
    // "50.000" is fifty in en-US (fifty thousand in de-DE): a text each locale reads its own way.
    expect(errors["benefits.1.calculator.impact"]).toBeUndefined();
  });

  it("words a missing number by its field, and leaves optional ones out", () => {
    const { usefulLifeMonths: _, ...withoutLife } = row;
    const result = technologySchema(formats("de-DE")).safeParse({ ...withoutLife, costs: [{ ...row.costs[0], noticeDays: undefined, annualUpliftPct: "" }] });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["usefulLifeMonths", "Enter the useful life as a whole number."]]);
    const ok = technologySchema(formats("de-DE")).parse({ ...row, costs: [{ category: "licence", kind: "one_time", amount: "5", startMonth: "2026-01" }] });
    expect(ok.costs[0]).toMatchObject({ amountCents: 500, noticeDays: null, annualUpliftPct: null });
  });

  it("writes the limits of a number field the locale's way", () => {
    const result = technologySchema(formats("de-DE")).safeParse({ ...row, costs: [], benefits: [{ ...row.benefits[0], calculator: { type: "labour", hoursPerMonth: "100.001", hourlyRate: "1" } }] });
    expect(result.error?.issues.map((i) => i.message)).toContain("Hours per month must be at most 100.000.");
  });
});
