import type { ActualImportRow } from "@/db/queries/actual-imports";
import { TableShell, Td, Th, THead } from "@/components/ui/table";
import { formatDateTime, formatNumber, type Locale } from "@/lib/format";

/** The files imported before: when, by whom, and what each added (a file imported again adds nothing). */
export function ImportHistory({ history, locale }: { history: ActualImportRow[]; locale: Locale }) {
  if (history.length === 0) return null;
  const n = (value: number) => formatNumber(value, locale, 0);
  return (
    <section className="mt-10" aria-labelledby="import-history-title">
      <h2 id="import-history-title" className="mb-3 text-base font-semibold text-slate-900">
        Files imported
      </h2>
      <TableShell data-testid="import-history">
        <THead>
          <tr>
            <Th>Imported</Th>
            <Th>File</Th>
            <Th align="right">Rows</Th>
            <Th align="right">Added</Th>
            <Th align="right">Already in the ledger</Th>
            <Th>By</Th>
          </tr>
        </THead>
        <tbody className="divide-y divide-slate-100">
          {history.map((file) => (
            <tr key={file.id}>
              <Td>{formatDateTime(file.createdAt, locale)}</Td>
              <Td className="max-w-xs truncate">{file.fileName || "—"}</Td>
              <Td align="right">{n(file.rows)}</Td>
              <Td align="right">{n(file.added)}</Td>
              <Td align="right">{n(file.duplicates)}</Td>
              <Td>{file.importedBy ?? "—"}</Td>
            </tr>
          ))}
        </tbody>
      </TableShell>
    </section>
  );
}
