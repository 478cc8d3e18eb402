import { TableShell } from "@/components/ui/table";
import { label } from "@/lib/domain/labels";
import type { PreviewTechnology } from "@/lib/portfolio/import-actions";

const th = "px-4 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-4 py-2 align-top text-sm text-slate-700";
const num = "px-4 py-2 text-right align-top text-sm tabular-nums text-slate-900";

export function PreviewTable({ technologies }: { technologies: PreviewTechnology[] }) {
  if (technologies.length === 0) return null;
  return (
    <section aria-labelledby="import-preview-heading" className="mt-6" data-testid="import-preview">
      <h2 id="import-preview-heading" className="text-lg font-semibold text-slate-900">
        {technologies.length === 1 ? "1 technology" : `${technologies.length} technologies`} ready to import
      </h2>
      <TableShell shellClassName="mt-3 shadow-none" className="w-full min-w-[40rem]">
          <caption className="sr-only">Technologies in the file</caption>
          <thead className="border-b border-slate-100">
            <tr>
              <th scope="col" className={th}>Row</th>
              <th scope="col" className={th}>Name</th>
              <th scope="col" className={th}>Vendor</th>
              <th scope="col" className={th}>Category</th>
              <th scope="col" className={th}>Status</th>
              <th scope="col" className={`${th} text-right`}>Cost lines</th>
              <th scope="col" className={`${th} text-right`}>Benefit lines</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {technologies.map((t) => (
              <tr key={t.row}>
                <td className={`${td} tabular-nums`}>{t.row}</td>
                <th scope="row" className={`${td} text-left font-medium text-slate-900`}>{t.name}</th>
                <td className={td}>{t.vendor || <span className="text-slate-400">—</span>}</td>
                <td className={td}>{label(t.category)}</td>
                <td className={td}>{label(t.status)}</td>
                <td className={num}>{t.costLines}</td>
                <td className={num}>{t.benefitLines}</td>
              </tr>
            ))}
          </tbody>
      </TableShell>
    </section>
  );
}
