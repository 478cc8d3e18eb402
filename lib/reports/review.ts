/**
 * The monthly review's view model: the dashboard's figures beside last month's, the scorecard by
 * perspective, and what each KPI did since last month. Pure, so it is tested on fixtures; the page formats it.
 */
import type { DashboardAlerts, DashboardView, Figure } from "@/lib/dashboard/types";
import type { Perspective } from "@/lib/domain/values";
import { attainment, FinanceError, rag as ragOf, type Rag } from "@/lib/finance";
import { shiftMonth } from "@/lib/scorecard/month";
import type { KpiView, ScorecardView } from "@/lib/scorecard/types";

export type HeadlineKind = "ratio" | "money" | "count";
export type Tone = "better" | "worse" | "same";

export interface HeadlineRow {
  key: "roi" | "npv" | "irr" | "runRate" | "tco" | "technologies";
  label: string;
  /** How to format the numbers: ratios as percentages (changes in points), money in cents. */
  kind: HeadlineKind;
  value: number | null;
  previous: number | null;
  change: number | null;
  /** Whether the change is good news; null when the figure has no better direction (TCO only grows). */
  tone: Tone | null;
  /** Why there is no value, or a remark on the figure ("2 went live this month"). */
  note: string | null;
}

export interface PerspectiveRow {
  perspective: Perspective | "overall";
  score: number | null;
  previousScore: number | null;
  change: number | null;
  rag: Rag | null;
  previousRag: Rag | null;
  kpiCount: number | null;
  scoredCount: number | null;
}

export interface KpiChange {
  id: string;
  name: string;
  perspective: Perspective;
  unit: KpiView["unit"];
  direction: KpiView["direction"];
  latest: number;
  /** Last month's value; null when the KPI was not measured then. */
  previous: number | null;
  change: number | null;
  /**
   * The change as a share of the distance from baseline to target (0.25 = a quarter of the way), so KPIs
   * in different units compare; when baseline equals target, the change relative to last month's value.
   */
  size: number | null;
  ragBefore: Rag | null;
  ragNow: Rag | null;
  /** Set when the RAG status changed between the two months, e.g. amber → red is "down". */
  ragMove: "up" | "down" | null;
}

export interface NotMeasured {
  id: string;
  name: string;
  perspective: Perspective;
  unit: KpiView["unit"];
  /** The last value before this month, if any. */
  last: { value: number; period: string } | null;
}

export interface ReviewChanges {
  /** Largest move first. */
  improved: KpiChange[];
  /** Largest move first. */
  worsened: KpiChange[];
  unchanged: KpiChange[];
  /** Measured this month but not last month: nothing to compare with. */
  firstValue: KpiChange[];
  notMeasured: NotMeasured[];
}

export interface ReviewView {
  /** The month reviewed, 'YYYY-MM-01'. */
  month: string;
  previousMonth: string;
  /** Months the reader can pick, newest first (the dashboard's). */
  months: string[];
  technologyCount: number;
  kpiCount: number;
  headline: HeadlineRow[];
  /** The overall score first, then the four perspectives. */
  perspectives: PerspectiveRow[];
  changes: ReviewChanges;
  alerts: DashboardAlerts;
  alertCount: number;
}

const ragRank: Record<Rag, number> = { red: 0, amber: 1, green: 2 };

function toneOf(change: number | null, better: "higher" | "lower" | null): Tone | null {
  if (change === null || better === null) return null;
  if (change === 0) return "same";
  return (change > 0) === (better === "higher") ? "better" : "worse";
}

function headlineRow(key: HeadlineRow["key"], label: string, kind: HeadlineKind, figure: Figure, better: "higher" | "lower" | null): HeadlineRow {
  const change = figure.change ?? (figure.value !== null && figure.previous !== null ? figure.value - figure.previous : null);
  return { key, label, kind, value: figure.value, previous: figure.previous, change, tone: toneOf(change, better), note: figure.unavailable };
}

function headline(dashboard: DashboardView): HeadlineRow[] {
  const { tiles } = dashboard;
  const wentLive = tiles.status.wentLive;
  return [
    headlineRow("roi", "ROI to date", "ratio", tiles.roi, "higher"),
    headlineRow("npv", "NPV to date", "money", tiles.npvCents, "higher"),
    headlineRow("irr", "IRR (annual)", "ratio", tiles.irrAnnual, "higher"),
    headlineRow("runRate", "Annual run-rate", "money", tiles.runRateCents, "lower"),
    // Costs to date only ever grow, so a rise is neither good nor bad news.
    headlineRow("tco", "TCO to date", "money", tiles.tcoCents, null),
    {
      key: "technologies",
      label: "Technologies",
      kind: "count",
      value: dashboard.technologyCount,
      previous: null,
      change: null,
      tone: null,
      note: wentLive > 0 ? `${wentLive} went live this month` : null,
    },
  ];
}

