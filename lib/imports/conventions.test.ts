import { describe, expect, it } from "vitest";
import { detectDateOrder, detectDecimal, localeConventions, readDate, readingLocale, readMonth, type Cell } from "./conventions";

const cells = (...values: string[]): Cell[] => values.map((value, i) => ({ row: i + 2, column: "line_amount", value }));

describe("detectDecimal", () => {
  it.each([
    [["1234.56", "12"], "point"],
    [["1234,56", "7"], "comma"],
    [["1,234.5"], "point"],
    [["1.234,5"], "comma"],
    [["1,234,567"], "point"],
    [["1.234.567"], "comma"],
    [["12.5", "1,234"], "point"], // "1,234" is read with the evidence of "12.5"
    [["-0,5"], "comma"],
    [["12", "300"], null],
    [[], null],
  ] as const)("%j → %s", (values, decimal) => expect(detectDecimal(cells(...values))).toEqual({ ok: true, value: decimal }));

  it("refuses a file whose numbers could be read two ways", () => {
    expect(detectDecimal(cells("12", "1,234"))).toEqual({
      ok: false,
      message: "“1,234” (row 3, line_amount) could be a thousand or more, or a number with decimals. Choose the decimal separator the file uses.",
    });
    expect(detectDecimal(cells("1.500"))).toMatchObject({ ok: false });
  });

  it("refuses a file that writes numbers both ways", () => {
    expect(detectDecimal(cells("12.5", "3,75"))).toEqual({
      ok: false,
      message:
        "The file writes numbers both with a decimal point (row 2, line_amount: “12.5”) and a decimal comma (row 3, line_amount: “3,75”). Choose the decimal separator, and correct the numbers written the other way.",
    });
  });
});

describe("detectDateOrder", () => {
  const dates = (...values: string[]) => values.map((value, i) => ({ row: i + 2, column: "go_live_date", value }));
  it.each([
    [["31/01/2026", "03/04/2026"], "dmy"],
    [["01/31/2026", "03/04/2026"], "mdy"],
    [["31.01.2026"], "dmy"],
    [["2026-01-31", "2026-04-03"], "ymd"],
    [["05/05/2026"], null],
    [[], null],
  ] as const)("%j → %s", (values, order) => expect(detectDateOrder(dates(...values))).toEqual({ ok: true, value: order }));

  it("refuses dates that could be day/month or month/day, and files that write both", () => {
    expect(detectDateOrder(dates("03/04/2026"))).toEqual({
      ok: false,
      message: "“03/04/2026” (row 2, go_live_date) could be day/month or month/day. Choose the date order the file uses.",
    });
    expect(detectDateOrder(dates("31/01/2026", "01/31/2026"))).toMatchObject({ ok: false, message: expect.stringContaining("both day first") });
  });
});

describe("readDate and readMonth", () => {
  it.each([
    ["31/01/2026", "dmy", "2026-01-31"],
    ["03/04/2026", "dmy", "2026-04-03"],
    ["03/04/2026", "mdy", "2026-03-04"],
    ["3.4.2026", "dmy", "2026-04-03"],
    ["2026-04-03", "mdy", "2026-04-03"],
    ["2026-4-3", "dmy", "2026-04-03"],
    ["31/02/2026", "dmy", null],
    ["13/31/2026", "mdy", null],
    ["03/04/2026", "ymd", null],
    ["next week", "dmy", null],
  ] as const)("%s (%s) → %s", (raw, order, date) => expect(readDate(raw, order)).toBe(date));

  it.each([
    ["2026-03", "2026-03"],
    ["2026-3", "2026-03"],
    ["03/2026", "2026-03"],
    ["3.2026", "2026-03"],
    ["13/2026", null],
    ["March", null],
  ])("%s → %s", (raw, month) => expect(readMonth(raw)).toBe(month));
});

describe("a workspace's own conventions", () => {
  it("start from its locale, and a file with the other separator is read by a locale that writes it", () => {
    expect(localeConventions("en-US")).toEqual({ decimal: "point", dateOrder: "mdy" });
    expect(localeConventions("en-GB")).toEqual({ decimal: "point", dateOrder: "dmy" });
    expect(localeConventions("fr-FR")).toEqual({ decimal: "comma", dateOrder: "dmy" });
    expect(readingLocale("comma", "fr-FR")).toBe("fr-FR");
    expect(readingLocale("comma", "en-GB")).toBe("de-DE");
    expect(readingLocale("point", "nl-NL")).toBe("en-US");
  });
});
