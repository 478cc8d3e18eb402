import { describe, expect, it } from "vitest";
import { readSource, sourceFiles } from "@/test/source-inventory";

/**
 * Every figure a page shows is written by lib/format, in the workspace's locale. A formatter made
 * anywhere else (`new Intl.NumberFormat("en-US")`, `toLocaleString()`) would write some figures in
 * another locale than the rest of the page.
 */
const FORMATTING = /\bIntl\.(NumberFormat|DateTimeFormat|RelativeTimeFormat|PluralRules|ListFormat)\b|\.toLocale(String|DateString|TimeString)\(/;

/** Sorting names is not writing figures: a collator may live where the sort is. */
const files = sourceFiles(["app", "components", "lib", "db"], (path) => !path.startsWith("lib/format/"));

describe("one formatter", () => {
  it("reads the source folders", () => expect(files.length).toBeGreaterThan(100));

  it("numbers, money and dates are formatted only in lib/format", () => {
    const offenders = files.filter((file) => FORMATTING.test(readSource(file).replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "")));
    expect(offenders, "format through @/lib/format (formatMoney, formatNumber, formatPercent, formatDate, formatMonth) with the workspace's locale").toEqual([]);
  });

  it("would notice a formatter made elsewhere", () => {
    expect(FORMATTING.test('const f = new Intl.NumberFormat("en-US");')).toBe(true);
    expect(FORMATTING.test("value.toLocaleString()")).toBe(true);
    expect(FORMATTING.test('new Intl.Collator("de-DE")')).toBe(false);
  });
});
