import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/format/locales";
import { eachLocale, formatsIn as formats, NUMBER_MESSAGE as NUMBER } from "@/test/locale-cases";
import { budgetSchema, parseBudget } from "./schemas";

const TOO_LARGE: Record<Locale, string> = {
  "en-US": "That budget is too large: enter at most 1,000,000,000.",
  "en-GB": "That budget is too large: enter at most 1,000,000,000.",
  "de-DE": "That budget is too large: enter at most 1.000.000.000.",
  "fr-FR": "That budget is too large: enter at most 1\u202f000\u202f000\u202f000.",
  "nl-NL": "That budget is too large: enter at most 1.000.000.000.",
};
const BLANK = "Enter a budget.";
const NEGATIVE = "The budget can't be negative.";
const DECIMALS = "Use at most 2 decimal places.";
const ALL = (w: number | string) => [w, w, w, w, w] as const;

// [typed, en-US, en-GB, de-DE, fr-FR, nl-NL]: cents, "!" for the locale's number message, "big" for the
// locale's too-large message, or the exact message. Read with the workspace's currency (EUR).
const BUDGET: [string, ...(number | string)[]][] = [
  // valid, read by the locale
  ["5000", ...ALL(5_000_00)],
  ["5,000.50", 5_000_50, 5_000_50, "!", "!", "!"],
  ["5.000,50", "!", "!", 5_000_50, "!", 5_000_50],
  ["5\u202f000,50", "!", "!", "!", 5_000_50, "!"],
  ["5 000", "!", "!", "!", 5_000_00, "!"],
  ["12,5", "!", "!", 12_50, 12_50, 12_50],
  ["€12,000", 12_000_00, 12_000_00, 12_00, 12_00, 12_00],
  ["12.000 €", 12_00, 12_00, 12_000_00, "!", 12_000_00],
  ["€ 12.000", 12_00, 12_00, 12_000_00, "!", 12_000_00],
  ["EUR 750,5", "!", "!", 750_50, 750_50, 750_50],
  ["0", ...ALL(0)],
  ["1000000000", ...ALL(100_000_000_000)],
  // the same text, two budgets: read by the locale (trailing zeros after the decimal separator count for nothing)
  ["5,000", 5_000_00, 5_000_00, 5_00, 5_00, 5_00],
  ["5.000", 5_00, 5_00, 5_000_00, "!", 5_000_00],
  // malformed or ambiguous for the locale: refused, never reinterpreted
  ["1,234,5", ...ALL("!")],
  ["1.234.5", ...ALL("!")],
  ["12,34,567", ...ALL("!")],
  ["5.000,00.5", ...ALL("!")],
  ["1e6", ...ALL("!")],
  ["lots", ...ALL("!")],
  ["$5,000", ...ALL("!")],
  ["£50", ...ALL("!")],
  // the other rules keep their messages, with locale-correct examples
  ["", ...ALL(BLANK)],
  ["  ", ...ALL(BLANK)],
  ["-100", ...ALL(NEGATIVE)],
  ["-€100", NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE, NEGATIVE],
  ["-100,5", "!", "!", NEGATIVE, NEGATIVE, NEGATIVE],
  ["12.345", DECIMALS, DECIMALS, 12_345_00, "!", 12_345_00],
  ["12,345", 12_345_00, 12_345_00, DECIMALS, DECIMALS, DECIMALS],
  ["1000000000.01", "big", "big", "!", "!", "!"],
  ["1000000000,01", "!", "!", "big", "big", "big"],
  ["9".repeat(30), ...ALL("big")],
];

const want = (w: number | string, locale: Locale) =>
  typeof w === "number" ? { cents: w } : { error: w === "!" ? NUMBER[locale] : w === "big" ? TOO_LARGE[locale] : w };

describe("parseBudget: the budget box, read by the workspace's locale", () => {
  eachLocale(BUDGET, parseBudget, want);

  it("takes a JSON number as the machine number it is, in every locale", () => {
    for (const locale of LOCALES) {
      expect(parseBudget(5000.5, formats(locale))).toEqual({ cents: 5_000_50 });
      expect(parseBudget(1e21, formats(locale))).toEqual({ error: TOO_LARGE[locale] });
      expect(parseBudget(Number.NaN, formats(locale))).toEqual({ error: NUMBER[locale] });
    }
  });

  it("a workspace counting in USD takes its own symbol, not another currency's", () => {
    expect(parseBudget("$5,000", { locale: "en-US", currency: "USD" })).toEqual({ cents: 5_000_00 });
    expect(parseBudget("5.000 $", { locale: "de-DE", currency: "USD" })).toEqual({ cents: 5_000_00 });
    expect(parseBudget("€5,000", { locale: "en-US", currency: "USD" })).toEqual({ error: NUMBER["en-US"] });
  });

  it("the schema answers in the locale too", () => {
    expect(budgetSchema(formats("de-DE")).safeParse({ budget: "5.000,50", objective: "npv" })).toMatchObject({ success: true, data: { budget: 5_000_50 } });
    const refused = budgetSchema(formats("fr-FR")).safeParse({ budget: "5.000,50", objective: "npv" });
    expect(refused.error?.issues).toMatchObject([{ path: ["budget"], message: NUMBER["fr-FR"] }]);
  });
});
