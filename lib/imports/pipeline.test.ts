import { describe, expect, it } from "vitest";
import { readImport, type ImportKind, type ImportOptions, type TypedRecord } from "./pipeline";

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
