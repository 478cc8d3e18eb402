import { describe, expect, it } from "vitest";
import { headerKeyOf, readImport, type ImportKind, type ImportOptions, type TypedRecord } from "./pipeline";

/** A bank-statement-like kind: enough fields to exercise every type, mapping rule and convention. */
type Payment = { bookedOn: string; payee: string; cents: number };
const payments: ImportKind<Payment> = {
  kind: "test-payments",
  maxRows: 5,
  maxBytes: 2048,
  fields: [
    { key: "date", label: "Date", type: "date", required: true, synonyms: ["booking date", "buchungstag"] },
    { key: "payee", label: "Payee", type: "text", synonyms: ["name", "empfänger"] },
    { key: "amount", label: "Amount", type: "money", synonyms: ["betrag", "value"] },
    { key: "debit", label: "Debit", type: "money", synonyms: ["paid out"] },
    { key: "credit", label: "Credit", type: "money", synonyms: ["paid in"] },
    { key: "month", label: "Month", type: "month", synonyms: [] },
    { key: "units", label: "Units", type: "number", synonyms: [] },
  ],
  checkMapping: (m) => (m.amount || (m.debit && m.credit) ? null : "amount, or debit and credit"),
  toRow: (r: TypedRecord, line) => {
    const cents = r.amount ?? (Number(r.debit ?? 0) - Number(r.credit ?? 0));
    if (r.payee === "refuse") return { errors: [{ row: line, column: "payee", message: "Refused." }] };
    return { row: { bookedOn: String(r.date), payee: String(r.payee ?? ""), cents: Number(cents) } };
  },
};
const AUTO: ImportOptions = { delimiter: "auto", decimal: "auto", dateOrder: "auto" };
const read = (text: string, options: Partial<ImportOptions> = {}, locale: "en-US" | "de-DE" | "en-GB" = "en-US") =>
  readImport(payments, text, { ...AUTO, ...options }, locale);

describe("readImport: a clean file", () => {
  it("reads a comma file with ISO dates", () => {
    const preview = read("Date,Payee,Amount\n2026-01-31,Acme,12.50\n\n2026-02-01,Beta,-3\n");
    expect(preview.fileError).toBeNull();
    expect(preview.errors).toEqual([]);
    expect(preview.delimiter).toBe("comma");
    expect(preview.header).toEqual(["Date", "Payee", "Amount"]);
    expect(preview.headerKey).toBe("date,payee,amount");
    expect(preview.mapping).toEqual({ date: "Date", payee: "Payee", amount: "Amount" });
    expect(preview.rows).toEqual([
      { line: 2, row: { bookedOn: "2026-01-31", payee: "Acme", cents: 1250 } },
      { line: 4, row: { bookedOn: "2026-02-01", payee: "Beta", cents: -300 } },
    ]);
    expect(preview.readWith).toEqual({ decimal: "point", dateOrder: "ymd", detected: { decimal: true, dateOrder: true } });
  });
});

describe("readImport: mapping", () => {
  it("maps columns by their names in any case and spacing, synonyms included", () => {
    const preview = read("BOOKING_DATE,name,Paid Out,paid-in\n2026-01-31,Acme,12.50,\n2026-02-01,Beta,,3\n");
    expect(preview.mapping).toEqual({ date: "BOOKING_DATE", payee: "name", debit: "Paid Out", credit: "paid-in" });
    expect(preview.rows.map((r) => r.row.cents)).toEqual([1250, -300]);
  });

  it("reads with the mapping given, ignoring unknown fields and blank choices", () => {
    const mapping = { date: "When", amount: "How much", payee: "", nonsense: "When" };
    const preview = read("When,How much,Who\n2026-01-31,7,Acme\n", { mapping });
    expect(preview.fileError).toBeNull();
    expect(preview.mapping).toEqual({ date: "When", amount: "How much" });
    expect(preview.rows).toEqual([{ line: 2, row: { bookedOn: "2026-01-31", payee: "", cents: 700 } }]);
  });

  it("asks for the required columns and for what the kind needs besides", () => {
    const preview = read("When,Who,Debit\n2026-01-31,Acme,7\n");
    expect(preview.fileError).toBe("Choose the column that holds Date. Choose the columns that hold amount, or debit and credit.");
    expect(preview.rows).toEqual([]);
    expect(preview.header).toEqual(["When", "Who", "Debit"]);
    expect(preview.mapping).toEqual({ debit: "Debit" });
  });

  it("refuses a chosen column the file does not have", () => {
    const preview = read("Date,Amount\n2026-01-31,7\n", { mapping: { date: "Date", amount: "Betrag" } });
    expect(preview.fileError).toBe('The column "Betrag" chosen for Amount is not in the file.');
  });

  it("refuses a mapped column the header has twice", () => {
    const preview = read("Date,Amount,Amount\n2026-01-31,7,8\n", { mapping: { date: "Date", amount: "Amount" } });
    expect(preview.fileError).toBe('The column "Amount" appears more than once in the header. Rename one of them, or choose another column for Amount.');
  });

  it("names the file's column in the kind's own errors", () => {
    const preview = read("Date,Empfänger,Betrag\n2026-01-31,refuse,7\n2026-02-01,ok,8\n");
    expect(preview.errors).toEqual([{ row: 2, column: "Empfänger", message: "Refused." }]);
    expect(preview.rows.map((r) => r.line)).toEqual([3]);
  });
});

