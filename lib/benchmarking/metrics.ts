/**
 * The ratios a workspace is benchmarked on, from the figures the consultant's overview computes
 * (lib/workspaces/overview.ts) and two KPIs found by name. Pure: the query reads, this computes.
 */
import { perspectives, type Perspective, type sizeBands } from "@/lib/domain/values";
import type { WorkspaceFigures } from "@/lib/workspaces/overview";

export type SizeBand = (typeof sizeBands)[number];

export const benchmarkMetrics = ["spend_per_employee", "roi", ...perspectives, "nps", "automation_rate"] as const;
export type BenchmarkMetric = (typeof benchmarkMetrics)[number];
export type BenchmarkValues = Record<BenchmarkMetric, number | null>;

/** "NPS", "Customer NPS", "nps (web)" — but not the employee NPS ("eNPS", "e-NPS"). */
export function isNpsKpi(name: string): boolean {
  return /\bNPS\b/i.test(name) && !/\be-?NPS\b/i.test(name);
}

export function isAutomationRateKpi(name: string): boolean {
  return /automation rate/i.test(name);
}

export type NamedKpi = { id: string; name: string };
export type LatestValue = { kpiId: string; value: string | number };

/**
 * The latest value of the first KPI (in the order given: by name) that matches and has a value; null if none.
 * `latest` holds one row per KPI: its latest value by the benchmark's month.
 */
export function latestKpiValue(kpis: readonly NamedKpi[], latest: readonly LatestValue[], matches: (name: string) => boolean): number | null {
  const byKpi = new Map(latest.map((v) => [v.kpiId, Number(v.value)]));
  for (const kpi of kpis) {
    const value = byKpi.get(kpi.id);
    if (matches(kpi.name) && value !== undefined && Number.isFinite(value)) return value;
  }
  return null;
}

export interface BenchmarkInputs {
  figures: Pick<WorkspaceFigures, "roi" | "annualSpendCents" | "perspectives">;
  employees: number | null;
  kpis: readonly NamedKpi[];
  latestValues: readonly LatestValue[];
}

export function benchmarkValues({ figures, employees, kpis, latestValues }: BenchmarkInputs): BenchmarkValues {
  const scores = Object.fromEntries(perspectives.map((p) => [p, figures.perspectives[p]?.score ?? null])) as Record<Perspective, number | null>;
  return {
    // Minor units per employee per year; no head count, no ratio.
    spend_per_employee: employees && employees > 0 ? figures.annualSpendCents / employees : null,
    roi: figures.roi,
    ...scores,
    nps: latestKpiValue(kpis, latestValues, isNpsKpi),
    automation_rate: latestKpiValue(kpis, latestValues, isAutomationRateKpi),
  };
}
