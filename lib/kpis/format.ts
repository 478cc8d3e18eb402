import { formatMoney } from "@/lib/format";
import type { KpiUnit } from "./unit-rules";

const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/**
 * A KPI value for reading, by unit: "$4.80", "£1,250", "87.5%", "1,200"; "—" when there is none.
 * Currency KPIs are stored in major units; small amounts (a cost per contact) keep their cents.
 */
export function formatKpiValue(value: number | string | null | undefined, unit: KpiUnit, currency: string): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = Number(value);
  if (!Number.isFinite(n)) return "—";
  if (unit === "currency") return formatMoney(Math.round(n * 100), currency, { showCents: Math.abs(n) < 1000 });
  if (unit === "percent") return `${plain.format(n)}%`;
  return plain.format(n);
}
