/**
 * The client review pack's view model: one quarter of the portfolio, for the client. The dashboard at the
 * quarter's last month beside the dashboard three months earlier, the scorecard by perspective at both,
 * the KPIs that moved most over the quarter, and the top actions. Pure, so it is tested on fixtures;
 * the page (app/w/[slug]/reports/quarterly) reads the views and formats this.
 */
import type { DashboardView, Figure } from "@/lib/dashboard/types";
import type { Rag } from "@/lib/finance";
import { kpiChanges, type HeadlineRow, type PerspectiveRow, type ReviewChanges, type Tone } from "@/lib/reports/review";
import type { KpiView, ScorecardView } from "@/lib/scorecard/types";
import { compareQuarters, isComplete, previousQuarterEnd, quarterEnd, quarterOf, quarterStart, shiftQuarter, type Quarter } from "./quarter";
import { rankTopActions, type TopActions } from "./top-actions";

export interface ReviewPackInput {
  quarter: Quarter;
  /** Today's month, 'YYYY-MM-01': whether the quarter is over, and how far the quarter links go. */
  currentMonth: string;
  /** getDashboard at the quarter's last month, and at the month three months earlier. */
  end: DashboardView;
  previous: DashboardView | null;
  /** getScorecard at the same two months. */
  endScorecard: ScorecardView;
  previousScorecard: ScorecardView | null;
}

export interface ReviewPackView {
  quarter: Quarter;
  /** 'YYYY-MM-01' of the quarter's first and last month, and of the previous quarter's last month. */
  start: string;
  end: string;
  previousEnd: string;
  complete: boolean;
  /** False when the dashboard could not be read at the quarter's end (outside the months it offers). */
  available: boolean;
  previousAvailable: boolean;
  technologyCount: number;
  kpiCount: number;
  headline: HeadlineRow[];
  perspectives: PerspectiveRow[];
  changes: ReviewChanges;
  top: TopActions;
  nav: { previous: Quarter | null; next: Quarter | null };
}

function toneOf(change: number | null, better: "higher" | "lower"): Tone | null {
  if (change === null) return null;
  if (change === 0) return "same";
  return change > 0 === (better === "higher") ? "better" : "worse";
}

function row(key: HeadlineRow["key"], label: string, kind: HeadlineRow["kind"], now: Figure | null, before: Figure | null, better: "higher" | "lower"): HeadlineRow {
  const value = now?.value ?? null;
  const previous = before?.value ?? null;
  const change = value !== null && previous !== null ? value - previous : null;
  return { key, label, kind, value, previous, change, tone: toneOf(change, better), note: now?.unavailable ?? null };
}

function headline(end: DashboardView | null, previous: DashboardView | null): HeadlineRow[] {
  return [
    row("roi", "ROI to date", "ratio", end?.tiles.roi ?? null, previous?.tiles.roi ?? null, "higher"),
    row("npv", "NPV to date", "money", end?.tiles.npvCents ?? null, previous?.tiles.npvCents ?? null, "higher"),
    row("runRate", "Annual run-rate", "money", end?.tiles.runRateCents ?? null, previous?.tiles.runRateCents ?? null, "lower"),
  ];
}

const changeOf = (a: number | null, b: number | null) => (a !== null && b !== null ? a - b : null);

function perspectives(end: DashboardView | null, previous: DashboardView | null): PerspectiveRow[] {
  const before = new Map(previous?.perspectives.map((p) => [p.perspective, p]) ?? []);
  const overall = {
    perspective: "overall" as const,
    score: end?.overall.score ?? null,
    previousScore: previous?.overall.score ?? null,
    change: changeOf(end?.overall.score ?? null, previous?.overall.score ?? null),
    rag: end?.overall.rag ?? null,
    previousRag: previous?.overall.rag ?? null,
    kpiCount: null,
    scoredCount: null,
  };
  return [
    overall,
    ...(end?.perspectives ?? []).map((p) => {
      const b = before.get(p.perspective);
      const previousScore = b?.score ?? null;
      return { perspective: p.perspective, score: p.score, previousScore, change: changeOf(p.score, previousScore), rag: p.rag, previousRag: (b?.rag ?? null) as Rag | null, kpiCount: p.kpiCount, scoredCount: p.scoredCount };
    }),
  ];
}

