import { cn } from "@/components/ui/cn";
import { TableShell } from "@/components/ui/table";
import type { CsvError } from "@/lib/portfolio/csv-import";

const SHOWN = 200;

/** A header row of plain column names, in the small capitals of the import page's tables. */
export function HeaderRow({ columns, className }: { columns: string[]; className?: string }) {
  return (
    <tr>
      {columns.map((c) => (
        <th key={c} scope="col" className={cn("px-4 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500", className)}>
          {c}
        </th>
      ))}
    </tr>
  );
}

/** "Row 4, line_amount: Use at most 2 decimal places." — the cell to fix, as the user's spreadsheet numbers it. */
export function errorLabel(e: CsvError): string {
  if (e.row === 0) return e.message;
  return `Row ${e.row}${e.column ? `, ${e.column}` : ""}: ${e.message}`;
}

export function ErrorTable({ errors }: { errors: CsvError[] }) {
  if (errors.length === 0) return null;
  const shown = errors.slice(0, SHOWN);
  return (
    <section aria-labelledby="import-errors-heading" className="mt-6" data-testid="import-errors">
      <h2 id="import-errors-heading" className="text-lg font-semibold text-red-800">
        {errors.length === 1 ? "1 problem" : `${errors.length} problems`} to fix
      </h2>
      <p className="mt-0.5 text-sm text-slate-600">Nothing is imported until the file has no problems. Fix them in your spreadsheet, save it as CSV and choose it again.</p>
      <TableShell shellClassName="mt-3 border-red-200 shadow-none" className="w-full">
          <caption className="sr-only">Problems found in the file</caption>
          <thead className="border-b border-red-100 bg-red-50">
            <HeaderRow columns={["Row", "Column", "Problem"]} className="text-red-800" />
          </thead>
          <tbody className="divide-y divide-slate-100">
            {shown.map((e, i) => (
              <tr key={i} aria-label={errorLabel(e)}>
                <td className="px-4 py-2 align-top tabular-nums text-slate-900">{e.row === 0 ? "File" : e.row}</td>
                <td className="px-4 py-2 align-top font-mono text-xs text-slate-700">{e.column || "—"}</td>
                <td className="px-4 py-2 align-top text-slate-700">{e.message}</td>
              </tr>
            ))}
          </tbody>
      </TableShell>
      {errors.length > SHOWN && <p className="mt-2 text-sm text-slate-600">…and {errors.length - SHOWN} more. Fix these first, then check the file again.</p>}
    </section>
  );
}
