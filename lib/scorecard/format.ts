/** KPI values as the page shows them, by unit, in the workspace's locale (lib/format). */
import { formatNumber, formatPercent, signOf, type Formats, type Locale } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import type { KpiView, Verdict } from "./types";

/** A change with its sign, in the KPI's unit ("+$1,200", "−2.5 pts"); percent changes are in points. */
export function formatKpiChange(change: number, unit: KpiView["unit"], formats: Formats): string {
  const magnitude = unit === "percent" ? `${formatNumber(Math.abs(change), formats.locale, { max: 2 })} pts` : formatKpiValue(Math.abs(change), unit, formats);
  return `${signOf(change)}${magnitude}`;
}

/** 0.734 → "73%" ("73 %" in de-DE): scores are read at a glance, so no decimals. */
export const formatScore = (score: number | null, locale: Locale): string => (score === null ? "—" : formatPercent(score, locale, 0));

/** A met target reads green like "on track" (the RAG green); the label tells the two apart. */
export const verdictTone: Record<Verdict, "green" | "amber" | "neutral"> = {
  "target met": "green",
  "on track": "green",
  "at risk": "amber",
  "target date passed": "neutral",
  "not enough data": "neutral",
  "no target date": "neutral",
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
