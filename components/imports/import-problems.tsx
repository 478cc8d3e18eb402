import { TableShell } from "@/components/ui/table";
import type { CellError } from "@/lib/imports/pipeline";

const th = "px-4 py-2 text-left text-xs font-medium uppercase tracking-wide text-red-800";

/** "Row 4, Amount: Enter an amount with at most 2 decimals (whole cents)." — the cell to fix, as the user's spreadsheet numbers it. */
const errorLabel = (e: CellError) => (e.row === 0 ? e.message : `Row ${e.row}${e.column ? `, ${e.column}` : ""}: ${e.message}`);

/** What keeps the file from being read at all (its shape, its conventions, its columns), or every cell to fix. */
export function ImportProblems({ fileError, errors, errorCount }: { fileError: string | null; errors: CellError[]; errorCount: number }) {
  if (fileError) {
    return (
      <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="import-file-error">
        {fileError}
      </p>
    );
  }
  if (errorCount === 0) return null;
  return (
    <section aria-labelledby="import-errors-heading" className="mt-6" data-testid="import-errors">
      <h2 id="import-errors-heading" className="text-lg font-semibold text-red-800">
        {errorCount === 1 ? "1 problem" : `${errorCount} problems`} to fix
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">Nothing is imported until the file has no problems. Fix them in your spreadsheet, save it as CSV and choose it again.</p>
      <TableShell shellClassName="mt-3 border-red-200 shadow-none" className="w-full">
        <caption className="sr-only">Problems found in the file</caption>
        <thead className="border-b border-red-100 bg-red-50">
          <tr>
            <th scope="col" className={th}>Row</th>
            <th scope="col" className={th}>Column</th>
            <th scope="col" className={th}>Problem</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {errors.map((e, i) => (
            <tr key={i} aria-label={errorLabel(e)}>
              <td className="px-4 py-2 align-top tabular-nums text-slate-900">{e.row === 0 ? "File" : e.row}</td>
              <td className="px-4 py-2 align-top font-mono text-xs text-slate-700">{e.column || "—"}</td>
              <td className="px-4 py-2 align-top text-slate-700">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </TableShell>
      {errorCount > errors.length && <p className="mt-2 text-sm text-slate-600">…and {errorCount - errors.length} more. Fix these first, then check the file again.</p>}
    </section>
  );
}
