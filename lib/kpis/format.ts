import { formatMoney, formatNumber, formatPercent, type Formats } from "@/lib/format";
import { UNIT_RULES, type KpiUnit } from "./unit-rules";

/** The fewest decimals (up to `max`) that write `value` rounded to `max` decimals: 70.6 → 1, 100 → 0. */
function decimalsOf(value: number, max: number): number {
  for (let d = 0; d < max; d++) {
    const f = 10 ** d;
    if (Math.abs(Math.round(value * f) / f - value) < 1e-9) return d;
  }
  return max;
}

/**
 * A KPI value for reading, by unit, in the workspace's locale: "$4.80", "£1,250", "87.5%", "1,200"
 * ("4,80 €", "87,5 %" in de-DE); "—" when there is none.
 * Currency KPIs are stored in major units; small amounts (a cost per contact) keep their cents.
 * A measured value is shown as entered, with as many decimals as the unit lets a value be entered with
 * (UNIT_RULES); an estimate (a forecast) arrives already rounded to the KPI's display decimals
 * (displayDecimals in ./unit-rules), so it is shown with those.
 */
export function formatKpiValue(value: number | string | null | undefined, unit: KpiUnit, formats: Formats): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = Number(value);
  if (!Number.isFinite(n)) return "—";
  if (unit === "currency") return formatMoney(Math.round(n * 100), formats, { showCents: Math.abs(n) < 1000 });
  const max = (UNIT_RULES[unit] ?? UNIT_RULES.count).decimals;
  // Percent KPIs are stored as 0–100; the locale writes the sign ("87.5%", "87,5 %").
  if (unit === "percent") return formatPercent(n / 100, formats.locale, decimalsOf(n, max));
  return formatNumber(n, formats.locale, { max });
}
