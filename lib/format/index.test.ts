import { describe, expect, it } from "vitest";
import { formatAmount, formatDate, formatDateTime, formatMoney, formatMonth, formatNumber, formatPercent, formatPoints } from "./index";
import type { Locale } from "./locales";

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

// What each locale shows: [money, money with cents, percent, capped percent, date, month, moment, number].
const SHOWN: Record<Locale, string[]> = {
  "en-US": ["$1,234,568", "€1,234.56", "12.3%", "> 1,000%", "May 9, 2027", "May 2027", "May 9, 2027, 10:05 AM UTC", "8.5"],
  "en-GB": ["US$1,234,568", "€1,234.56", "12.3%", "> 1,000%", "9 May 2027", "May 2027", "9 May 2027, 10:05 UTC", "8.5"],
  "de-DE": ["1.234.568 $", "1.234,56 €", "12,3 %", "> 1.000 %", "09.05.2027", "Mai 2027", "09.05.2027, 10:05 UTC", "8,5"],
  "fr-FR": ["1 234 568 $US", "1 234,56 €", "12,3 %", "> 1 000 %", "9 mai 2027", "mai 2027", "9 mai 2027, 10:05 UTC", "8,5"],
  "nl-NL": ["US$ 1.234.568", "€ 1.234,56", "12,3%", "> 1.000%", "9 mei 2027", "mei 2027", "9 mei 2027, 10:05 UTC", "8,5"],
};

describe("one format per locale", () => {
  for (const [locale, shown] of Object.entries(SHOWN) as [Locale, string[]][]) {
    it(locale, () => {
      expect(
        [
          formatMoney(123_456_789, { locale, currency: "USD" }),
          formatMoney(123_456, { locale, currency: "EUR" }, { showCents: true }),
          formatPercent(0.1234, locale),
          formatPercent(123.4, locale),
          formatDate("2027-05-09", locale),
          formatMonth("2027-05", locale),
          formatDateTime(new Date("2027-05-09T10:05:00Z"), locale),
          formatNumber(8.5, locale),
        ].map(nbsp),
      ).toEqual(shown);
    });
  }
});

describe("formatPercent", () => {
  it.each([
    [0.1234, "12.3%"],
    [-0.5, "-50.0%"],
    [9.99, "999.0%"],
    [123.4, "> 1,000%"],
    [-11, "< -1,000%"],
  ])("%s → %s", (ratio, text) => expect(formatPercent(ratio, "en-US")).toBe(text));
});

describe("formatMoney", () => {
  it("shows whole units of the workspace's currency, cents only when asked", () => {
    expect(formatMoney(123_456_789, { locale: "en-US", currency: "USD" })).toBe("$1,234,568");
    expect(formatMoney(-50, { locale: "en-GB", currency: "GBP" }, { showCents: true })).toBe("-£0.50");
  });

  it("an amount as entered shows its cents only when it has some", () => {
    expect(nbsp(formatAmount(123_456, { locale: "de-DE", currency: "EUR" }))).toBe("1.234,56 €");
    expect(nbsp(formatAmount(9_900, { locale: "de-DE", currency: "EUR" }))).toBe("99 €");
  });
});

describe("formatPoints and formatNumber", () => {
  it.each([
    [0.015, "en-US", "1.5 pts"],
    [-0.015, "de-DE", "1,5 pts"],
    [20, "en-US", "> 1,000 pts"],
  ] as const)("%s in %s → %s", (change, locale, text) => expect(formatPoints(change, locale)).toBe(text));

  it("fixes or bounds the decimals", () => {
    expect(formatNumber(1234.5, "de-DE", 2)).toBe("1.234,50");
    expect(formatNumber(3.14159, "en-US", { max: 3 })).toBe("3.142");
  });
});
