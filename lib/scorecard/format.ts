/** KPI values as the page shows them, by unit. */
import { formatKpiValue } from "@/lib/kpis/format";
import type { KpiView, Verdict } from "./types";

const plain = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

export { formatKpiValue };

/** A change with its sign, in the KPI's unit ("+$1,200", "−2.5%"); percent changes are in points. */
export function formatKpiChange(change: number, unit: KpiView["unit"], currency: string): string {
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  const magnitude = unit === "percent" ? `${plain.format(Math.abs(change))} pts` : formatKpiValue(Math.abs(change), unit, currency);
  return `${sign}${magnitude}`;
}

/** 0.734 → "73%": scores are read at a glance, so no decimals. */
export const formatScore = (score: number | null): string => (score === null ? "—" : `${Math.round(score * 100)}%`);

/** A met target reads green like "on track" (the RAG green); the label tells the two apart. */
export const verdictTone: Record<Verdict, "emerald" | "amber" | "slate"> = {
  "target met": "emerald",
  "on track": "emerald",
  "at risk": "amber",
  "target date passed": "slate",
  "not enough data": "slate",
  "no target date": "slate",
};

/** The verdict as its badge reads. */
export const verdictLabel: Record<Verdict, string> = {
  "target met": "Target met",
  "on track": "On track",
  "at risk": "At risk",
  "target date passed": "Target date passed",
  "not enough data": "Not enough data",
  "no target date": "No target date",
};
