// The load test's figures as markdown: per route and overall, the errors of every kind, the
// exactly-once check, and the goals.
import { percentile } from "../shared/measure";
import { ROUTES, type RouteStats, type Traffic } from "./traffic";
import type { Verdict } from "./verify";

const GOAL_P95_MS = 300;

type Figures = { traffic: Traffic; verdict: Verdict; users: number; seconds: number; timeout: number; machine: [string, string]; log: (line?: string) => void };

const ms = (x: number | undefined) => (x === undefined ? "–" : `${Math.round(x)} ms`);
const table = (head: string[], rows: (string | number)[][]) =>
  [`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

export function report({ traffic: { result, routes }, verdict, users, seconds, timeout, machine, log }: Figures): void {
  const all = [...routes.values()].flatMap((r) => r.times).sort((a, b) => a - b);
  const sum = (pick: (r: RouteStats) => number) => [...routes.values()].reduce((n, r) => n + pick(r), 0);
  const total = { times: all, bytes: sum((r) => r.bytes), wrong: sum((r) => r.wrong), timeouts: sum((r) => r.timeouts) };
  const perSecond = (n: number) => (n / result.duration).toFixed(1);
  const line = (name: string, { times, bytes, wrong, timeouts }: Omit<RouteStats, "samples">) => [
    name,
    times.length.toLocaleString("en-US"),
    perSecond(times.length),
    ms(percentile(times, 50)),
    ms(percentile(times, 95)),
    ms(percentile(times, 99)),
    ms(times[times.length - 1]),
    times.length ? `${Math.round(bytes / times.length / 1024)} KiB` : "–",
    wrong,
    timeouts,
  ];
  const p95 = percentile(all, 95);
  // autocannon's errors are connection errors and timeouts (requests without an answer); wrong answers are
  // the answers that came but were not right.
  const errors = result.errors + total.wrong;

  log();
  log(`## Load: ${users} signed-in users for ${result.duration.toFixed(1)} s (asked ${seconds} s), production build on PostgreSQL, Node ${process.versions.node}`);
  log();
  log(`Machine at start: ${machine[0]}; at end: ${machine[1]}.`);
  log();
  log(
    table(
      ["route", "answers", "per s", "p50", "p95", "p99", "max", "size", "wrong", "timed out"],
      [...ROUTES.map((r) => line(r, routes.get(r)!)), line("**all**", total)],
    ),
  );
  log();
  const codes = Object.entries(result.statusCodeStats).map(([code, { count }]) => `${code}: ${count}`).join(", ");
  log(
    table(
      ["what", "figure"],
      [
        ["throughput", `${perSecond(all.length)} answers/s (${result.requests.total.toLocaleString("en-US")} completed)`],
        ["status codes", codes || "none"],
        ["non-2xx answers", result.non2xx],
        ["wrong answers (non-200, page without its content, action not ok)", total.wrong],
        [`connection errors + timeouts (no answer within ${timeout} s)`, `${result.errors - result.timeouts} + ${result.timeouts}`],
        ["KPI saves: acknowledged / refused / no answer", `${verdict.outcomes.saved} / ${verdict.outcomes.failed} / ${verdict.outcomes.unknown}`],
        ["acknowledged saves not stored exactly once with their value", verdict.lost],
        ["refused saves stored anyway", verdict.leaked],
        ["saves whose stored value and audit row disagree", verdict.unaudited],
        ["(workspace, KPI, month) keys with more than one row", verdict.duplicateKeys],
        ["**exactly-once check**", verdict.ok ? "PASS" : "FAIL"],
        ["goal: 0 errors", errors === 0 ? "PASS" : `MISS (${errors})`],
        [`goal: p95 < ${GOAL_P95_MS} ms`, p95 !== undefined && p95 < GOAL_P95_MS ? `PASS (${ms(p95)})` : `MISS (${ms(p95)})`],
      ],
    ),
  );
  for (const route of ROUTES) for (const sample of routes.get(route)!.samples) log(`\nwrong answer, ${route}: ${sample.replace(/\s+/g, " ")}`);
  for (const example of verdict.examples) log(`\n${example}`);
}
