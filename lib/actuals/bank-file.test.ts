import { describe, expect, it } from "vitest";
import type { Locale } from "@/lib/format/locales";
import { readImport, type ImportOptions } from "@/lib/imports/pipeline";
import { bankFile } from "./bank-file";

const AUTO: ImportOptions = { delimiter: "auto", decimal: "auto", dateOrder: "auto" };
const read = (text: string, locale: Locale = "en-US", options: Partial<ImportOptions> = {}) => readImport(bankFile, text, { ...AUTO, ...options }, locale);
const payment = (bookedOn: string, amountCents: number, payee: string, description = "", reference = "", category = "") => ({ bookedOn, amountCents, payee, description, reference, category });

describe("bank file: a signed amount column", () => {
  it("reads payments out (negative in the file) as positive amounts paid, money in as negative", () => {
    const preview = read("Date,Payee,Description,Amount,Reference\n01/15/2026,Shopify,Monthly plan,-29.00,INV-1\n01/31/2026,Stripe,Payout,\"$1,204.50\",\n02/01/2026,Acme,Refund,(12.50),\n");
    expect(preview.fileError).toBeNull();
    expect(preview.errors).toEqual([]);
    expect(preview.mapping).toEqual({ date: "Date", payee: "Payee", description: "Description", amount: "Amount", reference: "Reference" });
    expect(preview.rows).toEqual([
      { line: 2, row: payment("2026-01-15", 2900, "Shopify", "Monthly plan", "INV-1") },
      { line: 3, row: payment("2026-01-31", -120450, "Stripe", "Payout") },
      { line: 4, row: payment("2026-02-01", 1250, "Acme", "Refund") },
    ]);
  });

  it("reads an en-GB accounting export: day-first dates, a category column, a trailing minus", () => {
    const preview = read("Transaction Date,Counterparty,Category,Value\n31/01/2026,Xero,Software,45.00-\n", "en-GB");
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toEqual([{ line: 2, row: payment("2026-01-31", 4500, "Xero", "", "", "Software") }]);
  });
});

describe("bank file: debit and credit columns", () => {
  const german = "Buchungstag;Empfänger;Verwendungszweck;Soll;Haben\n";

  it("reads a de-DE semicolon file with decimal commas: debit paid out, credit paid in", () => {
    const preview = read(`${german}31.01.2026;SAP SE;Lizenz Q1;1.234,56;\n01.02.2026;Kunde;Gutschrift;;99,00\n02.02.2026;Bank;Gebühr;-4,90;\n`, "de-DE");
    expect(preview.delimiter).toBe("semicolon");
    expect(preview.errors).toEqual([]);
    expect(preview.mapping).toEqual({ date: "Buchungstag", payee: "Empfänger", description: "Verwendungszweck", debit: "Soll", credit: "Haben" });
    expect(preview.rows.map((r) => r.row.amountCents)).toEqual([123456, -9900, 490]);
  });

  it("refuses a line with both a debit and a credit, and a line with neither, naming the file's columns", () => {
    const preview = read(`${german}31.01.2026;SAP SE;Lizenz;10,00;5,00\n01.02.2026;Kunde;Nichts;;\n`, "de-DE");
    expect(preview.rows).toEqual([]);
    expect(preview.errors).toEqual([
      { row: 2, column: "Haben", message: "Both the debit and the credit are filled in: a line is one or the other." },
      { row: 3, column: "", message: "No amount: the line's amount, debit and credit are all empty." },
    ]);
  });
});

describe("bank file: refused mappings and cells", () => {
  it("needs an amount, or both a debit and a credit column", () => {
    expect(read("Date,Payee,Debit\n2026-01-31,Acme,12.00\n").fileError).toBe("Choose the columns that hold amount, or debit and credit.");
    expect(read("Date,Payee,Debit,Credit\n2026-01-31,Acme,12.00,\n").fileError).toBeNull();
  });

  it("needs a date on every line", () => {
    expect(read("Date,Payee,Amount\n,Acme,-12.00\n").errors).toEqual([{ row: 2, column: "Date", message: "The date is empty." }]);
  });

  it("refuses text longer than the ledger keeps", () => {
    const preview = read(`Date,Payee,Amount\n2026-01-31,${"x".repeat(501)},-1.00\n`);
    expect(preview.errors).toEqual([{ row: 2, column: "Payee", message: "Longer than 500 characters." }]);
  });

  it("refuses text with a null character or half an emoji", () => {
    const preview = read("Date,Payee,Description,Amount\n2026-01-31,Ac\u0000me,Plan \ud83d,-1.00\n");
    expect(preview.errors).toEqual([
      { row: 2, column: "Payee", message: "This text contains characters that can't be saved (a null character or a broken emoji). Remove them and try again." },
      { row: 2, column: "Description", message: "This text contains characters that can't be saved (a null character or a broken emoji). Remove them and try again." },
    ]);
  });

  it("refuses an amount larger than one payment the ledger holds", () => {
    const preview = read("Date,Payee,Amount\n2026-01-31,Acme,-10000000000.01\n");
    expect(preview.errors).toEqual([{ row: 2, column: "Amount", message: "The amount is larger than a payment the ledger holds (ten billion)." }]);
  });
});
