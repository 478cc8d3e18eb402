import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "@/lib/format/locales";
import { NUMBER_MESSAGE as NUMBER } from "@/test/locale-cases";
import { canonicalDecimal, checkBenchmark, parseKpiValue, type KpiUnit } from "./unit-rules";


describe("parseKpiValue", () => {
  it.each([
    ["percent", "", { blank: true }],
    ["percent", "  ", { blank: true }],
    ["percent", "100", { value: "100" }],
    ["score", "-100", { value: "-100" }],
    ["count", "1,200", { value: "1200" }],
    ["currency", "4.50", { value: "4.5" }],
    ["duration", "0.0001", { value: "0.0001" }],
    ["percent", "100.01", { error: "A percentage must be between 0 and 100." }],
    ["score", "-101", { error: "A score must be between −100 and 100." }],
    ["currency", "-1", { error: "An amount can't be negative." }],
    ["duration", "12345678901", { error: "That number is too large." }],
    ["count", "1e3", { error: NUMBER["en-US"] }],
  ] as const)("en-US: %s %j → %j", (unit, raw, expected) => {
    expect(parseKpiValue(raw, unit, "en-US")).toEqual(expected);
  });
});

// [unit, typed, en-US, en-GB, de-DE, fr-FR, nl-NL]: a digit or "-" starts a value as stored, "" is blank,
// "!" is the locale's number message, anything else the exact message.
const ENTRY: [KpiUnit, string, ...string[]][] = [
  // valid, read by the locale
  ["percent", "8,5", "!", "!", "8.5", "8.5", "8.5"],
  ["percent", "8.5", "8.5", "8.5", "!", "!", "!"],
  ["percent", " 87,50 ", "!", "!", "87.5", "87.5", "87.5"],
  ["score", "-12,5", "!", "!", "-12.5", "-12.5", "-12.5"],
  ["score", "−12.5", "-12.5", "-12.5", "!", "!", "!"],
  ["count", "1,234", "1234", "1234", "1.234", "1.234", "1.234"],
  ["count", "1.234", "1.234", "1.234", "1234", "!", "1234"],
  ["count", "1.234,5", "!", "!", "1234.5", "!", "1234.5"],
  ["count", "1,234.5", "1234.5", "1234.5", "!", "!", "!"],
  ["count", "1\u202f234,5", "!", "!", "!", "1234.5", "!"],
  ["count", "1 234", "!", "!", "!", "1234", "!"],
  ["currency", "4,50", "!", "!", "4.5", "4.5", "4.5"],
  ["duration", ",25", "!", "!", "0.25", "0.25", "0.25"],
  ["percent", "", "", "", "", "", ""],
  // malformed or ambiguous for the locale: refused, never guessed at
  ["count", "1,234,5", "!", "!", "!", "!", "!"],
  ["count", "1.234.5", "!", "!", "!", "!", "!"],
  ["count", "12,34,567", "!", "!", "!", "!", "!"],
  ["count", "1.234,567.8", "!", "!", "!", "!", "!"],
  ["percent", "12,5", "!", "!", "12.5", "12.5", "12.5"],
  ["percent", "12.", "!", "!", "!", "!", "!"],
  ["count", "1e3", "!", "!", "!", "!", "!"],
  ["count", "lots", "!", "!", "!", "!", "!"],
  ["percent", "8,5 %", "!", "!", "!", "!", "!"],
  // the unit's rules, after the locale has read the number
  ["percent", "100,01", "!", "!", "A percentage must be between 0 and 100.", "A percentage must be between 0 and 100.", "A percentage must be between 0 and 100."],
  ["currency", "4,505", "4505", "4505", "Use at most 2 decimal places for money.", "Use at most 2 decimal places for money.", "Use at most 2 decimal places for money."],
  ["currency", "-1,5", "!", "!", "An amount can't be negative.", "An amount can't be negative.", "An amount can't be negative."],
  ["duration", "0,00001", "!", "!", "Use at most 4 decimal places.", "Use at most 4 decimal places.", "Use at most 4 decimal places."],
  ["duration", "12.345.678.901", "!", "!", "That number is too large.", "!", "That number is too large."],
];

const expected = (want: string, locale: Locale) =>
  want === "" ? { blank: true } : want === "!" ? { error: NUMBER[locale] } : /^-?\d/.test(want) ? { value: want } : { error: want };

describe("parseKpiValue: a value typed in the entry grid, read by the workspace's locale", () => {
  for (const [unit, typed, ...wants] of ENTRY) {
    LOCALES.forEach((locale, i) => {
      const want = expected(wants[i], locale);
      it(`${locale}: ${unit} ${JSON.stringify(typed)} → ${JSON.stringify(want)}`, () => expect(parseKpiValue(typed, unit, locale)).toEqual(want));
    });
  }

  it("takes a JSON number as the machine number it is, in every locale", () => {
    for (const locale of LOCALES) {
      expect(parseKpiValue(8.5, "percent", locale)).toEqual({ value: "8.5" });
      expect(parseKpiValue(1234.5, "count", locale)).toEqual({ value: "1234.5" });
      expect(parseKpiValue(1e-5, "duration", locale)).toEqual({ error: "Use at most 4 decimal places." });
      expect(parseKpiValue(Number.NaN, "count", locale)).toEqual({ error: NUMBER[locale] });
    }
  });
});

describe("checkBenchmark: baselines and targets, read the same way", () => {
  it.each([
    ["de-DE", "percent", "12,5", { value: "12.5" }],
    ["de-DE", "currency", "1.234,5678", { value: "1234.5678" }],
    ["fr-FR", "count", "1\u202f200", { value: "1200" }],
    ["en-US", "count", "1,200", { value: "1200" }],
    ["en-US", "percent", "12,5", { error: NUMBER["en-US"] }],
    ["nl-NL", "count", "1,234,5", { error: NUMBER["nl-NL"] }],
    ["de-DE", "percent", "140", { error: "A percentage must be between 0 and 100." }],
    ["de-DE", "count", "1,23456", { error: "Use at most 4 decimal places." }],
    ["de-DE", "count", "", { blank: true }],
  ] as const)("%s: %s %j → %j", (locale, unit, raw, want) => {
    expect(checkBenchmark(raw, unit, locale)).toEqual(want);
  });
});

it("canonicalDecimal reads stored (machine) text: drops padding zeros but keeps the sign", () => {
  expect(canonicalDecimal("007.5000")).toBe("7.5");
  expect(canonicalDecimal("-0.000")).toBe("0");
  expect(canonicalDecimal("-12.0000")).toBe("-12");
  expect(canonicalDecimal("1234.5000")).toBe("1234.5");
  expect(canonicalDecimal("12.")).toBeNull();
  expect(canonicalDecimal("1,234.5")).toBeNull();
});