/**
 * The quarter-end scorecard restated as "this quarter against the last": a KPI counts as measured when it
 * has a value inside the quarter, and its previous value is its value at the previous quarter's end. Then
 * the monthly review's `kpiChanges` sorts and sizes the moves, so both reports rank them the same way.
 */
export function quarterScorecard(end: ScorecardView, previous: ScorecardView | null, quarter: Quarter): ScorecardView {
  const start = quarterStart(quarter);
  const last = quarterEnd(quarter);
  const before = new Map(previous?.perspectives.flatMap((p) => p.kpis).map((k) => [k.id, k.latest]) ?? []);
  const restate = (kpi: KpiView): KpiView => {
    if (!kpi.latest || kpi.latest.period < start || kpi.latest.period > last) return kpi;
    const prior = before.get(kpi.id) ?? null;
    const change = prior ? kpi.latest.value - prior.value : null;
    return { ...kpi, latest: { value: kpi.latest.value, period: last }, previous: prior, change, changeTone: toneOf(change, kpi.direction) };
  };
  return { ...end, perspectives: end.perspectives.map((p) => ({ ...p, kpis: p.kpis.map(restate) })) };
}

/** A view read at another month than asked (the query falls back when a month is out of range) is not used. */
const dashboardAt = (view: DashboardView | null, month: string) => (view && view.month === month ? view : null);
// The scorecard clamps to its data: a later month shows the latest values (still right), an earlier one the first (wrong).
const scorecardAt = (view: ScorecardView | null, month: string) => (view && view.month !== null && view.month <= month ? view : null);

const noScorecard = (kpis: ScorecardView): ScorecardView => ({
  ...kpis,
  month: null,
  overall: null,
  overallRag: null,
  perspectives: kpis.perspectives.map((p) => ({ ...p, score: null, rag: null, scoredCount: 0, kpis: p.kpis.map((k) => ({ ...k, latest: null, previous: null, change: null, changeTone: null, attainment: null, rag: null })) })),
});

export function buildReviewPack(input: ReviewPackInput): ReviewPackView {
  const { quarter, currentMonth } = input;
  const start = quarterStart(quarter);
  const last = quarterEnd(quarter);
  const previousEnd = previousQuarterEnd(quarter);
  const end = dashboardAt(input.end, last);
  const previous = dashboardAt(input.previous, previousEnd);
  const endScorecard = scorecardAt(input.endScorecard, last) ?? noScorecard(input.endScorecard);
  const previousScorecard = scorecardAt(input.previousScorecard, previousEnd);

  const redKpis = endScorecard.perspectives
    .flatMap((p) => p.kpis)
    .filter((k) => k.rag === "red" && k.attainment !== null)
    .map((k) => ({ id: k.id, name: k.name, perspective: k.perspective, attainment: k.attainment! }));
  const alerts = end?.alerts ?? { kpisTurningRed: [], belowExpectedRoi: [], offPlan: [], renewals: [], goalsWithoutTechnology: [] };

  // The dashboard offers months back to the first measurement (or two years); a quarter ending before that cannot be read.
  const months = input.end.months;
  const earliest = months.length ? months[months.length - 1] : last;
  const before = shiftQuarter(quarter, -1);
  const after = shiftQuarter(quarter, 1);

  return {
    quarter,
    start,
    end: last,
    previousEnd,
    complete: isComplete(quarter, currentMonth),
    available: end !== null,
    previousAvailable: previous !== null,
    technologyCount: input.end.technologyCount,
    kpiCount: endScorecard.kpiCount,
    headline: headline(end, previous),
    perspectives: perspectives(end, previous),
    changes: kpiChanges(quarterScorecard(endScorecard, previousScorecard, quarter), last),
    top: rankTopActions(alerts, redKpis),
    nav: {
      previous: quarterEnd(before) >= earliest ? before : null,
      next: compareQuarters(after, quarterOf(currentMonth)) <= 0 ? after : null,
    },
  };
}
