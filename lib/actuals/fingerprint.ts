import { createHash } from "node:crypto";

/** What identifies one payment in a bank file: the day, the amount and who was paid. */
export type FingerprintInput = { bookedOn: string; amountCents: number; payee: string };

/**
 * A payee as banks write it in different exports of the same account: case, accents written apart, spacing
 * and punctuation vary ("ACME LTD." and "Acme Ltd"), the letters and digits do not.
 */
export function normalisePayee(payee: string): string {
  return payee
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const tripleOf = (row: FingerprintInput) => `${row.bookedOn}|${row.amountCents}|${normalisePayee(row.payee)}`;

/**
 * One fingerprint per row, stable across exports: the date, the amount, the normalised payee and how many
 * rows with that same triple came before it in the file. Two coffees of the same price on the same day are
 * two payments (occurrences 1 and 2); the same file imported again, or a later export that overlaps it,
 * yields the same fingerprints for the same payments, which the ledger then refuses to add twice.
 */
export function fingerprintRows(rows: readonly FingerprintInput[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const triple = tripleOf(row);
    const occurrence = (seen.get(triple) ?? 0) + 1;
    seen.set(triple, occurrence);
    return `bank:${createHash("sha256").update(`${triple}|${occurrence}`).digest("hex")}`;
  });
}
