/**
 * "How is this computed?" for the plan-against-actual figures of a technology's page: each figure's value
 * from lib/actuals/plan-vs-actual.ts, its formula and the actual inputs behind it, worded in the workspace's
 * locale and currency. Pure: the page passes what it loaded.
 */
import { formatMoney, formatMonth, formatNumber, formatPercent, type Formats } from "@/lib/format";
import type { PlanVsActual } from "@/lib/actuals/plan-vs-actual";
import type { KpiMoneyInput } from "@/lib/realisation/money-types";

export type PlanVsActualFigure = {
  key: "actual-cost" | "realised-benefit" | "realised-roi" | "missing";
  label: string;
  value: number | null;
  display: string;
  /** The plan beside it, worded: "Plan €1,500 · €120 over (8%)". */
  detail: string | null;
  formula: string;
  inputs: { label: string; value: string }[];
  unavailable: string | null;
};

/** "from Jan 2026 to Nov 2026", or "to Nov 2026" while nothing was recorded. */
export function periodText(figures: Pick<PlanVsActual, "since" | "month" | "months">, formats: Formats): string {
  const start = figures.since ?? figures.months[0]?.month;
  const end = formatMonth(figures.month, formats.locale);
  return start ? `from ${formatMonth(start, formats.locale)} to ${end}` : `up to ${end}`;
}

/** "€120 over plan (8%)" / "€120 under plan" / "on plan". */
export function varianceText(cents: number, ratio: number | null, formats: Formats, [above, below]: [string, string]): string {
  if (cents === 0) return "on plan";
  const share = ratio === null ? "" : ` (${formatPercent(Math.abs(ratio), formats.locale)})`;
  return `${formatMoney(Math.abs(cents), formats)} ${cents > 0 ? above : below}${share}`;
}

function actualCost(f: PlanVsActual, formats: Formats): PlanVsActualFigure {
  const t = f.toDate;
  const money = (c: number) => formatMoney(c, formats);
  return {
    key: "actual-cost",
    label: "Actual spend to date",
    value: f.hasCostActuals ? t.actualCostCents : null,
    display: f.hasCostActuals ? money(t.actualCostCents) : "n/a",
    detail: `Plan ${money(t.plannedCostCents)}${f.hasCostActuals ? ` · ${varianceText(t.costVarianceCents, t.costVarianceRatio, formats, ["over plan", "under plan"])}` : ""}`,
    formula: "Σ payments filed under this technology (refunds subtract), by the month they were booked; variance = actual − planned",
    inputs: [
      { label: "Months compared", value: periodText(f, formats) },
      { label: "Planned cost, same months (cash-flow plan)", value: money(t.plannedCostCents) },
      { label: "Actual cost", value: money(t.actualCostCents) },
      { label: "Variance", value: money(t.costVarianceCents) },
    ],
    unavailable: f.hasCostActuals ? null : "No payments recorded for this technology yet",
  };
}

/** The KPI inputs of the latest month with any, as "KPI: value against baseline × value per unit × share". */
function latestKpiInputs(inputs: readonly KpiMoneyInput[], formats: Formats): { label: string; value: string }[] {
  const latest = inputs.reduce<string | null>((a, i) => (a === null || i.month > a ? i.month : a), null);
  const num = (x: number) => formatNumber(x, formats.locale);
  return inputs
    .filter((i) => i.month === latest)
    .map((i) => ({
      label: `${i.kpiName}, ${formatMonth(i.month, formats.locale)}`,
      value: `(${num(i.value)} − baseline ${num(i.baseline)}, ${i.direction} is better) = ${num(i.units)} units of this technology's share ${formatPercent(i.share, formats.locale)} (${i.attribution}) × ${formatMoney(i.valuePerUnitCents, formats, { showCents: true })} per unit = ${formatMoney(i.cents, formats)}`,
    }));
}

function realisedBenefit(f: PlanVsActual, kpiInputs: readonly KpiMoneyInput[], formats: Formats): PlanVsActualFigure {
  const t = f.toDate;
  const money = (c: number) => formatMoney(c, formats);
  const fromKpis = f.months.reduce((s, m) => s + (m.month >= (f.since ?? "") ? (m.realised?.fromKpisCents ?? 0) : 0), 0);
  return {
    key: "realised-benefit",
    label: "Benefits realised to date",
    value: f.hasBenefitActuals ? t.realisedBenefitCents : null,
    display: f.hasBenefitActuals ? money(t.realisedBenefitCents) : "n/a",
    detail: `Plan ${money(t.plannedBenefitCents)}${f.hasBenefitActuals ? ` · ${varianceText(t.benefitVarianceCents, null, formats, ["above plan", "below plan"])}` : ""}`,
    formula: "Σ per month: (KPI value − baseline, in its good direction) × value per unit × this technology's share of the KPI, + benefit amounts entered",
    inputs: [
      { label: "Months compared", value: periodText(f, formats) },
      { label: "Planned benefits, same months", value: money(t.plannedBenefitCents) },
      { label: "From KPIs", value: money(fromKpis) },
      { label: "Entered as amounts", value: money(t.realisedBenefitCents - fromKpis) },
      ...latestKpiInputs(kpiInputs, formats),
    ],
    unavailable: f.hasBenefitActuals ? null : "No benefit measured (a KPI named on a benefit line with a value per unit) or entered yet",
  };
}

function realisedRoi(f: PlanVsActual, formats: Formats): PlanVsActualFigure {
  const t = f.toDate;
  const pct = (r: number | null) => (r === null ? "n/a" : formatPercent(r, formats.locale));
  return {
    key: "realised-roi",
    label: "ROI realised on actuals",
    value: t.realisedRoi,
    display: pct(t.realisedRoi),
    detail: `Planned ROI, same months: ${pct(t.plannedRoi)}`,
    formula: "(benefits realised − actual costs) ÷ actual costs, over the months compared",
    inputs: [
      { label: "Benefits realised", value: formatMoney(t.realisedBenefitCents, formats) },
      { label: "Actual costs", value: formatMoney(t.actualCostCents, formats) },
      { label: "Planned ROI: (planned benefits − planned costs) ÷ planned costs", value: pct(t.plannedRoi) },
    ],
    unavailable: t.realisedRoiUnavailable && `Not available: ${t.realisedRoiUnavailable}`,
  };
}

function missing(f: PlanVsActual, formats: Formats): PlanVsActualFigure {
  const list = (months: readonly string[]) => (months.length ? months.map((m) => formatMonth(m, formats.locale)).join(", ") : "none");
  const count = new Set([...f.missing.cost, ...f.missing.benefit]).size;
  return {
    key: "missing",
    label: "Months without actuals",
    value: f.since ? count : null,
    display: f.since ? String(count) : "n/a",
    detail: f.since ? `${f.missing.cost.length} without a planned payment, ${f.missing.benefit.length} without a planned benefit` : null,
    formula: "months compared in which the plan has a cost (or a benefit) and none is recorded",
    inputs: [
      { label: "Cost planned, no payment recorded", value: list(f.missing.cost) },
      { label: "Benefit planned, none measured or entered", value: list(f.missing.benefit) },
    ],
    unavailable: f.since ? null : "Nothing recorded yet: every month of the plan is without actuals",
  };
}

/** The four plan-against-actual figures of a technology, in the order the page shows them. */
export function planVsActualFigures(f: PlanVsActual, kpiInputs: readonly KpiMoneyInput[], formats: Formats): PlanVsActualFigure[] {
  return [actualCost(f, formats), realisedBenefit(f, kpiInputs, formats), realisedRoi(f, formats), missing(f, formats)];
}
