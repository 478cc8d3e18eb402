/** What a bank file may look like: the columns read, how amounts and dates may be written. */
export function BankFormatHelp() {
  return (
    <details className="mt-8 rounded-xl border border-slate-200 bg-white p-5 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-slate-900">Which files can I import?</summary>
      <ul className="mt-3 list-disc space-y-1.5 pl-5">
        <li>Any CSV export with a header row: columns separated by commas, semicolons, tabs or pipes.</li>
        <li>A date for every payment; a payee or description; and either one amount column (payments out negative, money in positive) or a debit and a credit column.</li>
        <li>Amounts may carry a currency ($, €, £, USD, EUR, GBP) and thousands separators; negatives may be written -12.50, (12.50) or 12.50-.</li>
        <li>Dates may be year first (2026-01-31), day first (31/01/2026) or month first (01/31/2026). A file whose dates could be read both ways is refused until you choose the order.</li>
        <li>Optional: a category and a reference column. The columns you choose are remembered for the next file with the same header.</li>
        <li>Each payment is recognised by its date, amount and payee: importing the same file again, or an export that overlaps an earlier one, never adds a payment twice.</li>
      </ul>
    </details>
  );
}