describe("readImport: delimiter", () => {
  it.each([
    ["semicolon", "Date;Payee;Amount\n2026-01-31;Acme;12,50\n"],
    ["tab", "Date\tPayee\tAmount\n2026-01-31\tAcme\t12.50\n"],
    ["pipe", "Date|Payee|Amount\n2026-01-31|Acme|12.50\n"],
    ["comma", 'Date,"Payee; name",Amount\n2026-01-31,Acme,12.50\n'], // a separator inside quotes does not count
  ] as const)("finds %s from the header", (delimiter, text) => {
    const preview = read(text);
    expect(preview.delimiter).toBe(delimiter);
    expect(preview.fileError).toBeNull();
    expect(preview.rows[0].row.cents).toBe(1250);
  });

  it("lets the data lines decide when the header has two candidates", () => {
    const preview = read("Date;Payee, name;Amount\n2026-01-31;Acme;12,50\n2026-02-01;Beta, Inc.;1,00\n");
    expect(preview.delimiter).toBe("semicolon");
    expect(preview.header).toEqual(["Date", "Payee, name", "Amount"]);
    expect(preview.rows.map((r) => r.row.cents)).toEqual([1250, 100]);
  });

  it("asks when the header could be split two ways", () => {
    const preview = read("Date;Payee,Amount\n2026-01-31;Acme,12\n");
    expect(preview.fileError).toBe("The columns could be separated by commas or semicolons. Choose the column separator the file uses.");
    expect(read("Date;Payee,Amount\n2026-01-31;Acme,12\n", { delimiter: "semicolon" }).header).toEqual(["Date", "Payee,Amount"]);
  });

  it("says so when the chosen separator is not in the header", () => {
    expect(read("Date;Payee;Amount\n2026-01-31;Acme;12\n", { delimiter: "comma" }).fileError).toBe(
      "The header has no commas but has semicolons. Choose the column separator the file uses.",
    );
  });
});

describe("readImport: date order", () => {
  it.each([
    ["31/01/2026", "dmy", "2026-01-31"],
    ["01/31/2026", "mdy", "2026-01-31"],
    ["31.01.2026", "dmy", "2026-01-31"],
  ] as const)("detects %s as %s", (date, order, iso) => {
    const preview = read(`Date,Amount\n${date},1\n05/06/2026,2\n`);
    expect(preview.readWith).toMatchObject({ dateOrder: order, detected: { dateOrder: true } });
    expect(preview.rows[0].row.bookedOn).toBe(iso);
  });

  it("refuses dates that could be read either way until the order is chosen", () => {
    const text = "Date,Amount\n05/06/2026,1\n";
    const preview = read(text);
    expect(preview.fileError).toBe("“05/06/2026” (row 2, Date) could be day/month or month/day. Choose the date order the file uses.");
    expect(preview.readWith).toBeNull();
    expect(read(text, { dateOrder: "dmy" }).rows[0].row.bookedOn).toBe("2026-06-05");
    expect(read(text, { dateOrder: "mdy" }).rows[0].row.bookedOn).toBe("2026-05-06");
  });

  it("refuses a file that writes dates both ways", () => {
    expect(read("Date,Amount\n31/01/2026,1\n01/31/2026,2\n").fileError).toBe(
      "The file writes dates both day first (row 2, Date: “31/01/2026”) and month first (row 3, Date: “01/31/2026”). Choose the date order, and correct the dates written the other way.",
    );
  });

  it("reports a date that is not one in the chosen order, cell by cell", () => {
    const preview = read("Date,Amount\n31/01/2026,1\n30/02/2026,2\nyesterday,3\n", { dateOrder: "dmy" });
    expect(preview.errors).toEqual([
      { row: 3, column: "Date", message: "Enter a real date, written like 31/01/2026 (the file's date order)." },
      { row: 4, column: "Date", message: "Enter a real date, written like 31/01/2026 (the file's date order)." },
    ]);
    expect(preview.rows.map((r) => r.line)).toEqual([2]);
  });
});

