/** Test fixtures for the scorecard builders (imported by tests only). */
import { shiftMonth } from "./month";
import type { KpiDefinitionRow, MeasurementRow } from "./types";

let seq = 0;

/** A KPI definition: a count, higher is better, from 0 to 100, unless overridden. */
export function kpi(overrides: Partial<KpiDefinitionRow> = {}): KpiDefinitionRow {
  seq += 1;
  return {
    id: `k${seq}`, name: `KPI ${seq}`, perspective: "financial", unit: "count", direction: "higher",
    baseline: "0", target: "100", targetDate: null, weight: "1", investment: null, goal: null, ...overrides,
  };
}

/** Monthly values for one KPI starting at `from`. */
export const series = (kpiId: string, from: string, values: number[]): MeasurementRow[] =>
  values.map((v, i) => ({ kpiId, period: shiftMonth(from, i), value: String(v) }));
