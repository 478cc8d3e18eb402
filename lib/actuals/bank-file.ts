/**
 * A bank or accounting export as an import kind: which columns it may have, and how one line becomes a
 * payment. Banks write a payment out either as a negative amount or in a debit column; the ledger stores
 * it as a positive amount paid out (a refund or money in is negative).
 */
import { MAX_ACTUAL_CENTS } from "@/lib/domain/values";
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from "@/lib/form-state";
import type { CellError, ImportField, ImportKind, Mapping, TypedRecord } from "@/lib/imports/pipeline";

/** One payment of a bank file, before it is matched to a technology. */
export type BankRow = {
  /** "YYYY-MM-DD". */
  bookedOn: string;
  /** Integer cents paid out: positive for a payment, negative for a refund or money received. */
  amountCents: number;
  payee: string;
  description: string;
  reference: string;
  /** The bank's or the accounting tool's own category, if the file has one. */
  category: string;
};

export const BANK_KIND = "bank";
const MAX_BANK_ROWS = 10_000;
// 10,000 rows of a bank export with long descriptions fit; the actions' body limit (next.config.ts) is above it.
const MAX_BANK_BYTES = 3 * 1024 * 1024;

const FIELDS: readonly ImportField[] = [
  { key: "date", label: "Date", type: "date", required: true, synonyms: ["date", "booking date", "booked on", "transaction date", "posting date", "value date", "buchungstag", "datum", "valuta"] },
  { key: "payee", label: "Payee", type: "text", synonyms: ["payee", "counterparty", "merchant", "name", "beneficiary", "vendor", "supplier", "empfänger", "zahlungsempfänger", "auftraggeber/empfänger"] },
  { key: "description", label: "Description", type: "text", synonyms: ["description", "details", "memo", "narrative", "purpose", "verwendungszweck", "buchungstext", "text"] },
  { key: "amount", label: "Amount", type: "money", help: "Payments out written negative, money in positive.", synonyms: ["amount", "value", "betrag", "net amount", "amount (eur)", "amount (usd)", "amount (gbp)"] },
  { key: "debit", label: "Debit (paid out)", type: "money", synonyms: ["debit", "paid out", "money out", "withdrawal", "withdrawals", "soll", "ausgang"] },
  { key: "credit", label: "Credit (paid in)", type: "money", synonyms: ["credit", "paid in", "money in", "deposit", "deposits", "haben", "eingang"] },
  { key: "category", label: "Category", type: "text", synonyms: ["category", "kategorie", "account", "type"] },
  { key: "reference", label: "Reference", type: "text", synonyms: ["reference", "ref", "transaction id", "id", "referenz", "invoice"] },
];

/** A file needs one way of saying how much was paid: a signed amount, or a debit and a credit column. */
const AMOUNT_COLUMNS = "amount, or debit and credit";

function checkMapping(mapping: Mapping): string | null {
  return mapping.amount || (mapping.debit && mapping.credit) ? null : AMOUNT_COLUMNS;
}

const NO_AMOUNT_MESSAGE = "No amount: the line's amount, debit and credit are all empty.";
const BOTH_SIDES_MESSAGE = "Both the debit and the credit are filled in: a line is one or the other.";

const TEXT_LIMITS = { payee: 500, description: 1000, reference: 200, category: 200 } as const;
type TextField = keyof typeof TEXT_LIMITS;

const cents = (value: string | number | null): number | null => (typeof value === "number" ? value : null);
const text = (value: string | number | null): string => (value === null ? "" : String(value));

/**
 * The amount paid out: minus a signed amount, or the debit less the credit. A debit column is paid out
 * whatever sign the bank writes it with, a credit column paid in.
 */
function paidOut(record: TypedRecord, line: number): { cents: number } | { error: CellError } {
  const [amount, debit, credit] = [cents(record.amount ?? null), cents(record.debit ?? null), cents(record.credit ?? null)];
  if (amount !== null) return { cents: amount === 0 ? 0 : -amount };
  if (debit === null && credit === null) return { error: { row: line, column: "", message: NO_AMOUNT_MESSAGE } };
  if (debit && credit) return { error: { row: line, column: "credit", message: BOTH_SIDES_MESSAGE } };
  return { cents: Math.abs(debit ?? 0) - Math.abs(credit ?? 0) };
}

/** Text the ledger cannot keep: longer than its column, or with a null character or half an emoji. */
function textErrors(record: TypedRecord, line: number): CellError[] {
  return (Object.keys(TEXT_LIMITS) as TextField[]).flatMap((field) => {
    const value = text(record[field] ?? null);
    if (value.length > TEXT_LIMITS[field]) return [{ row: line, column: field, message: `Longer than ${TEXT_LIMITS[field]} characters.` }];
    return isStorableText(value) ? [] : [{ row: line, column: field, message: UNSTORABLE_TEXT_MESSAGE }];
  });
}

function toRow(record: TypedRecord, line: number): { row: BankRow } | { errors: CellError[] } {
  const errors = textErrors(record, line);
  const amount = paidOut(record, line);
  if ("error" in amount) errors.push(amount.error);
  else if (Math.abs(amount.cents) > MAX_ACTUAL_CENTS) {
    errors.push({ row: line, column: "amount", message: "The amount is larger than a payment the ledger holds (ten billion)." });
  }
  const bookedOn = text(record.date ?? null);
  if (!bookedOn) errors.push({ row: line, column: "date", message: "The date is empty." });
  if (errors.length || "error" in amount) return { errors };
  const [payee, description, reference, category] = (["payee", "description", "reference", "category"] as const).map((f) => text(record[f] ?? null));
  return { row: { bookedOn, amountCents: amount.cents, payee, description, reference, category } };
}

export const bankFile: ImportKind<BankRow> = { kind: BANK_KIND, fields: FIELDS, maxRows: MAX_BANK_ROWS, maxBytes: MAX_BANK_BYTES, checkMapping, toRow };
