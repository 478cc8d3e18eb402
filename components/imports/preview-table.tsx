import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { TableShell } from "@/components/ui/table";

/** One column of the preview: its heading and what a row shows in it. */
export type PreviewColumn<Summary> = { header: string; cell: (row: Summary) => ReactNode; align?: "left" | "right" };

const th = "px-4 py-2 text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-4 py-2 align-top text-sm text-slate-700";

type PreviewTableProps<Summary> = { heading: string; rows: { line: number; row: Summary }[]; rowCount: number; columns: readonly PreviewColumn<Summary>[] };

/** The rows as they will be imported, each with the spreadsheet row it comes from; the first ones of a large file. */
export function PreviewTable<Summary>({ heading, rows, rowCount, columns }: PreviewTableProps<Summary>) {
  if (rows.length === 0) return null;
  const right = (c: PreviewColumn<Summary>) => (c.align === "right" ? "text-right tabular-nums" : "text-left");
  return (
    <section aria-labelledby="import-preview-heading" className="mt-6" data-testid="import-preview">
      <h2 id="import-preview-heading" className="text-lg font-semibold text-slate-900">
        {heading}
      </h2>
      {rowCount > rows.length && (
        <p className="mt-0.5 text-sm text-slate-600">
          The first {rows.length} of {rowCount} are shown.
        </p>
      )}
      <TableShell shellClassName="mt-3 shadow-none" className="w-full min-w-[40rem]">
        <caption className="sr-only">Rows in the file</caption>
        <thead className="border-b border-slate-100">
          <tr>
            <th scope="col" className={cn(th, "text-left")}>Row</th>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={cn(th, right(c))}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ line, row }) => (
            <tr key={line}>
              <td className={cn(td, "tabular-nums")}>{line}</td>
              {columns.map((c) => (
                <td key={c.header} className={cn(td, right(c))}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </TableShell>
    </section>
  );
}
