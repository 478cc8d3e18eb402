import { TableShell } from "@/components/ui/table";
import { CSV_COLUMN_HELP, MAX_CSV_ROWS } from "@/lib/portfolio/csv-import";

const th = "px-4 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";

/** The file format, next to the form; the same column list the parser and the template use. */
export function FormatHelp() {
  return (
    <section aria-labelledby="csv-format-heading" className="mt-10">
      <h2 id="csv-format-heading" className="text-lg font-semibold text-slate-900">
        File format
      </h2>
      <div className="mt-1 space-y-2 text-sm text-slate-600">
        <p>
          One CSV file with a header row. Each row is a technology or one of its cost or benefit lines. Rows with the same <code>name</code> belong
          together: the first one carries the technology&apos;s fields, later rows of that name may leave them blank.
        </p>
        <p>
          Amounts are in major units, with a decimal point (<code>1234.56</code>) or a decimal comma (<code>1234,56</code>); months are{" "}
          <code>YYYY-MM</code> or <code>MM/YYYY</code>; dates <code>YYYY-MM-DD</code> or day and month in either order. The import detects which
          the file uses and asks when the file could be read two ways (<code>1,500</code>, <code>03/04/2026</code>); columns may be separated by
          commas, semicolons, tabs or pipes, and a file with its own column names can be matched to these once it is read. Choices may be written as
          labels in any case (&ldquo;Cloud infrastructure&rdquo; for <code>cloud_infrastructure</code>). At most {MAX_CSV_ROWS}{" "}
          rows and 1 MB per file. Names already in the workspace are refused: the import only adds technologies.
        </p>
      </div>
      <TableShell shellClassName="mt-3 shadow-none" className="w-full">
          <caption className="sr-only">Columns of the import file</caption>
          <thead className="border-b border-slate-100">
            <tr>
              <th scope="col" className={th}>Column</th>
              <th scope="col" className={th}>Required</th>
              <th scope="col" className={th}>Values</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {CSV_COLUMN_HELP.map((c) => (
              <tr key={c.column}>
                <th scope="row" className="px-4 py-2 text-left align-top font-mono text-xs font-normal text-slate-900">{c.column}</th>
                <td className="px-4 py-2 align-top text-slate-700">{c.required === "lines" ? "On line rows" : c.required ? "Yes" : "No"}</td>
                <td className="px-4 py-2 align-top text-slate-700">{c.help}</td>
              </tr>
            ))}
          </tbody>
      </TableShell>
    </section>
  );
}
