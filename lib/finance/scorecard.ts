/**
 * Balanced-scorecard arithmetic. Attainment = (actual − baseline) / (target − baseline), clamped to
 * [0, 1]; the same formula serves both directions because a "lower is better" KPI has its target
 * below its baseline. A target on the wrong side of the baseline for the KPI's direction is a
 * definition error, reported rather than silently scored.
 */
import { invalid, requireFinite, requireNonNegative } from "./errors";

export type Direction = "higher" | "lower";
export type Rag = "green" | "amber" | "red";

export const RAG_THRESHOLDS = { green: 0.9, amber: 0.6 } as const;

export interface AttainmentInput {
  actual: number;
  baseline: number;
  target: number;
  direction: Direction;
}

export function attainment({ actual, baseline, target, direction }: AttainmentInput): number {
  requireFinite(actual, "actual");
  requireFinite(baseline, "baseline");
  requireFinite(target, "target");
  if (direction !== "higher" && direction !== "lower") invalid(`direction must be "higher" or "lower", got ${direction}`);
  if (target === baseline) {
    // Nothing to improve: the KPI is met when it is at least as good as the target.
    return (direction === "higher" ? actual >= target : actual <= target) ? 1 : 0;
  }
  if (direction === "higher" ? target < baseline : target > baseline) {
    invalid(`a "${direction} is better" KPI needs its target ${direction === "higher" ? "above" : "below"} its baseline (baseline ${baseline}, target ${target})`);
  }
  const raw = (actual - baseline) / (target - baseline);
  return Math.min(1, Math.max(0, raw));
}

export function rag(score: number): Rag {
  requireFinite(score, "score");
  return score >= RAG_THRESHOLDS.green ? "green" : score >= RAG_THRESHOLDS.amber ? "amber" : "red";
}

export interface Weighted {
  value: number;
  weight: number;
}

/** Σ w·v / Σ w; null when there is nothing to average. Weights need not sum to anything. */
export function weightedMean(items: readonly Weighted[]): number | null {
  let weights = 0;
  let sum = 0;
  items.forEach((item, i) => {
    requireFinite(item.value, `items[${i}].value`);
    requireNonNegative(item.weight, `items[${i}].weight`);
    weights += item.weight;
    sum += item.weight * item.value;
  });
  if (items.length === 0) return null;
  if (weights === 0) invalid("weights must not all be zero");
  return sum / weights;
}

export interface KpiScoreInput extends AttainmentInput {
  perspective: string;
  /** Relative weight within its perspective; defaults to 1. */
  weight?: number;
}

export interface PerspectiveScore {
  perspective: string;
  score: number | null;
  rag: Rag | null;
  kpiCount: number;
}

export interface ScorecardResult {
  perspectives: PerspectiveScore[];
  overall: number | null;
  overallRag: Rag | null;
}

/** Weighted mean of the KPIs' attainments. */
export function perspectiveScore(kpis: readonly { attainment: number; weight?: number }[]): number | null {
  return weightedMean(kpis.map((k) => ({ value: k.attainment, weight: k.weight ?? 1 })));
}

/** Weighted mean over perspectives that have a score; perspectives without KPIs do not count. */
export function overallScore(perspectives: readonly { score: number | null; weight?: number }[]): number | null {
  const scored = perspectives.filter((p): p is { score: number; weight?: number } => p.score !== null);
  return weightedMean(scored.map((p) => ({ value: p.score, weight: p.weight ?? 1 })));
}

/**
 * The whole scorecard: attainment per KPI, a score per perspective, and an overall score weighted over
 * perspectives (equal weights unless given).
 */
export function scorecard(kpis: readonly KpiScoreInput[], perspectiveWeights: Record<string, number> = {}): ScorecardResult {
  const groups = new Map<string, { attainment: number; weight?: number }[]>();
  for (const p of Object.keys(perspectiveWeights)) groups.set(p, []);
  for (const kpi of kpis) {
    const list = groups.get(kpi.perspective) ?? [];
    list.push({ attainment: attainment(kpi), weight: kpi.weight });
    groups.set(kpi.perspective, list);
  }
  const perspectives = [...groups].map(([perspective, list]) => {
    const score = perspectiveScore(list);
    return { perspective, score, rag: score === null ? null : rag(score), kpiCount: list.length };
  });
  const overall = overallScore(perspectives.map((p) => ({ score: p.score, weight: Object.hasOwn(perspectiveWeights, p.perspective) ? perspectiveWeights[p.perspective] : 1 })));
  return { perspectives, overall, overallRag: overall === null ? null : rag(overall) };
}
