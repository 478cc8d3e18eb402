import { Cell, RowHead } from "@/components/scorecard/figure-table";
import { FigureHowComputed } from "@/components/ui/how-computed";
import { RealisationBadge } from "@/components/benefits/status-badge";
import { formatMoney, formatMonth, formatPercent, type Formats } from "@/lib/format";
import type { MoneyBenefitsRow } from "@/lib/realisation/benefits-money";
import { explainRealised } from "@/lib/realisation/explain-money";
import { ReportSection, ReportTable } from "./report-section";

const roi = (value: number | null, formats: Formats) => (value === null ? "—" : formatPercent(value, formats.locale));

function MonthCells({ row, formats }: { row: MoneyBenefitsRow; formats: Formats }) {
  const money = (c: number) => formatMoney(c, formats);
  const realised = row.atMonth.realised;
  return (
    <>
      <Cell numeric>{money(row.atMonth.plannedCents)}</Cell>
      <Cell numeric className="font-medium text-slate-900">
        {realised ? money(realised.fromKpisCents + realised.enteredCents) : "—"}
        {realised && (
          <span className="block text-xs font-normal text-slate-500">
            KPIs {money(realised.fromKpisCents)} · entered {money(realised.enteredCents)}
          </span>
        )}
      </Cell>
    </>
  );
}

function ToDateCells({ row, formats }: { row: MoneyBenefitsRow; formats: Formats }) {
  const { toDate, hasBenefitActuals } = row.figures;
  return (
    <>
      <Cell numeric>{formatMoney(toDate.plannedBenefitCents, formats)}</Cell>
      <Cell numeric className="font-medium text-slate-900">
        {hasBenefitActuals ? formatMoney(toDate.realisedBenefitCents, formats) : <span className="text-xs font-normal text-amber-700">No actuals yet</span>}
        <FigureHowComputed figure={explainRealised(row, formats)} />
      </Cell>
      <Cell numeric>
        {roi(toDate.plannedRoi, formats)}
        <span className="block text-slate-900" data-testid="report-realised-roi">
          {roi(toDate.realisedRoi, formats)}
        </span>
      </Cell>
    </>
  );
}

/** Each technology's planned benefit beside what it really realised, this month and to date, in money. */
export function BenefitsSection({ rows, month, formats }: { rows: readonly MoneyBenefitsRow[]; month: string; formats: Formats }) {
  const columns = [
    "Technology",
    { label: `Planned, ${formatMonth(month, formats.locale)}`, numeric: true },
    { label: `Realised, ${formatMonth(month, formats.locale)}`, numeric: true },
    { label: "Planned to date", numeric: true },
    { label: "Realised to date", numeric: true },
    { label: "ROI to date: planned / realised", numeric: true },
    "Status",
  ];
  return (
    <ReportSection
      id="report-benefits"
      title="Benefits realised"
      testId="report-benefits"
      description="What each technology's business case planned beside what it really realised: its KPIs' change priced by its benefit lines, plus amounts entered. To date runs from its first actual; without actuals the plan is shown alone."
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">No technology plans or records a benefit yet.</p>
      ) : (
        <ReportTable columns={columns}>
          {rows.map((row) => (
            <tr key={row.id} data-testid="report-benefits-row" className="align-top">
              <RowHead>{row.name}</RowHead>
              <MonthCells row={row} formats={formats} />
              <ToDateCells row={row} formats={formats} />
              <Cell>
                <RealisationBadge status={row.realisationStatus} />
              </Cell>
            </tr>
          ))}
        </ReportTable>
      )}
    </ReportSection>
  );
}
