import { TableShell, Td, Th, THead } from "@/components/ui/table";
import type { CellError } from "@/lib/imports/pipeline";

/** What keeps the file from being imported: one problem with the whole file, or every cell to fix (the first ones shown). */
export function ImportProblems({ fileError, errors, errorCount }: { fileError: string | null; errors: CellError[]; errorCount: number }) {
  if (fileError) {
    return (
      <p role="alert" className="mt-5 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="import-file-error">
        {fileError}
      </p>
    );
  }
  if (errorCount === 0) return null;
  return (
    <section className="mt-6" aria-labelledby="import-problems-title" data-testid="import-errors">
      <h2 id="import-problems-title" className="text-base font-semibold text-red-800">
        {errorCount === 1 ? "1 problem" : `${errorCount} problems`} to fix
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">Nothing is imported until the file has none: correct the file (or how it is read, above) and check it again.</p>
      <TableShell shellClassName="mt-3 border-red-200 shadow-none">
        <THead>
          <tr>
            <Th>Row</Th>
            <Th>Column</Th>
            <Th>Problem</Th>
          </tr>
        </THead>
        <tbody className="divide-y divide-slate-100">
          {errors.map((e, i) => (
            <tr key={i}>
              <Td className="tabular-nums">{e.row === 0 ? "File" : e.row}</Td>
              <Td className="font-mono text-xs">{e.column || "—"}</Td>
              <Td>{e.message}</Td>
            </tr>
          ))}
        </tbody>
      </TableShell>
      {errorCount > errors.length && <p className="mt-2 text-sm text-slate-600">…and {errorCount - errors.length} more.</p>}
    </section>
  );
}
