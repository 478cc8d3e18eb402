import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database, type DatabaseHandle } from "../client";
import { migrateDatabase } from "../migrate";
import { buildSeedRows, DEFAULT_SEED, DEMO_USERS, seedDemo } from "./index";

// Each test opens its own in-memory databases, so it does not depend on the project's shared test database.
const AS_OF = new Date("2026-11-01T00:00:00Z");
const SEED = 4242;

async function freshDatabase(): Promise<DatabaseHandle> {
  const handle = openDatabase({ engine: "pglite", dataDir: "memory://" });
  await migrateDatabase(handle);
  return handle;
}

async function query<T>(db: Database, text: string): Promise<T[]> {
  const result = (await db.execute(sql.raw(text))) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

/** Every public table with its primary-key columns, in key order. */
async function tablesWithKeys(db: Database): Promise<{ table: string; pk: string }[]> {
  return query(db, `
    SELECT c.relname AS table, string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey::int2[], a.attnum)) AS pk
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY (i.indkey::int2[])
    WHERE i.indisprimary AND n.nspname = 'public'
    GROUP BY c.relname ORDER BY c.relname`);
}

async function dumpAll(db: Database): Promise<Record<string, string[]>> {
  const dump: Record<string, string[]> = {};
  for (const { table, pk } of await tablesWithKeys(db)) {
    const rows = await query<{ row: string }>(db, `SELECT (to_jsonb(t) - 'password_hash')::text AS row FROM "${table}" t ORDER BY ${pk}`);
    dump[table] = rows.map((r) => r.row);
  }
  return dump;
}

async function countAll(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table } of await tablesWithKeys(db)) {
    const [{ n }] = await query<{ n: number }>(db, `SELECT count(*)::int AS n FROM "${table}"`);
    counts[table] = n;
  }
  return counts;
}

type KpiSeries = { slug: string; name: string; direction: "higher" | "lower"; baseline: number; target: number; values: number[]; periods: string[] };

async function kpiSeries(db: Database): Promise<KpiSeries[]> {
  const rows = await query<{ slug: string; name: string; direction: "higher" | "lower"; baseline: string; target: string; values: string[]; periods: string[] }>(db, `
    SELECT o.slug, k.name, k.direction, k.baseline::text AS baseline, k.target::text AS target,
      array_agg(m.value::text ORDER BY m.period) AS values, array_agg(m.period::text ORDER BY m.period) AS periods
    FROM kpis k JOIN organizations o ON o.id = k.org_id
    JOIN kpi_measurements m ON m.org_id = k.org_id AND m.kpi_id = k.id
    GROUP BY o.slug, k.org_id, k.id, k.name, k.direction, k.baseline, k.target`);
  return rows.map((r) => ({ ...r, baseline: Number(r.baseline), target: Number(r.target), values: r.values.map(Number) }));
}

/** Attainment = (actual − baseline) / (target − baseline), clamped to [0, 1]; the sign of the span carries the direction. */
function rag(k: KpiSeries): "green" | "amber" | "red" {
  const actual = k.values[k.values.length - 1];
  const attainment = Math.min(1, Math.max(0, (actual - k.baseline) / (k.target - k.baseline)));
  return attainment >= 0.9 ? "green" : attainment >= 0.6 ? "amber" : "red";
}

const raise = (message: string): never => {
  throw new Error(message);
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const monthsBefore = (asOf: Date, n: number) => new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth() - n, 1)).toISOString().slice(0, 10);

