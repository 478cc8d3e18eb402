/**
 * The scorecard view model, built from rows the query read: pure, so it is tested on fixtures. All the
 * arithmetic (attainment, RAG, weighted scores, forecasts) comes from lib/finance.
 */
import { attainment, FinanceError, meetsTarget, monthsBetween, onTrack, rag, scorecard, type Direction } from "@/lib/finance";
import { perspectives } from "@/lib/domain/values";
import { displayDecimals, unitRange } from "@/lib/kpis/unit-rules";
import { monthOf, periodToDate, resolveMonth, shiftMonth } from "./month";
import type { KpiDefinitionRow, KpiView, MeasurementRow, ScorecardView, Verdict } from "./types";

export const SPARKLINE_MONTHS = 12;
export const MIN_FORECAST_VALUES = 3;

export interface BuildInput {
  kpis: readonly KpiDefinitionRow[];
  measurements: readonly MeasurementRow[];
  /** First and last month with any value in the workspace; null when there are none. */
  bounds: { earliest: string; latest: string } | null;
  /** The parsed `?month=` ('YYYY-MM-01') or null for the latest. */
  requestedMonth: string | null;
}

type Point = { period: string; value: number };

function toneOf(change: number, direction: Direction): KpiView["changeTone"] {
  if (change === 0) return "same";
  return (change > 0) === (direction === "higher") ? "better" : "worse";
}

/** The newest run of consecutive months: the forecasts assume one value per period, without gaps. */
function trailingRun(series: readonly Point[]): number[] {
  let start = series.length - 1;
  while (start > 0 && shiftMonth(series[start - 1].period, 1) === series[start].period) start--;
  return series.slice(Math.max(start, 0)).map((p) => p.value);
}

/** Direction-aware; a definition lib/finance refuses (a target that is not a number) is not met. */
function isMet(value: number, target: number, direction: Direction): boolean {
  try {
    return meetsTarget(value, target, direction);
  } catch (e) {
    if (e instanceof FinanceError) return false;
    throw e;
  }
}

/**
 * The verdict and, while the target date is ahead, the forecast at that date. The forecast is clipped to
 * the values the KPI's unit allows (a percentage to 0–100, a count to ≥ 0) and rounded to the KPI's
 * display decimals before it is judged, so the verdict agrees with the figures shown. A KPI whose
 * latest value already meets its target is "target met", whether or not its date has passed.
 */
function forecastOf(kpi: KpiDefinitionRow, target: number, series: readonly Point[], month: string): Pick<KpiView, "forecast" | "verdict"> {
  const met = isMet(series[series.length - 1].value, target, kpi.direction);
  const otherwise = (verdict: Verdict): Verdict => (met ? "target met" : verdict);
  if (!kpi.targetDate) return { forecast: null, verdict: otherwise("no target date") };
  const targetMonth = monthOf(kpi.targetDate);
  if (targetMonth < month) return { forecast: null, verdict: otherwise("target date passed") };
  const values = trailingRun(series);
  if (values.length < MIN_FORECAST_VALUES) return { forecast: null, verdict: otherwise("not enough data") };
  const periodsAhead = monthsBetween(periodToDate(series[series.length - 1].period), periodToDate(targetMonth));
  const bounds = { ...unitRange(kpi.unit), decimals: displayDecimals(kpi.unit, [kpi.target, kpi.baseline]) };
  try {
    const result = onTrack({ values, target, direction: kpi.direction, periodsToTarget: periodsAhead, bounds });
    return { forecast: { ...result.forecast, outlook: result.outlook, periodsAhead }, verdict: otherwise(result.onTrack ? "on track" : "at risk") };
  } catch (e) {
    if (e instanceof FinanceError) return { forecast: null, verdict: otherwise("not enough data") };
    throw e;
  }
}

function kpiView(kpi: KpiDefinitionRow, all: readonly Point[], month: string | null): KpiView {
  const baseline = Number(kpi.baseline);
  const target = Number(kpi.target);
  // Values after the chosen month are ignored: the page shows the scorecard as it stood then.
  const series = month ? all.filter((p) => p.period <= month) : [];
  const latest = series.at(-1) ?? null;
  const before = series.at(-2);
  const previous = latest && before && before.period === shiftMonth(latest.period, -1) ? before : null;
  // Values carry 4 decimals (numeric(14,4)); rounding drops float noise that would tint a zero change.
  const change = latest && previous ? Math.round((latest.value - previous.value) * 1e4) / 1e4 : null;
  let score: number | null = null;
  let problem: string | null = null;
  if (latest) {
    try {
      score = attainment({ actual: latest.value, baseline, target, direction: kpi.direction });
    } catch (e) {
      if (!(e instanceof FinanceError)) throw e;
      problem = e.message; // a definition error: shown on the KPI, left out of the scores
    }
  }
  return {
    id: kpi.id,
    name: kpi.name,
    perspective: kpi.perspective,
    unit: kpi.unit,
    direction: kpi.direction,
    baseline,
    target,
    targetDate: kpi.targetDate,
    weight: Number(kpi.weight),
    latest,
    previous,
    change,
    changeTone: change === null ? null : toneOf(change, kpi.direction),
    attainment: score,
    rag: score === null ? null : rag(score),
    problem,
    sparkline: series.slice(-SPARKLINE_MONTHS),
    ...(latest && month ? forecastOf(kpi, target, series, month) : { forecast: null, verdict: "not enough data" as const }),
    investment: kpi.investment,
    goal: kpi.goal,
  };
}

export function buildScorecard({ kpis, measurements, bounds, requestedMonth }: BuildInput): ScorecardView {
  const month = resolveMonth(requestedMonth, bounds);
  const byKpi = new Map<string, Point[]>();
  for (const m of measurements) {
    const list = byKpi.get(m.kpiId) ?? [];
    list.push({ period: m.period, value: Number(m.value) });
    byKpi.set(m.kpiId, list);
  }
  for (const list of byKpi.values()) list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const views = kpis.map((k) => kpiView(k, byKpi.get(k.id) ?? [], month));

  // lib/finance scores the KPIs that have an attainment; every perspective is named so all four come back.
  const scored = views.filter((v) => v.attainment !== null && v.latest !== null);
  const result = scorecard(
    scored.map((v) => ({ perspective: v.perspective, actual: v.latest!.value, baseline: v.baseline, target: v.target, direction: v.direction, weight: v.weight })),
    Object.fromEntries(perspectives.map((p) => [p, 1])),
  );
  const byName = new Map(result.perspectives.map((p) => [p.perspective, p]));
  return {
    month,
    bounds,
    overall: result.overall,
    overallRag: result.overallRag,
    kpiCount: views.length,
    perspectives: perspectives.map((perspective) => {
      const own = views.filter((v) => v.perspective === perspective);
      const s = byName.get(perspective);
      return { perspective, score: s?.score ?? null, rag: s?.rag ?? null, kpiCount: own.length, scoredCount: s?.kpiCount ?? 0, kpis: own };
    }),
  };
}