describe("readImport: numbers and locales", () => {
  it("detects a decimal comma and reads thousands points", () => {
    const preview = read("Buchungstag;Empfänger;Betrag\n31.01.2026;Acme;-1.234,56\n01.02.2026;Beta;7,5\n", {}, "en-US");
    expect(preview.readWith).toEqual({ decimal: "comma", dateOrder: "dmy", detected: { decimal: true, dateOrder: true } });
    expect(preview.rows.map((r) => r.row.cents)).toEqual([-123456, 750]);
  });

  it("refuses amounts that could be thousands or decimals until the separator is chosen", () => {
    const text = "Date,Amount\n2026-01-31,\"1,234\"\n";
    expect(read(text).fileError).toBe("“1,234” (row 2, Amount) could be a thousand or more, or a number with decimals. Choose the decimal separator the file uses.");
    expect(read(text, { decimal: "point" }).rows[0].row.cents).toBe(123400);
    expect(read(text, { decimal: "comma" }).errors).toEqual([{ row: 2, column: "Amount", message: "Enter an amount with at most 2 decimals (whole cents)." }]);
  });

  it("refuses a file that writes numbers both ways", () => {
    expect(read('Date,Amount\n2026-01-31,12.5\n2026-01-31,"3,75"\n').fileError).toBe(
      "The file writes numbers both with a decimal point (row 2, Amount: “12.5”) and a decimal comma (row 3, Amount: “3,75”). Choose the decimal separator, and correct the numbers written the other way.",
    );
  });

  it.each([
    ["en-US", "point", "mdy"],
    ["en-GB", "point", "dmy"],
    ["de-DE", "comma", "dmy"],
  ] as const)("reads whole numbers and ISO dates of a %s workspace by its own conventions", (locale, decimal, dateOrder) => {
    const preview = read("Date,Amount\n2026-01-31,12\n", {}, locale);
    expect(preview.readWith).toEqual({ decimal, dateOrder: "ymd", detected: { decimal: true, dateOrder: true } });
    expect(read("Date,Amount\n2026-01-31,12\n13/01/2026,1\n", { decimal: "auto" }, locale).readWith?.decimal).toBe(decimal);
    expect(read("Amount,Date\n12,2026-01-31\n", { dateOrder: "auto" }, locale).readWith?.dateOrder).toBe("ymd");
    expect(dateOrder).toMatch(/dmy|mdy/);
  });

  it("formats the row limit in the workspace's locale", () => {
    const rows = Array.from({ length: 6 }, () => "2026-01-31,1").join("\n");
    expect(read(`Date,Amount\n${rows}\n`, {}, "de-DE").fileError).toBe("The file has 6 rows; import at most 5 at a time.");
  });
});