describe("seedDemo", () => {
  let a: DatabaseHandle;
  let b: DatabaseHandle;

  beforeAll(async () => {
    [a, b] = await Promise.all([freshDatabase(), freshDatabase()]);
    expect(await seedDemo(a.db, { seed: SEED, asOf: AS_OF })).toEqual({ created: true });
    expect(await seedDemo(b.db, { seed: SEED, asOf: AS_OF })).toEqual({ created: true });
  });

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
  });

  it("creates three workspaces of the expected shape", async () => {
    const orgs = await query<{ slug: string; currency: string }>(a.db, "SELECT slug, currency FROM organizations ORDER BY slug");
    expect(orgs).toEqual([
      { slug: "harbor-bakery", currency: "USD" },
      { slug: "ledger-and-co", currency: "GBP" },
      { slug: "precision-parts", currency: "EUR" },
    ]);
    const perOrg = await query<{ slug: string; investments: number; goals: number; kpis: number; perspectives: number; statuses: string[] }>(a.db, `
      SELECT o.slug,
        (SELECT count(*)::int FROM investments x WHERE x.org_id = o.id) AS investments,
        (SELECT count(*)::int FROM goals x WHERE x.org_id = o.id) AS goals,
        (SELECT count(*)::int FROM kpis x WHERE x.org_id = o.id) AS kpis,
        (SELECT count(DISTINCT perspective)::int FROM kpis x WHERE x.org_id = o.id) AS perspectives,
        (SELECT array_agg(DISTINCT status::text) FROM investments x WHERE x.org_id = o.id) AS statuses
      FROM organizations o`);
    for (const org of perOrg) {
      expect(org.investments, org.slug).toBeGreaterThanOrEqual(8);
      expect(org.investments, org.slug).toBeLessThanOrEqual(15);
      expect(org.goals, org.slug).toBeGreaterThanOrEqual(4);
      expect(org.goals, org.slug).toBeLessThanOrEqual(6);
      expect(org.kpis, org.slug).toBeGreaterThanOrEqual(12);
      expect(org.kpis, org.slug).toBeLessThanOrEqual(20);
      expect(org.perspectives, org.slug).toBe(4);
    }
    expect(new Set(perOrg.flatMap((o) => o.statuses))).toEqual(new Set(["proposed", "approved", "implementing", "live", "retired"]));

    const perKpi = await query<{ n: number; last: string }>(a.db, "SELECT count(*)::int AS n, max(period)::text AS last FROM kpi_measurements GROUP BY org_id, kpi_id");
    for (const { n, last } of perKpi) {
      expect(n).toBeGreaterThanOrEqual(18);
      expect(n).toBeLessThanOrEqual(24);
      expect(last).toBe("2026-10-01"); // the month before as-of
    }
    const sums = await query<{ total: string }>(a.db, "SELECT sum(weight)::text AS total FROM scoring_factors GROUP BY org_id, investment_id");
    expect(sums.length).toBe(32);
    for (const { total } of sums) expect(Number(total)).toBe(100);

    const roles = await query<{ email: string; slug: string; role: string }>(a.db, `
      SELECT u.email, o.slug, m.role::text AS role FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.org_id ORDER BY 1, 2`);
    expect(roles).toEqual([
      { email: DEMO_USERS.consultant, slug: "harbor-bakery", role: "owner" },
      { email: DEMO_USERS.consultant, slug: "ledger-and-co", role: "owner" },
      { email: DEMO_USERS.consultant, slug: "precision-parts", role: "owner" },
      { email: DEMO_USERS.owner, slug: "harbor-bakery", role: "owner" },
      { email: DEMO_USERS.viewer, slug: "harbor-bakery", role: "viewer" },
    ]);
    const [{ n: badGoLive }] = await query<{ n: number }>(a.db, "SELECT count(*)::int AS n FROM investments WHERE (status = 'proposed') <> (go_live_date IS NULL)");
    expect(badGoLive).toBe(0);
  });

  it("is deterministic: same seed and as-of give identical rows in every table", async () => {
    const [dumpA, dumpB] = await Promise.all([dumpAll(a.db), dumpAll(b.db)]);
    expect(Object.keys(dumpA).length).toBeGreaterThanOrEqual(14);
    expect(dumpA.kpi_measurements.length).toBeGreaterThan(0);
    expect(dumpB).toEqual(dumpA);

    const values = (seed: number) => buildSeedRows({ seed, asOf: AS_OF, passwordHash: "x" }).kpiMeasurements.map((m) => m.value);
    expect(values(SEED)).toEqual(values(SEED));
    expect(values(SEED + 1)).not.toEqual(values(SEED));
  });

  it("is idempotent: a second run creates nothing", async () => {
    const before = await countAll(a.db);
    expect(await seedDemo(a.db, { seed: SEED + 1, asOf: AS_OF })).toEqual({ created: false });
    expect(await countAll(a.db)).toEqual(before);
  });

  it("does not duplicate when two runs race, and defaults to the current month", async () => {
    const c = await freshDatabase();
    try {
      const results = await Promise.all([seedDemo(c.db), seedDemo(c.db)]);
      expect(results.filter((r) => r.created)).toHaveLength(1);
      const counts = await countAll(c.db);
      expect(counts.users).toBe(3);
      expect(counts.organizations).toBe(3);
      const [{ last }] = await query<{ last: string }>(c.db, "SELECT max(period)::text AS last FROM kpi_measurements");
      expect(last).toBe(monthsBefore(new Date(), 1));
      const first = await kpiSeries(c.db);
      const again = buildSeedRows({ seed: DEFAULT_SEED, asOf: new Date(), passwordHash: "x" });
      expect(again.kpiMeasurements.length).toBe(first.reduce((n, k) => n + k.values.length, 0));
    } finally {
      await c.close();
    }
  });

  it("tells the stories", async () => {
    const series = await kpiSeries(a.db);
    const kpi = (slug: string, name: string) => series.find((k) => k.slug === slug && k.name === name) ?? raise(`missing KPI ${slug}: ${name}`);

    // Café: online revenue share climbs from ~6% to ~21% after online ordering went live 14 months ago.
    const online = kpi("harbor-bakery", "Online revenue share");
    expect(online.values[online.values.length - 1]).toBeGreaterThan(online.values[0] + 10);

    // Accounting: the chatbot launched 9 months before as-of; CSAT is higher and cost per contact lower after.
    const launch = monthsBefore(AS_OF, 9);
    const window = (k: KpiSeries, from: number, to: number) => k.values.filter((_, i) => k.periods[i] >= monthsBefore(AS_OF, from) && k.periods[i] <= monthsBefore(AS_OF, to));
    const csat = kpi("ledger-and-co", "Client satisfaction (CSAT)");
    const costPerContact = kpi("ledger-and-co", "Cost per client contact");
    expect(window(csat, 9, 4)).toHaveLength(6);
    expect(window(csat, 15, 10)).toHaveLength(6);
    expect(mean(window(csat, 9, 4))).toBeGreaterThan(mean(window(csat, 15, 10)));
    expect(mean(window(costPerContact, 9, 4))).toBeLessThan(mean(window(costPerContact, 15, 10)));
    const [chatbot] = await query<{ go_live_date: string; linked: number }>(a.db, `
      SELECT i.go_live_date::text AS go_live_date, (SELECT count(*)::int FROM kpis k WHERE k.investment_id = i.id) AS linked
      FROM investments i WHERE i.name = 'AI website chatbot'`);
    expect(chatbot.go_live_date).toBe(launch);
    expect(chatbot.linked).toBeGreaterThanOrEqual(3);

    // Manufacturer: unplanned downtime falls after the sensors went in 10 months ago.
    const downtime = kpi("precision-parts", "Unplanned downtime (hours per month)");
    expect(mean(downtime.values.slice(-3))).toBeLessThan(mean(downtime.values.slice(0, 3)) * 0.75);

    // Marketing automation: renewal notice deadline within 60 days of as-of.
    const [renewal] = await query<{ deadline: string }>(a.db, `
      SELECT (c.renewal_date - c.notice_days)::text AS deadline FROM cost_items c JOIN investments i ON i.org_id = c.org_id AND i.id = c.investment_id
      WHERE i.name = 'Marketing automation' AND c.renewal_date IS NOT NULL`);
    const days = (Date.parse(renewal.deadline) - AS_OF.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(60);

    // Each workspace ends with a mix of RAG statuses.
    for (const slug of ["harbor-bakery", "precision-parts", "ledger-and-co"]) {
      const statuses = series.filter((k) => k.slug === slug).map(rag);
      expect(statuses, slug).toContain("green");
      expect(statuses.some((s) => s !== "green"), slug).toBe(true);
      expect(statuses, slug).toContain("red");
    }
  });

  it("keeps measured values inside their units", async () => {
    const out = await query<{ n: number }>(a.db, `
      SELECT count(*)::int AS n FROM kpi_measurements m JOIN kpis k ON k.org_id = m.org_id AND k.id = m.kpi_id
      WHERE (k.unit = 'percent' AND (m.value < 0 OR m.value > 100))
         OR (k.unit = 'score' AND (m.value < -100 OR m.value > 100))
         OR (k.unit IN ('count', 'currency', 'duration') AND m.value < 0)
         OR m.value <> round(m.value, 2)`);
    expect(out[0].n).toBe(0);
  });

  it("maps each workspace's integrations, leaving one or two live silos", async () => {
    const perOrg = await query<{ slug: string; links: number; silos: string[] }>(a.db, `
      SELECT o.slug,
        (SELECT count(*)::int FROM integrations x WHERE x.org_id = o.id) AS links,
        (SELECT coalesce(array_agg(i.name ORDER BY i.name), '{}') FROM investments i
          WHERE i.org_id = o.id AND i.status <> 'retired'
            AND NOT EXISTS (SELECT 1 FROM integrations x WHERE x.org_id = i.org_id AND i.id IN (x.from_investment_id, x.to_investment_id))) AS silos
      FROM organizations o ORDER BY o.slug`);
    for (const org of perOrg) {
      expect(org.links, org.slug).toBeGreaterThanOrEqual(6);
      expect(org.silos.length, org.slug).toBeGreaterThanOrEqual(1);
      expect(org.silos.length, org.slug).toBeLessThanOrEqual(2);
    }
    expect(perOrg.find((o) => o.slug === "harbor-bakery")?.silos).toContain("MFA & cloud backup");
    const [pos] = await query<{ feeds: string[] }>(a.db, `
      SELECT array_agg(t.name ORDER BY t.name) AS feeds FROM integrations x
      JOIN investments f ON f.org_id = x.org_id AND f.id = x.from_investment_id
      JOIN investments t ON t.org_id = x.org_id AND t.id = x.to_investment_id
      WHERE f.name = 'Cloud POS (4 sites)'`);
    expect(pos.feeds).toContain("Cloud accounting");
    // Adding links shifted no other row's id.
    const rows = buildSeedRows({ seed: SEED, asOf: AS_OF, passwordHash: "x" });
    expect(new Set(rows.integrations.map((r) => r.id)).size).toBe(rows.integrations.length);
  });
});
