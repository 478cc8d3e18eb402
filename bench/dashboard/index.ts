/**
 * `npm run bench`: the dashboard's server response time on real PostgreSQL, against the same reads as raw SQL.
 *
 * What it does, in one run:
 *   1. Builds the production app if it is missing or stale (scripts/ensure-build.ts).
 *   2. Recreates BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/techfolio_bench; local, name
 *      containing "bench") from the maintenance database and applies the app's migrations.
 *   3. Loads, with set-based SQL run by Postgres (../shared/dataset.ts): 1,000 workspaces × 6 goals, 30 technologies
 *      (workspace "bench-large": 300) with cost, benefit, risk, scoring and alignment lines, 40 KPIs over
 *      the four perspectives with 36 months of values ending last month (1,440,000 rows), audit rows; ANALYZE.
 *   4. Starts `next start` on a free port against that database, signs in as the large workspace's owner
 *      through the Auth.js credentials flow, and checks /w/bench-large/dashboard answers 200.
 *   5. Times GET /w/bench-large/dashboard, full body read: the first (cold) request; 5 warm-ups one at a
 *      time (p50 reported); 50 requests at concurrency 10 (p50/p95/max, requests/s); then 20 sequential
 *      requests each after a write (an audit row, as every write leaves), which makes the server recompute
 *      the view from the database.
 *      For scale, 50 requests at concurrency 10 to the workspace's settings page, a small signed-in page.
 *   6. Times the same reads as raw SQL through postgres.js (raw-sql.ts): 5 warm-up rounds one at a time
 *      (p50 reported), then 50 rounds at concurrency 10, each round the queries of one view in the app's
 *      round trips.
 *   7. Prints the figures and the goals: p95 < 150 ms, and p95 ≤ 2× the raw SQL p95.
 *
 * Exits 0 whether or not the goals are met (it is a benchmark); non-zero on errors (a non-200 answer, a
 * server that does not start). Drops the database at the end unless BENCH_KEEP=1. Takes 2–4 minutes
 * (plus a build when sources changed).
 */
import type { Sql } from "postgres";
import { addMemberships, createUsers } from "../shared/database";
import { KPIS, LARGE_SLUG, LARGE_TECHNOLOGIES, loadData, MONTHS, ORGS, TECHNOLOGIES } from "../shared/dataset";
import { machineLoad, runConcurrent, summarize, type Summary } from "../shared/measure";
import { runBench } from "../shared/run";
import { signIn } from "../shared/server";
import { dashboardRound } from "./raw-sql";

const REQUESTS = 50;
const CONCURRENCY = 10;
const WARM_UPS = 5;
const AFTER_WRITE = 20;
const GOAL_P95_MS = 150;
const GOAL_RATIO = 2;

const DATABASE_URL = process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/techfolio_bench";
const BENCH_USER = { name: "Bench Owner", email: "bench-owner@techfolio.test", password: "bench-password-1" };

const ms = (x: number) => `${x.toFixed(1)} ms`;
const log = (line = "") => console.log(line);

/** The user who signs in: owner of the large workspace only. Returns that workspace's id. */
async function createBenchUser(sql: Sql): Promise<string> {
  const [userId] = await createUsers(sql, [BENCH_USER]);
  const [orgId] = await addMemberships(sql, [{ userId, slug: LARGE_SLUG, role: "owner" }]);
  return orgId;
}

