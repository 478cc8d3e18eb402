/**
 * `npm run bench:load`: many signed-in users at once on the production build and real PostgreSQL, then a
 * check that every KPI value they saved is in the database exactly once.
 *
 * What it does, in one run:
 *   1. Builds the production app if it is missing or stale, recreates BENCH_LOAD_DATABASE_URL (default
 *      postgres://postgres@127.0.0.1:5432/techfolio_bench_load; local, name containing "bench") and
 *      migrates it as the owner.
 *   2. Loads the dashboard benchmark's data set (../shared/dataset.ts: 1,000 workspaces, 40 KPIs × 36
 *      months each), and LOAD_USERS users (default 50), each in 3 of 20 shared workspaces (team.ts).
 *   3. Starts `next start` on that database, signs every user in through the Auth.js credentials flow,
 *      saves one KPI value through the saveKpiValues server action (checking the row is there), and views
 *      each workspace's pages once, untimed.
 *   4. For LOAD_SECONDS (default 60), one autocannon connection per user goes round its workspaces: the
 *      dashboard, a portfolio table page, the scorecard or the KPI list, a KPI save (traffic.ts). Each
 *      save writes a (workspace, KPI, month) no other save touches (saves.ts). A request without an
 *      answer after LOAD_TIMEOUT seconds (default 10) counts as an error.
 *   5. Stops the server, then checks the database (verify.ts): each acknowledged save's value stored
 *      once with one audit row, nothing stored for a refused save, no key with two rows.
 *   6. Prints throughput, p50/p95/p99 per route and overall, errors, the check, and the goals (0 errors,
 *      p95 < 300 ms) as a markdown table.
 *
 * Exits non-zero only when the exactly-once check fails or the run cannot start (a missed goal is a
 * finding, not a failure). Drops the database at the end unless BENCH_KEEP=1. Takes LOAD_SECONDS plus
 * about a minute (plus a build when sources changed).
 */
import type { Sql } from "postgres";
import { loadData } from "../shared/dataset";
import { machineLoad } from "../shared/measure";
import { runBench } from "../shared/run";
import type { Server } from "../shared/server";
import { actionHeaders, actionId, actionResult } from "./action";
import { warmUp } from "./pages";
import { report } from "./report";
import { saveBody, SaveLedger } from "./saves";
import { createTeam, SHARED_WORKSPACES, signInTeam, WORKSPACES_PER_USER, type LoadUser } from "./team";
import { runTraffic } from "./traffic";
import { verifySaves } from "./verify";

const DATABASE_URL = process.env.BENCH_LOAD_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/techfolio_bench_load";
const SECONDS = positive("LOAD_SECONDS", 60);
const USERS = positive("LOAD_USERS", 50);
const TIMEOUT = positive("LOAD_TIMEOUT", 10);

const log = (line = "") => console.log(line);

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1 (got "${raw}")`);
  return n;
}

/** One save before the load, so a broken action call fails fast instead of as thousands of errors. */
async function trySave(sql: Sql, server: Server, id: string, user: LoadUser, ledger: SaveLedger): Promise<void> {
  const save = ledger.next(user.workspaces[0]);
  const { base } = server;
  const response = await fetch(`${base}/w/${save.slug}/kpis/entry`, { method: "POST", headers: actionHeaders(id, base, user.cookie), body: saveBody(save) });
  const body = await response.text();
  const result = response.status === 200 ? actionResult(body) : null;
  if (result?.ok !== true) throw new Error(`the first KPI save answered ${response.status}: ${body.slice(0, 500)}\nserver output:\n${server.log()}`);
  ledger.settle(save, "saved");
  const rows = await sql.begin(async (tx) => {
    await tx`SELECT set_config('app.org_id', ${save.orgId}, true)`;
    return tx`SELECT value::numeric = ${save.value}::numeric AS same FROM kpi_measurements WHERE org_id = ${save.orgId} AND kpi_id = ${save.kpiId} AND period = ${save.period}`;
  });
  if (rows.length !== 1 || !rows[0].same) throw new Error(`the first KPI save answered ok but the database holds ${JSON.stringify(rows)}`);
}

async function main(): Promise<void> {
  const verdict = await runBench(DATABASE_URL, 4, async ({ target, sql, startServer }) => {
    log(`Loading the data set into ${target.name}…`);
    const load = await loadData(sql, log);
    const team = await createTeam(sql, USERS);
    const [{ month }] = await sql<{ month: string }[]>`SELECT to_char(date_trunc('month', current_date), 'YYYY-MM-DD') AS month`;
    log(`Loaded ${load.total.toLocaleString("en-US")} rows in ${load.seconds.toFixed(1)} s; ${USERS} users, each in ${WORKSPACES_PER_USER} of ${SHARED_WORKSPACES} workspaces.`);

    const id = actionId("saveKpiValues", "lib/kpis/actions.ts");
    log("Starting the production server and signing in…");
    const server = await startServer();
    const users = await signInTeam(server.base, team);
    const ledger = new SaveLedger(month);
    await trySave(sql, server, id, users[0], ledger);
    const warmed = await warmUp(server.base, users);
    log(`Signed in ${users.length} users, saved one KPI value, warmed up with ${warmed} page views.`);

    log(`Load: ${USERS} users for ${SECONDS} s…`);
    const loadBefore = machineLoad();
    const traffic = await runTraffic({ base: server.base, users, seconds: SECONDS, timeout: TIMEOUT, actionId: id, ledger });
    const loadAfter = machineLoad();
    // Nothing may still be writing while the database is checked.
    await server.stop();
    const checked = await verifySaves(sql, ledger);
    report({ traffic, verdict: checked, users: USERS, seconds: SECONDS, timeout: TIMEOUT, machine: [loadBefore, loadAfter], log });
    return checked;
  });
  if (!verdict.ok) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
