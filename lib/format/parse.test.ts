import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatMoney } from "./index";
import { LOCALES, type Locale } from "./locales";
import { canonical, centsInput, numberMessage, readNumber, stripCurrency, toCents } from "./parse";

const read = (raw: string, locale: Locale) => {
  const result = readNumber(raw, locale);
  return result.ok ? canonical(result.value) : result.error;
};

const MESSAGES: Record<Locale, string> = {
  "en-US": "Enter a number written like 1,234.56 (“.” before the decimals).",
  "en-GB": "Enter a number written like 1,234.56 (“.” before the decimals).",
  "de-DE": "Enter a number written like 1.234,56 (“,” before the decimals).",
  "fr-FR": "Enter a number written like 1\u202f234,56 (“,” before the decimals).",
  "nl-NL": "Enter a number written like 1.234,56 (“,” before the decimals).",
};

// [typed, en-US, en-GB, de-DE, fr-FR, nl-NL]; "!" means refused with the locale's message.
const TABLE: [string, ...string[]][] = [
  // valid
  ["1234.56", "1234.56", "1234.56", "!", "!", "!"],
  ["1234,56", "!", "!", "1234.56", "1234.56", "1234.56"],
  ["1,234.56", "1234.56", "1234.56", "!", "!", "!"],
  ["1.234,56", "!", "!", "1234.56", "!", "1234.56"],
  ["1 234,56", "!", "!", "!", "1234.56", "!"],
  ["1\u202f234,56", "!", "!", "!", "1234.56", "!"],
  ["1\u00a0234\u00a0567", "!", "!", "!", "1234567", "!"],
  ["1,234,567", "1234567", "1234567", "!", "!", "!"],
  ["1.234.567", "!", "!", "1234567", "!", "1234567"],
  ["-8,5", "!", "!", "-8.5", "-8.5", "-8.5"],
  ["−0.25", "-0.25", "-0.25", "!", "!", "!"],
  ["  42  ", "42", "42", "42", "42", "42"],
  ["007", "7", "7", "7", "7", "7"],
  [",5", "!", "!", "0.5", "0.5", "0.5"],
  // read by the locale: the same text, two numbers, never mixed up
  ["1,234", "1234", "1234", "1.234", "1.234", "1.234"],
  ["1.234", "1.234", "1.234", "1234", "!", "1234"],
  // malformed or ambiguous for every locale
  ["1,234,5", "!", "!", "!", "!", "!"],
  ["1.234.5", "!", "!", "!", "!", "!"],
  ["1,2345", "!", "!", "1.2345", "1.2345", "1.2345"],
  ["12,34,567", "!", "!", "!", "!", "!"],
  ["1.234,567.8", "!", "!", "!", "!", "!"],
  ["1,234.567,8", "!", "!", "!", "!", "!"],
  ["1 234.56", "!", "!", "!", "!", "!"],
  ["12.", "!", "!", "!", "!", "!"],
  ["0,125", "!", "!", "0.125", "0.125", "0.125"],
  ["0.125", "0.125", "0.125", "!", "!", "!"],
  ["abc", "!", "!", "!", "!", "!"],
  ["1e3", "!", "!", "!", "!", "!"],
  ["--1", "!", "!", "!", "!", "!"],
  ["", "!", "!", "!", "!", "!"],
];

describe("readNumber: every locale reads a text one way or refuses it", () => {
  for (const [typed, ...expected] of TABLE) {
    LOCALES.forEach((locale, i) => {
      const want = expected[i] === "!" ? MESSAGES[locale] : expected[i];
      it(`${locale}: ${JSON.stringify(typed)} → ${want}`, () => expect(read(typed, locale)).toBe(want));
    });
  }

  it("says how the locale writes numbers", () => {
    for (const locale of LOCALES) expect(numberMessage(locale)).toBe(MESSAGES[locale]);
  });
});

describe("toCents", () => {
  it.each([
    ["1234.56", 123456],
    ["0.1", 10],
    ["12.50", 1250],
    ["-3.05", -305],
    ["-0", 0],
    ["1.005", null],
    ["99999999999999999", null],
  ])("%s → %s", (text, cents) => {
    const result = readNumber(text, "en-US");
    expect(result.ok && toCents(result.value)).toBe(cents);
  });
});

describe("stripCurrency", () => {
  it.each([
    ["1.234,56 €", "de-DE", "EUR", "1.234,56"],
    ["€1,234.56", "en-GB", "EUR", "1,234.56"],
    ["-$12", "en-US", "USD", "-12"],
    ["EUR 5", "nl-NL", "EUR", "5"],
    ["£5", "de-DE", "EUR", "£5"],
  ] as const)("%s in %s (%s) → %s", (typed, locale, currency, text) => expect(stripCurrency(typed, { locale, currency })).toBe(text));
});

describe("formatting then reading gives the value back exactly", () => {
  const cents = fc.integer({ min: -100_000_000_000_00, max: 100_000_000_000_00 });
  const locale = fc.constantFrom(...LOCALES);
  const currency = fc.constantFrom("USD", "EUR", "GBP", "CHF");

  it("for money shown with its cents, in any locale and currency (property)", () => {
    fc.assert(
      fc.property(cents, locale, currency, (value, loc, cur) => {
        const shown = formatMoney(value, { locale: loc, currency: cur }, { showCents: true });
        const result = readNumber(stripCurrency(shown, { locale: loc, currency: cur }), loc);
        expect(result.ok && toCents(result.value)).toBe(value);
      }),
    );
  });

  it("for the text a form shows for editing (property)", () => {
    fc.assert(
      fc.property(cents, locale, (value, loc) => {
        const result = readNumber(centsInput(value, loc), loc);
        expect(result.ok && toCents(result.value)).toBe(value);
      }),
    );
  });
});
