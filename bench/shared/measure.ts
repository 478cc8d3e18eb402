// Timing helpers: a fixed number of jobs pulled from a shared counter by N workers, each job timed alone;
// percentiles; the machine's load.
import { cpus, loadavg } from "node:os";

export type Timings = { times: number[]; wallMs: number };

/** `before`, when given, runs ahead of each job, outside its time. */
export async function runConcurrent(total: number, concurrency: number, job: () => Promise<void>, before?: () => Promise<unknown>): Promise<Timings> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      next++;
      await before?.();
      const t = performance.now();
      await job();
      times.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { times: times.sort((a, b) => a - b), wallMs: performance.now() - started };
}

/** Nearest-rank percentile of an ascending array. */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

export type Summary = { p50: number; p95: number; max: number; perSecond: number; count: number };

export function summarize({ times, wallMs }: Timings): Summary {
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: times[times.length - 1], perSecond: times.length / (wallMs / 1000), count: times.length };
}

/** Other work on the machine skews every figure; the load average says how much there was. */
export function machineLoad(): string {
  return `${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(" / ")} (1 / 5 / 15 min)`;
}
