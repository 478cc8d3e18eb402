import Link from "next/link";
import { toMonthParam } from "@/lib/scorecard/month";
import type { Formats } from "@/lib/format";
import type { BenefitsRow } from "@/lib/realisation/types";
import { formatCents, formatRealisation, formatRoi } from "./figures-format";
import { RealisationBadge } from "./status-badge";

const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-3 py-2 align-top text-sm tabular-nums text-slate-700";

/** Every technology with linked KPIs: its business case to date beside what the KPIs show. */
export function BenefitsTable({ rows, slug, formats, month }: { rows: readonly BenefitsRow[]; slug: string; formats: Formats; month: string | null }) {
  const { locale } = formats;
  const query = month ? `?month=${toMonthParam(month)}` : "";
  return (
    <div className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-100" data-testid="benefits-table">
        <caption className="sr-only">Benefits realised to date by technology</caption>
        <thead>
          <tr>
            {["Technology", "Linked KPIs", "Realisation", "Benefits to date: planned / realised", "Costs to date", "ROI to date: planned / realised", "Plan ROI (life)", "Status"].map(
              (h) => (
                <th key={h} scope="col" className={th}>
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ id, name, figures: f }) => (
            <tr key={id} data-testid="benefits-row">
              <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                <Link href={`/w/${slug}/benefits/${id}${query}`} className="text-indigo-700 hover:underline">
                  {name}
                </Link>
              </th>
              <td className={td}>
                <ul className="space-y-0.5">
                  {f.kpis.map((k) => (
                    <li key={k.id} className="whitespace-nowrap">
                      {k.name}{" "}
                      <span className="text-xs text-slate-500">{k.attainment === null ? (k.problem ? "(cannot be scored)" : "(no value yet)") : `(${formatRealisation(k.attainment, locale)})`}</span>
                    </li>
                  ))}
                </ul>
              </td>
              <td className={td}>
                {formatRealisation(f.realisation, locale)}
                <span className="block text-xs text-slate-500">
                  {f.kpisScored} of {f.kpisLinked} KPIs
                </span>
              </td>
              <td className={td}>
                {formatCents(f.plannedBenefitsToDateCents, formats)}
                <span className="block text-slate-900">{formatCents(f.realisedBenefitsToDateCents, formats)}</span>
              </td>
              <td className={td}>{formatCents(f.costsToDateCents, formats)}</td>
              <td className={td}>
                <span data-testid="planned-roi">{formatRoi(f.plannedRoiToDate, locale)}</span>
                <span className="block font-medium text-slate-900" data-testid="realised-roi">
                  {formatRoi(f.realisedRoiToDate, locale)}
                </span>
              </td>
              <td className={td}>{formatRoi(f.planRoi, locale)}</td>
              <td className={td}>
                <RealisationBadge status={f.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
