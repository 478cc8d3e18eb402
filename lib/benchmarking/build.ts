/**
 * A workspace's ratios against the quartiles of its peers among the consultant's other workspaces. The view
 * carries numbers and counts only: no peer's name, slug or id ever enters it.
 */
import { benchmarkMetrics, type BenchmarkMetric, type BenchmarkValues, type SizeBand } from "./metrics";
import { MIN_PEERS, selectPeers, type PeerBasis } from "./peers";
import { quartilePosition, quartiles, type QuartilePosition, type Quartiles } from "./quartiles";

export interface BenchmarkWorkspace {
  orgId: string;
  industry: string;
  sizeBand: SizeBand;
  currency: string;
  values: BenchmarkValues;
}

export interface BenchmarkRow {
  metric: BenchmarkMetric;
  value: number | null;
  /** Peers with this figure (spend per employee: only those in this workspace's currency). */
  peerCount: number;
  /** Null when fewer than MIN_PEERS peers have the figure. */
  quartiles: Quartiles | null;
  position: QuartilePosition | null;
}

export type BenchmarkView =
  | { status: "ok"; basis: PeerBasis; industry: string; sizeBand: SizeBand; currency: string; peerCount: number; rows: BenchmarkRow[] }
  | { status: "too_few"; industry: string; sizeBand: SizeBand; comparable: number; minimum: number };

export function buildBenchmark(self: BenchmarkWorkspace, workspaces: readonly BenchmarkWorkspace[]): BenchmarkView {
  const selection = selectPeers(self, workspaces);
  const common = { industry: self.industry, sizeBand: self.sizeBand };
  if (selection.basis === null) return { status: "too_few", ...common, comparable: selection.comparable, minimum: MIN_PEERS };

  const rows = benchmarkMetrics.map((metric): BenchmarkRow => {
    // Money per employee compares only within one currency; the other figures are ratios or scores.
    const comparable = metric === "spend_per_employee" ? selection.peers.filter((p) => p.currency === self.currency) : selection.peers;
    const values = comparable.map((p) => p.values[metric]).filter((v): v is number => v !== null && Number.isFinite(v));
    const q = values.length >= MIN_PEERS ? quartiles(values) : null;
    const value = self.values[metric];
    return { metric, value, peerCount: values.length, quartiles: q, position: q && value !== null ? quartilePosition(value, q) : null };
  });
  return { status: "ok", basis: selection.basis, ...common, currency: self.currency, peerCount: selection.peers.length, rows };
}
