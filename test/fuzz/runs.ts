import type fc from "fast-check";

/** Runs per action: 1,000 in CI, more with `npm run fuzz` (FUZZ_RUNS=10000). */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

export type Stats = { runs: number; accepted: number; rejected: number; ms?: number };

/**
 * FUZZ_SEED (and FUZZ_PATH) replay a failure fast-check reported. Shrinking re-runs the action against the
 * database many times, so it is on only with FUZZ_SHRINK=1; the failure message shows the input either way.
 */
export function fuzzOptions(runs: number): fc.Parameters<unknown> {
  const { FUZZ_SEED: seed, FUZZ_PATH: path, FUZZ_SHRINK: shrink } = process.env;
  return { numRuns: runs, endOnFailure: shrink !== "1", asyncReporter: throwOnFailure, ...(seed ? { seed: Number(seed) } : {}), ...(path ? { path } : {}) };
}

/**
 * fast-check's own report prints every drawn value, megabyte strings included; the assertion that failed
 * already shows the input, shortened. This says how to replay it instead.
 */
async function throwOnFailure(details: fc.RunDetails<unknown>): Promise<void> {
  if (!details.failed) return;
  const cause = details.errorInstance;
  const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath ?? ""}`;
  const why = cause instanceof Error ? cause.message : String(cause ?? "interrupted");
  throw new Error(`failed after ${details.numRuns} runs (replay: ${replay})\n${why}`, { cause });
}

/** Generous: a run takes a few milliseconds, but a failure shrinks through many more. */
export const timeoutFor = (runs: number) => 120_000 + runs * 100;

export function report(name: string, stats: Stats) {
  if (process.env.FUZZ_STATS !== "1") return;
  const time = stats.ms === undefined ? "" : `, ${(stats.ms / 1000).toFixed(1)} s (${(stats.ms / Math.max(1, stats.runs)).toFixed(1)} ms a run)`;
  console.log(`[fuzz] ${name}: ${stats.runs} runs, ${stats.accepted} accepted, ${stats.rejected} rejected${time}`);
}
