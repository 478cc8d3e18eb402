// The raw-SQL baseline: the queries the dashboard issues to compute one view of one workspace, written by
// hand and run through postgres.js directly, with nothing computed on the result. Mirrors getDashboard in
// db/queries/dashboard.ts (and loadItems + changeMarker in db/queries/portfolio.ts), round trip by round trip:
//   1. (a) the change marker: the workspace's latest audit id
//   2. in parallel: (b) the portfolio loader's 7 queries · (c) KPI definitions · (e) the measured month
//      range · (f) goals without technology
//   3. in parallel, for the month shown M (the latest month with data, from (e)): (d) each KPI's latest
//      value at M and at M − 1
// The app keeps computed views while the marker stands, so its warm requests issue only step 1: this is
// the cost of a view computed from scratch, the upper bound of what a request has to read.
import type { Sql } from "postgres";

export type RawRound = { queries: number; rows: number };

const marker = (sql: Sql, orgId: string) => sql`SELECT max(id) AS latest FROM audit_log WHERE org_id = ${orgId}`;

/** (b) loadItems: the same seven queries, columns and orders as db/queries/portfolio.ts. */
const portfolioLoader = (sql: Sql, orgId: string) => [
  sql`SELECT discount_rate FROM organizations WHERE id = ${orgId}`,
  sql`SELECT * FROM investments WHERE org_id = ${orgId} ORDER BY name`,
  sql`SELECT * FROM cost_items WHERE org_id = ${orgId} ORDER BY start_month, id`,
  sql`SELECT * FROM benefit_items WHERE org_id = ${orgId} ORDER BY start_month, id`,
  sql`SELECT * FROM risks WHERE org_id = ${orgId} ORDER BY created_at, id`,
  sql`SELECT * FROM scoring_factors WHERE org_id = ${orgId} ORDER BY name`,
  sql`
    SELECT a.investment_id, a.goal_id, a.strength, g.weight AS goal_weight
    FROM alignments a JOIN goals g ON g.org_id = a.org_id AND g.id = a.goal_id
    WHERE a.org_id = ${orgId}`,
];

/** (c) Every KPI with its linked technology and goal; the joins repeat the org. */
const kpiDefinitions = (sql: Sql, orgId: string) => sql`
  SELECT k.id, k.name, k.perspective, k.unit, k.direction, k.baseline, k.target, k.target_date, k.weight,
         i.id AS investment_id, i.name AS investment_name, g.id AS goal_id, g.title AS goal_title
  FROM kpis k
  LEFT JOIN investments i ON i.org_id = k.org_id AND i.id = k.investment_id
  LEFT JOIN goals g ON g.org_id = k.org_id AND g.id = k.goal_id
  WHERE k.org_id = ${orgId}
  ORDER BY k.name`;

/** (d) Each KPI's latest value at or before `period`. */
const latestValues = (sql: Sql, orgId: string, period: string) => sql`
  SELECT DISTINCT ON (kpi_id) kpi_id, period, value
  FROM kpi_measurements
  WHERE org_id = ${orgId} AND period <= ${period}
  ORDER BY kpi_id, period DESC`;

/** (e) The first and last month with any value. */
const periodRange = (sql: Sql, orgId: string) => sql`
  SELECT min(period)::text AS earliest, max(period)::text AS latest FROM kpi_measurements WHERE org_id = ${orgId}`;

/** (f) Goals no technology serves (no alignment with strength above 0), as an anti-join. */
const goalsWithoutTechnology = (sql: Sql, orgId: string) => sql`
  SELECT g.id, g.title, g.perspective
  FROM goals g
  LEFT JOIN alignments a ON a.org_id = g.org_id AND a.goal_id = g.id AND a.strength > 0
  WHERE g.org_id = ${orgId} AND a.goal_id IS NULL
  ORDER BY g.title`;

/** 'YYYY-MM-01' → the first of the month before. */
function previousMonth(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, "0")}-01`;
}

/** One dashboard view's reads, in the app's three round trips. */
export async function dashboardRound(sql: Sql, orgId: string): Promise<RawRound> {
  const markerRows = await marker(sql, orgId);
  const [range, ...stage2] = await Promise.all([periodRange(sql, orgId), ...portfolioLoader(sql, orgId), kpiDefinitions(sql, orgId), goalsWithoutTechnology(sql, orgId)]);
  const { earliest, latest } = (range[0] ?? {}) as { earliest: string | null; latest: string | null };
  const cutoffs = latest && earliest ? [latest, previousMonth(latest)].filter((m) => m >= earliest) : [];
  const stage3 = await Promise.all(cutoffs.map((m) => latestValues(sql, orgId, m)));
  const results = [markerRows, range, ...stage2, ...stage3];
  return { queries: results.length, rows: results.reduce((n, r) => n + r.length, 0) };
}
