import type { Direction, Forecast, Rag } from "@/lib/finance";
import type { Perspective } from "@/lib/domain/values";

/** A KPI definition as read from the database (numerics arrive as strings). */
export interface KpiDefinitionRow {
  id: string;
  name: string;
  perspective: Perspective;
  unit: "currency" | "percent" | "count" | "score" | "duration";
  direction: Direction;
  baseline: string | number;
  target: string | number;
  /** 'YYYY-MM-DD' or null when the KPI has no deadline. */
  targetDate: string | null;
  weight: string | number;
  investment: { id: string; name: string } | null;
  goal: { id: string; title: string } | null;
}

export interface MeasurementRow {
  kpiId: string;
  /** 'YYYY-MM-01'. */
  period: string;
  value: string | number;
}

/**
 * Where a KPI stands against its target: "target met" once its latest value meets it (before or after
 * the target date); otherwise, while the date is ahead, whether the forecast meets it ("on track") or
 * not ("at risk"); "target date passed" for a KPI that did not meet its target by then.
 */
export type Verdict = "target met" | "on track" | "at risk" | "target date passed" | "not enough data" | "no target date";

export interface KpiView {
  id: string;
  name: string;
  perspective: Perspective;
  unit: KpiDefinitionRow["unit"];
  direction: Direction;
  baseline: number;
  target: number;
  targetDate: string | null;
  weight: number;
  latest: { value: number; period: string } | null;
  /** The month before the latest value's month, when measured. */
  previous: { value: number; period: string } | null;
  change: number | null;
  /** Whether the change moves the KPI towards its target, given its direction. */
  changeTone: "better" | "worse" | "same" | null;
  attainment: number | null;
  rag: Rag | null;
  /** Why a KPI with data has no attainment (e.g. its target sits on the wrong side of its baseline). */
  problem: string | null;
  sparkline: { period: string; value: number }[];
  /**
   * The projection at the target date while that date is ahead: value and 95% interval clipped to the
   * unit's range and rounded to the KPI's display decimals (lib/kpis/unit-rules), lower ≤ value ≤ upper.
   */
  forecast: (Forecast & { outlook: "likely" | "possible" | "unlikely"; periodsAhead: number }) | null;
  verdict: Verdict;
  investment: { id: string; name: string } | null;
  goal: { id: string; title: string } | null;
}

export interface PerspectiveView {
  perspective: Perspective;
  score: number | null;
  rag: Rag | null;
  kpiCount: number;
  /** KPIs that contribute to the score (they have a value by the chosen month). */
  scoredCount: number;
  kpis: KpiView[];
}

export interface ScorecardView {
  /** The month shown, 'YYYY-MM-01'; null when the workspace has no measurements at all. */
  month: string | null;
  /** First and last month with data, for the month selector. */
  bounds: { earliest: string; latest: string } | null;
  overall: number | null;
  overallRag: Rag | null;
  kpiCount: number;
  perspectives: PerspectiveView[];
}