describe("readImport: amounts", () => {
  it.each([
    ["12.50", 1250],
    ["-12.50", -1250],
    ["−12.50", -1250],
    ["(12.50)", -1250],
    ["12.50-", -1250],
    ["$1,234.56", 123456],
    ["-$12.50", -1250],
    ["$-12.50", -1250],
    ["($12.50)", -1250],
    ["USD 12.50", 1250],
    ["12.50 EUR", 1250],
    ["£12.50", 1250],
    ["12.50 €", 1250],
    ["+12.50", 1250],
    ["1 234.56", 123456],
    ["0", 0],
  ])("reads %s as %i cents", (amount, cents) => {
    const preview = read(`Date,Amount\n2026-01-31,"${amount}"\n`, { decimal: "point" });
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0].row.cents).toBe(cents);
  });

  it("reads a decimal comma file's amounts", () => {
    const preview = read('Date;Amount\n2026-01-31;"1.234,56 €"\n2026-01-31;(7,5)\n2026-01-31;3,00-\n', { decimal: "comma" });
    expect(preview.rows.map((r) => r.row.cents)).toEqual([123456, -750, -300]);
  });

  it.each([
    ["-(12.50)", "This amount is marked negative more than once. Write it as -1,234.56, (1,234.56) or 1,234.56-."],
    ["-12.50-", "This amount is marked negative more than once. Write it as -1,234.56, (1,234.56) or 1,234.56-."],
    ["+12.50-", "This amount is marked negative more than once. Write it as -1,234.56, (1,234.56) or 1,234.56-."],
    ["12.505", "Enter an amount with at most 2 decimals (whole cents)."],
    ["12,50", "Enter an amount written like 1,234.56 or -1,234.56 (this file's decimal separator is a point)."],
    ["1,23,4.00", "Enter an amount written like 1,234.56 or -1,234.56 (this file's decimal separator is a point)."],
    ["twelve", "Enter an amount written like 1,234.56 or -1,234.56 (this file's decimal separator is a point)."],
    ["CHF 12.50", "Enter an amount written like 1,234.56 or -1,234.56 (this file's decimal separator is a point)."],
    ["$€12.50", "Enter an amount written like 1,234.56 or -1,234.56 (this file's decimal separator is a point)."],
    ["99999999999999999", "This amount is too large."],
  ])("refuses %s with a message", (amount, message) => {
    const preview = read(`Date,Amount\n2026-01-31,"${amount}"\n`, { decimal: "point" });
    expect(preview.errors).toEqual([{ row: 2, column: "Amount", message }]);
    expect(preview.rows).toEqual([]);
  });

  it("reads numbers, percentages and months", () => {
    const ok = readImport(
      { ...payments, toRow: (r) => ({ row: { bookedOn: `${r.month}`, payee: `${r.units}`, cents: 0 } }) },
      "Date,Amount,Units,Month\n2026-01-31,1,\"80%\",03/2026\n2026-01-31,1,\"1,5\",2026-04\n",
      { ...AUTO, decimal: "comma", dateOrder: "ymd" },
      "en-US",
    );
    expect(ok.rows.map((r) => r.row)).toEqual([
      { bookedOn: "2026-03", payee: "80", cents: 0 },
      { bookedOn: "2026-04", payee: "1.5", cents: 0 },
    ]);
    const bad = read("Date,Amount,Units,Month\n2026-01-31,1,lots,March\n", { decimal: "point" });
    expect(bad.errors).toEqual([
      { row: 2, column: "Units", message: "Enter a number written like 1,234.56 (this file's decimal separator is a point)." },
      { row: 2, column: "Month", message: "Enter a month written like 2026-03 or 03/2026." },
    ]);
  });
});

describe("readImport: malformed files", () => {
  it.each([
    ["", "The file is empty."],
    ["  \n\n", "The file is empty."],
    ["Date,Amount\n\n\n", "The file has no data rows below the header."],
    [",,\n2026-01-31,1,\n", "The file has no header row: its first line must name the columns."],
    ['Date,Amount\n2026-01-31,"12\n', 'A quoted value is never closed. Check the quotes (") in the file, or save it again from your spreadsheet as CSV.'],
  ])("refuses %j", (text, message) => {
    const preview = read(text);
    expect(preview.fileError).toBe(message);
    expect(preview.rows).toEqual([]);
  });

  it("refuses a file over the byte limit, counted in UTF-8", () => {
    const text = `Date,Payee,Amount\n${"2026-01-31,Müller,1\n".repeat(100)}`;
    expect(read(text).fileError).toBe("The file is larger than 2 KB. Split it into smaller files and import them one after another.");
  });

  it("reports a row with more values than the header", () => {
    const preview = read("Date,Amount\n2026-01-31,1,surplus\n2026-01-31,2,\n");
    expect(preview.errors).toEqual([{ row: 2, column: "", message: "This row has more values than the header has columns." }]);
    expect(preview.rows.map((r) => r.line)).toEqual([3]);
  });

  it("reads past a byte order mark, CRLF line ends and export formula escapes", () => {
    const preview = read("\uFEFFDate,Payee,Amount\r\n2026-01-31,'=Acme,1\r\n");
    expect(preview.header).toEqual(["Date", "Payee", "Amount"]);
    expect(preview.headerKey).toBe("date,payee,amount");
    expect(preview.rows[0].row.payee).toBe("=Acme");
  });

  it("keys a file's shape by its header line whatever the delimiter", () => {
    expect(headerKeyOf("\uFEFF Date;Payee \r\nx;y")).toBe("date;payee");
  });
});