const ragOrNull = (score: number | null): Rag | null => (score === null ? null : ragOf(score));

function perspectiveRows(dashboard: DashboardView): PerspectiveRow[] {
  const { overall } = dashboard;
  const overallChange = overall.score !== null && overall.previousScore !== null ? overall.score - overall.previousScore : null;
  return [
    {
      perspective: "overall",
      score: overall.score,
      previousScore: overall.previousScore,
      change: overallChange,
      rag: overall.rag,
      previousRag: ragOrNull(overall.previousScore),
      kpiCount: null,
      scoredCount: null,
    },
    ...dashboard.perspectives.map((p) => ({
      perspective: p.perspective,
      score: p.score,
      previousScore: p.previousScore,
      change: p.change,
      rag: p.rag,
      previousRag: ragOrNull(p.previousScore),
      kpiCount: p.kpiCount,
      scoredCount: p.scoredCount,
    })),
  ];
}

/** Last month's RAG from last month's value, the same arithmetic the scorecard uses for this month's. */
function ragAt(kpi: KpiView, value: number): Rag | null {
  try {
    return ragOf(attainment({ actual: value, baseline: kpi.baseline, target: kpi.target, direction: kpi.direction }));
  } catch (e) {
    if (e instanceof FinanceError) return null; // a definition error: no RAG this month either
    throw e;
  }
}

function sizeOf(kpi: KpiView, change: number | null, previous: number | null): number | null {
  if (change === null) return null;
  const span = kpi.target - kpi.baseline;
  if (span !== 0) return Math.abs(change / span);
  if (previous !== null && previous !== 0) return Math.abs(change / previous);
  return Math.abs(change);
}

function kpiChange(kpi: KpiView, latest: number): KpiChange {
  const previous = kpi.previous?.value ?? null;
  const ragBefore = previous === null ? null : ragAt(kpi, previous);
  const ragNow = kpi.rag;
  const ragMove = ragBefore && ragNow && ragBefore !== ragNow ? (ragRank[ragNow] > ragRank[ragBefore] ? "up" : "down") : null;
  const { id, name, perspective, unit, direction, change } = kpi;
  return { id, name, perspective, unit, direction, latest, previous, change, size: sizeOf(kpi, change, previous), ragBefore, ragNow, ragMove };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const bySize = (a: KpiChange, b: KpiChange) => (b.size ?? 0) - (a.size ?? 0) || byName(a, b);

/** Sorts every KPI of the scorecard into what it did between last month and `month`. */
export function kpiChanges(scorecard: ScorecardView, month: string): ReviewChanges {
  const changes: ReviewChanges = { improved: [], worsened: [], unchanged: [], firstValue: [], notMeasured: [] };
  for (const kpi of scorecard.perspectives.flatMap((p) => p.kpis)) {
    const latest = kpi.latest;
    if (!latest || latest.period !== month) {
      // The scorecard may have resolved to another month than the review's; a value after it does not count.
      const last = latest && latest.period < month ? latest : null;
      changes.notMeasured.push({ id: kpi.id, name: kpi.name, perspective: kpi.perspective, unit: kpi.unit, last });
      continue;
    }
    const row = kpiChange(kpi, latest.value);
    if (kpi.previous === null || kpi.changeTone === null) changes.firstValue.push(row);
    else if (kpi.changeTone === "better") changes.improved.push(row);
    else if (kpi.changeTone === "worse") changes.worsened.push(row);
    else changes.unchanged.push(row);
  }
  changes.improved.sort(bySize);
  changes.worsened.sort(bySize);
  changes.unchanged.sort(byName);
  changes.firstValue.sort(byName);
  changes.notMeasured.sort(byName);
  return changes;
}

export function buildReview(scorecard: ScorecardView, dashboard: DashboardView): ReviewView {
  const { alerts } = dashboard;
  return {
    month: dashboard.month,
    previousMonth: shiftMonth(dashboard.month, -1),
    months: dashboard.months,
    technologyCount: dashboard.technologyCount,
    kpiCount: scorecard.kpiCount,
    headline: headline(dashboard),
    perspectives: perspectiveRows(dashboard),
    changes: kpiChanges(scorecard, dashboard.month),
    alerts,
    alertCount: alerts.kpisTurningRed.length + alerts.belowExpectedRoi.length + alerts.renewals.length + alerts.goalsWithoutTechnology.length,
  };
}
