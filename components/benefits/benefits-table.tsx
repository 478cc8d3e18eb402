import Link from "next/link";
import { TableShell, Td, Th, THead } from "@/components/ui/table";
import { toMonthParam } from "@/lib/scorecard/month";
import type { Formats } from "@/lib/format";
import type { BenefitsRow, RealisationFigures } from "@/lib/realisation/types";
import { formatCents, formatRealisation, formatRoi } from "./figures-format";
import { RealisationBadge } from "./status-badge";

const columns = ["Technology", "Linked KPIs", "Realisation", "Benefits to date: planned / realised", "Costs to date", "ROI to date: planned / realised", "Plan ROI (life)", "Status"];
const cell = "align-top tabular-nums";

/** Each linked KPI with its attainment, or why it has none. */
function LinkedKpis({ kpis, formats }: { kpis: RealisationFigures["kpis"]; formats: Formats }) {
  const attainment = (k: RealisationFigures["kpis"][number]) =>
    k.attainment === null ? (k.problem ? "(cannot be scored)" : "(no value yet)") : `(${formatRealisation(k.attainment, formats.locale)})`;
  return (
    <ul className="space-y-0.5">
      {kpis.map((k) => (
        <li key={k.id} className="whitespace-nowrap">
          {k.name} <span className="text-xs text-slate-500">{attainment(k)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The figures of one technology, from realisation to status. */
function FigureCells({ f, formats }: { f: RealisationFigures; formats: Formats }) {
  const { locale } = formats;
  return (
    <>
      <Td className={cell}>
        {formatRealisation(f.realisation, locale)}
        <span className="block text-xs text-slate-500">
          {f.kpisScored} of {f.kpisLinked} KPIs
        </span>
      </Td>
      <Td className={cell}>
        {formatCents(f.plannedBenefitsToDateCents, formats)}
        <span className="block text-slate-900">{formatCents(f.realisedBenefitsToDateCents, formats)}</span>
      </Td>
      <Td className={cell}>{formatCents(f.costsToDateCents, formats)}</Td>
      <Td className={cell}>
        <span data-testid="planned-roi">{formatRoi(f.plannedRoiToDate, locale)}</span>
        <span className="block font-medium text-slate-900" data-testid="realised-roi">
          {formatRoi(f.realisedRoiToDate, locale)}
        </span>
      </Td>
      <Td className={cell}>{formatRoi(f.planRoi, locale)}</Td>
      <Td className={cell}>
        <RealisationBadge status={f.status} />
      </Td>
    </>
  );
}

/** Every technology with linked KPIs: its business case to date beside what the KPIs show. */
export function BenefitsTable({ rows, slug, formats, month }: { rows: readonly BenefitsRow[]; slug: string; formats: Formats; month: string | null }) {
  const query = month ? `?month=${toMonthParam(month)}` : "";
  return (
    <TableShell shellClassName="mt-4" data-testid="benefits-table">
      <caption className="sr-only">Benefits realised to date by technology</caption>
      <THead>
        <tr>
          {columns.map((h) => (
            <Th key={h}>{h}</Th>
          ))}
        </tr>
      </THead>
      <tbody className="divide-y divide-slate-100">
        {rows.map(({ id, name, figures: f }) => (
          <tr key={id} data-testid="benefits-row">
            <Th scope="row" className={`${cell} font-medium text-slate-900`}>
              <Link href={`/w/${slug}/benefits/${id}${query}`} className="text-indigo-700 hover:underline">
                {name}
              </Link>
            </Th>
            <Td className={cell}>
              <LinkedKpis kpis={f.kpis} formats={formats} />
            </Td>
            <FigureCells f={f} formats={formats} />
          </tr>
        ))}
      </tbody>
    </TableShell>
  );
}
