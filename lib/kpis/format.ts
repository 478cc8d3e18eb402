import { formatMoney } from "@/lib/format";
import { kpiUnits } from "@/lib/domain/values";
import { UNIT_RULES, type KpiUnit } from "./unit-rules";

/** One number format per unit, showing as many decimals as the unit lets a value be entered with (UNIT_RULES). */
const plain = Object.fromEntries(
  kpiUnits.map((unit) => [unit, new Intl.NumberFormat("en-US", { maximumFractionDigits: UNIT_RULES[unit].decimals })]),
) as Record<KpiUnit, Intl.NumberFormat>;

/**
 * A KPI value for reading, by unit: "$4.80", "£1,250", "87.5%", "1,200"; "—" when there is none.
 * Currency KPIs are stored in major units; small amounts (a cost per contact) keep their cents.
 * A measured value is shown as entered; an estimate (a forecast) arrives already rounded to the KPI's
 * display decimals (displayDecimals in ./unit-rules), so it is shown with those.
 */
export function formatKpiValue(value: number | string | null | undefined, unit: KpiUnit, currency: string): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = Number(value);
  if (!Number.isFinite(n)) return "—";
  if (unit === "currency") return formatMoney(Math.round(n * 100), currency, { showCents: Math.abs(n) < 1000 });
  const text = (plain[unit] ?? plain.count).format(n);
  return unit === "percent" ? `${text}%` : text;
}