async function main(): Promise<void> {
  await runBench(DATABASE_URL, CONCURRENCY, async ({ target, sql, startServer }) => {
    log(`Loading ${ORGS.toLocaleString("en-US")} workspaces into ${target.name} (${KPIS} KPIs × ${MONTHS} months, ${TECHNOLOGIES} technologies each, "${LARGE_SLUG}" ${LARGE_TECHNOLOGIES})…`);
    const load = await loadData(sql, log);
    const orgId = await createBenchUser(sql);
    log(`Loaded ${load.total.toLocaleString("en-US")} rows in ${load.seconds.toFixed(1)} s.`);

    log("Starting the production server…");
    const server = await startServer();
    const cookie = await signIn(server.base, BENCH_USER.email, BENCH_USER.password);
    const url = `${server.base}/w/${LARGE_SLUG}/dashboard`;
    let sawDashboard = true;
    let bytes = 0;
    const request = async () => {
      const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200) throw new Error(`GET /w/${LARGE_SLUG}/dashboard answered ${response.status}`);
      if (!html.includes('data-testid="dashboard"')) sawDashboard = false;
      bytes = Buffer.byteLength(html);
    };

    const coldStart = performance.now();
    await request();
    const cold = performance.now() - coldStart;
    const single = summarize(await runConcurrent(WARM_UPS, 1, request)); // the warm-ups, one at a time
    const app = summarize(await runConcurrent(REQUESTS, CONCURRENCY, request));
    // A write (the audit row every write leaves) changes the marker, so the next request recomputes the
    // view from the database; the write itself is not timed.
    const afterWrite = summarize(
      await runConcurrent(AFTER_WRITE, 1, request, () => sql`INSERT INTO audit_log (org_id, action, entity) VALUES (${orgId}, 'update', 'bench')`),
    );

    // For scale: the same load on a small signed-in page of the same workspace (its settings form), what
    // any page costs this server before it renders much of its own.
    const floorUrl = `${server.base}/w/${LARGE_SLUG}/settings`;
    const floorRequest = async () => {
      const response = await fetch(floorUrl, { headers: { cookie }, redirect: "manual" });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`GET ${floorUrl} answered ${response.status}`);
    };
    await runConcurrent(WARM_UPS, 1, floorRequest);
    const floor = summarize(await runConcurrent(REQUESTS, CONCURRENCY, floorRequest));

    let round = { queries: 0, rows: 0 };
    const rawSingle = summarize(await runConcurrent(WARM_UPS, 1, async () => void (round = await dashboardRound(sql, orgId))));
    const raw = summarize(await runConcurrent(REQUESTS, CONCURRENCY, async () => void (round = await dashboardRound(sql, orgId))));

    report({ load, cold, single, app, afterWrite, floor, rawSingle, raw, round, bytes, sawDashboard });
  });
}

type Figures = {
  load: Awaited<ReturnType<typeof loadData>>;
  cold: number;
  single: Summary;
  app: Summary;
  afterWrite: Summary;
  floor: Summary;
  rawSingle: Summary;
  raw: Summary;
  round: { queries: number; rows: number };
  bytes: number;
  sawDashboard: boolean;
};

function report({ load, cold, single, app, afterWrite, floor, rawSingle, raw, round, bytes, sawDashboard }: Figures): void {
  const ratio = app.p95 / raw.p95;
  const verdict = (ok: boolean) => (ok ? "PASS" : "MISS");
  const rows: [string, string][] = [
    ["rows loaded", `${load.total.toLocaleString("en-US")} (kpi_measurements ${load.rows.kpi_measurements.toLocaleString("en-US")})`],
    ["load time", `${load.seconds.toFixed(1)} s`],
    ["dashboard cold (first request)", `${ms(cold)}  (${Math.round(bytes / 1024)} KiB of HTML)`],
    [`dashboard warm-ups, one at a time, p50 (${single.count} @ 1)`, ms(single.p50)],
    [`dashboard p50 / p95 / max (${app.count} @ ${CONCURRENCY})`, `${ms(app.p50)} / ${ms(app.p95)} / ${ms(app.max)}  (${app.perSecond.toFixed(1)} req/s)`],
    [`dashboard after a write p50 / p95 (${afterWrite.count} @ 1)`, `${ms(afterWrite.p50)} / ${ms(afterWrite.p95)}`],
    [`for scale: the settings page p50 / p95 (${floor.count} @ ${CONCURRENCY})`, `${ms(floor.p50)} / ${ms(floor.p95)}  (${floor.perSecond.toFixed(1)} req/s)`],
    [`raw SQL warm-ups, one at a time, p50 (${rawSingle.count} @ 1)`, ms(rawSingle.p50)],
    [`raw SQL per view p50 / p95 (${raw.count} @ ${CONCURRENCY})`, `${ms(raw.p50)} / ${ms(raw.p95)}  (${round.queries} queries, ${round.rows.toLocaleString("en-US")} rows)`],
    ["dashboard p95 / raw SQL p95", `${ratio.toFixed(2)}×`],
    [`goal: p95 < ${GOAL_P95_MS} ms`, verdict(app.p95 < GOAL_P95_MS)],
    [`goal: p95 ≤ ${GOAL_RATIO}× raw SQL p95`, verdict(ratio <= GOAL_RATIO)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  log();
  log(`Dashboard of "${LARGE_SLUG}" (${LARGE_TECHNOLOGIES} technologies, ${KPIS} KPIs × ${MONTHS} months), production build, Node ${process.versions.node}`);
  log(`  ${machineLoad()}`);
  for (const [k, v] of rows) log(`  ${k.padEnd(width)}  ${v}`);
  if (!sawDashboard) log('  warning: the page answered 200 without data-testid="dashboard" (not the new dashboard?)');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
