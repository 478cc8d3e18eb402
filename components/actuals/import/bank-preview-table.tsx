import { TableShell, Td, Th, THead } from "@/components/ui/table";
import type { BankRowSummary } from "@/lib/actuals/bank-preview";
import { label } from "@/lib/domain/labels";
import { formatAmount, formatDate, type Formats } from "@/lib/format";

export type PreviewRow = { line: number; row: BankRowSummary };

function FilesUnder({ row, names }: { row: BankRowSummary; names: ReadonlyMap<string, string> }) {
  if (row.duplicate) return <span className="text-slate-500">Already in the ledger</span>;
  if (!row.investmentId) return <span className="text-amber-700">Unmatched</span>;
  return (
    <span className="text-slate-900">
      {names.get(row.investmentId) ?? "—"}
      {row.costCategory ? <span className="text-slate-500"> · {label(row.costCategory)}</span> : null}
    </span>
  );
}

/** The file's first rows as the ledger would take them: paid out positive, a refund negative, and where each goes. */
export function BankPreviewTable({ rows, total, names, formats }: { rows: PreviewRow[]; total: number; names: ReadonlyMap<string, string>; formats: Formats }) {
  if (rows.length === 0) return null;
  return (
    <section className="mt-6" aria-labelledby="bank-preview-title">
      <h2 id="bank-preview-title" className="text-base font-semibold text-slate-900">
        Payments in the file
      </h2>
      <TableShell shellClassName="mt-3" data-testid="import-preview">
        <THead>
          <tr>
            <Th align="right">Row</Th>
            <Th>Date</Th>
            <Th>Payee</Th>
            <Th>Description</Th>
            <Th align="right">Paid</Th>
            <Th>Goes to</Th>
          </tr>
        </THead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ line, row }) => (
            <tr key={line} data-testid="preview-row">
              <Td align="right" className="text-slate-500">{line}</Td>
              <Td className="whitespace-nowrap">{formatDate(row.bookedOn, formats.locale)}</Td>
              <Td className="max-w-[14rem] truncate">{row.payee || "—"}</Td>
              <Td className="max-w-[18rem] truncate">{row.description || "—"}</Td>
              <Td align="right">{formatAmount(row.amountCents, formats)}</Td>
              <Td>
                <FilesUnder row={row} names={names} />
              </Td>
            </tr>
          ))}
        </tbody>
      </TableShell>
      {total > rows.length && <p className="mt-2 text-sm text-slate-600">The first {rows.length} of {total} rows; every row is imported.</p>}
    </section>
  );
}
