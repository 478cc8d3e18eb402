/**
 * The demo's bank exports, written the way each client's bank writes them: payments as the statement
 * lists them (payee text, dates and amounts in the bank's conventions), and the matching rules the
 * consultant set up to file them under technologies.
 */
import type { CostCategory, MatchField } from "@/lib/domain/values";
import type { ImportOptions } from "@/lib/imports/pipeline";
import type { Random } from "../random";

/** One line of a statement. `offset` is the month relative to the as-of month; `amount` is paid out (major units), a refund negative. */
export type Payment = {
  offset: number;
  /** Day of the month, 1–28 (every month has it). */
  day: number;
  amount: number;
  /** The counterparty as the bank prints it ("ORDERWAVE*PLATFORM 8885550123 CA"). */
  payee: string;
  /** Remittance text (Verwendungszweck, memo); empty when the bank shows none. */
  memo?: string;
  /** The bank's transaction type (ACH_DEBIT, SEPA-LASTSCHRIFT, DIRECTDEBIT…). */
  type: string;
};

/** A matching rule in readable form: the payee (or other field) contains `pattern` → technology and category. */
export type RuleSpec = { field: MatchField; pattern: string; investment: string; category: CostCategory | null };

/** How one bank writes an export: its header, one line per payment, the file names and how to read it back. */
export type BankFormat = {
  header: string;
  line: (payment: Payment, bookedOn: string) => string;
  fileName: (from: string, to: string) => string;
  options: ImportOptions;
};

/** A client's bank: its statement lines for months −24 … −1 and the rules that file them. */
export type BankSpec = {
  format: BankFormat;
  payments: (random: Random) => Payment[];
  rules: RuleSpec[];
};

/** One export as the seed imports it. */
export type BankExport = { fileName: string; text: string; options: ImportOptions };
