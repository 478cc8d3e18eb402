import Link from "next/link";
import { Cell, FigureTable, RowHead } from "@/components/scorecard/figure-table";
import { toMonthParam } from "@/lib/scorecard/month";
import type { Formats } from "@/lib/format";
import type { BenefitsRow, RealisationFigures } from "@/lib/realisation/types";
import { formatCents, formatRealisation, formatRoi } from "./figures-format";
import { RealisationBadge } from "./status-badge";

const columns = ["Technology", "Linked KPIs", "Realisation", "Benefits to date: planned / realised", "Costs to date", "ROI to date: planned / realised", "Plan ROI (life)", "Status"];

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
      <Cell className="tabular-nums">
        {formatRealisation(f.realisation, locale)}
        <span className="block text-xs text-slate-500">
          {f.kpisScored} of {f.kpisLinked} KPIs
        </span>
      </Cell>
      <Cell className="tabular-nums">
        {formatCents(f.plannedBenefitsToDateCents, formats)}
        <span className="block text-slate-900">{formatCents(f.realisedBenefitsToDateCents, formats)}</span>
      </Cell>
      <Cell className="tabular-nums">{formatCents(f.costsToDateCents, formats)}</Cell>
      <Cell className="tabular-nums">
        <span data-testid="planned-roi">{formatRoi(f.plannedRoiToDate, locale)}</span>
        <span className="block font-medium text-slate-900" data-testid="realised-roi">
          {formatRoi(f.realisedRoiToDate, locale)}
        </span>
      </Cell>
      <Cell className="tabular-nums">{formatRoi(f.planRoi, locale)}</Cell>
      <Cell className="tabular-nums">
        <RealisationBadge status={f.status} />
      </Cell>
    </>
  );
}

/** Every technology with linked KPIs: its business case to date beside what the KPIs show. */
export function BenefitsTable({ rows, slug, formats, month }: { rows: readonly BenefitsRow[]; slug: string; formats: Formats; month: string | null }) {
  const query = month ? `?month=${toMonthParam(month)}` : "";
  return (
    <FigureTable columns={columns} caption="Benefits realised to date by technology" shellClassName="mt-4" testId="benefits-table">
      {rows.map(({ id, name, figures: f }) => (
        <tr key={id} data-testid="benefits-row">
          <RowHead className="tabular-nums">
            <Link href={`/w/${slug}/benefits/${id}${query}`} className="text-indigo-700 hover:underline">
              {name}
            </Link>
          </RowHead>
          <Cell className="tabular-nums">
            <LinkedKpis kpis={f.kpis} formats={formats} />
          </Cell>
          <FigureCells f={f} formats={formats} />
        </tr>
      ))}
    </FigureTable>
  );
}
