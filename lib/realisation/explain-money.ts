/**
 * "How is this computed?" for a technology's realised benefits: the formula and the actual inputs behind
 * the figure — each KPI's value, baseline, value per unit and share at the month, the amounts entered, and
 * the sums to date — written the workspace's way.
 */
import { formatMoney, formatMonth, formatNumber, formatPercent, type Formats } from "@/lib/format";
import type { MoneyBenefitsRow } from "./benefits-money";
import type { KpiMoneyInput } from "./money-types";

export const REALISED_FORMULA =
  "realised benefit = Σ KPIs (value − baseline, in the KPI's good direction) × value per unit × attributed share + amounts entered";

export type ExplainedFigure = { formula: string; inputs: { label: string; value: string }[] };

const ATTRIBUTION_WORDS = { equal: "equal parts", weighted: "weighted by planned benefit", time_decay: "time decay from go-live" } as const;

/** One KPI's part of the month: "6.5 against a baseline of 8 (lower is better): 1.5 better × €1,200.00 × 75% = €1,350.00". */
export function kpiInputText(i: KpiMoneyInput, formats: Formats): string {
  const n = (v: number) => formatNumber(v, formats.locale, { max: 4 });
  const money = (c: number) => formatMoney(c, formats, { showCents: true });
  const better = i.direction === "higher" ? "higher is better" : "lower is better";
  const change = i.share === 0 ? 0 : i.units / i.share;
  const moved = change >= 0 ? `${n(change)} better` : `${n(-change)} worse`;
  const share = i.technologiesSharing > 1 ? ` × ${formatPercent(i.share, formats.locale)} (${ATTRIBUTION_WORDS[i.attribution]}, ${i.technologiesSharing} technologies)` : "";
  return `${n(i.value)} against a baseline of ${n(i.baseline)} (${better}): ${moved} × ${money(i.valuePerUnitCents)} per unit${share} = ${money(i.cents)}`;
}

/** The inputs behind a row's realised benefits: the month's KPI parts and entered amount, then the sums to date. */
export function explainRealised(row: MoneyBenefitsRow, formats: Formats): ExplainedFigure {
  const money = (c: number) => formatMoney(c, formats, { showCents: true });
  const { figures, atMonth, realisedBySource } = row;
  const month = formatMonth(figures.month, formats.locale);
  if (!figures.hasBenefitActuals) {
    return {
      formula: REALISED_FORMULA,
      inputs: [{ label: "Realised to date", value: `No actuals yet: no KPI value priced by a benefit line and no amount entered up to ${month}. The plan is shown.` }],
    };
  }
  const inputs = row.kpiInputs.map((i) => ({ label: `${i.kpiName}, ${month}`, value: kpiInputText(i, formats) }));
  if (atMonth.realised === null) inputs.push({ label: month, value: "Nothing measured or entered this month" });
  else if (atMonth.realised.enteredCents !== 0) inputs.push({ label: `Entered for ${month}`, value: money(atMonth.realised.enteredCents) });
  const since = figures.since ? formatMonth(figures.since, formats.locale) : month;
  inputs.push(
    { label: `Realised from KPIs, ${since}–${month}`, value: money(realisedBySource.fromKpisCents) },
    { label: `Entered, ${since}–${month}`, value: money(realisedBySource.enteredCents) },
    { label: `Planned over the same months`, value: money(figures.toDate.plannedBenefitCents) },
  );
  return { formula: REALISED_FORMULA, inputs };
}
