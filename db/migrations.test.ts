import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { db } from "@/db";
import { alignments, goals, risks } from "@/db/schema";
import { adminQuery, databaseUrl } from "@/test/postgres-admin";
import { createInvestment, createTenant } from "@/test/factories";
import { openDatabase, type DatabaseHandle } from "./client";
import { migrateDatabase } from "./migrate";

const tenantTables = [
  "invitations",
  "goals",
  "investments",
  "cost_items",
  "benefit_items",
  "alignments",
  "risks",
  "scoring_factors",
  "kpis",
  "kpi_measurements",
  "scenarios",
  "integrations",
  "audit_log",
];

async function emptyDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const config = inject("testDb");
  if (config.engine === "pglite") {
    const handle = openDatabase({ engine: "pglite", client: new PGlite("memory://") });
    return { handle, drop: () => handle.close() };
  }
  const name = `${config.prefix}_empty`;
  await adminQuery(config.baseUrl, `CREATE DATABASE "${name}"`);
  const handle = openDatabase({ engine: "postgres", url: databaseUrl(config.baseUrl, name), max: 1 });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await adminQuery(config.baseUrl, `DROP DATABASE "${name}" WITH (FORCE)`);
    },
  };
}

const rowsOf = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Record<string, unknown>[];

describe("migrations", () => {
  it(`apply to an empty database and are idempotent (${inject("testDb").engine})`, async () => {
    const { handle, drop } = await emptyDatabase();
    try {
      await migrateDatabase(handle);
      await migrateDatabase(handle); // a restart runs them again: nothing changes, nothing fails
      const tables = rowsOf(await handle.db.execute(sql`select table_name from information_schema.tables where table_schema = 'public'`)).map(
        (r) => r.table_name,
      );
      expect(tables).toEqual(expect.arrayContaining(["organizations", "users", "memberships", "rate_limits", ...tenantTables]));
    } finally {
      await drop();
    }
  });

  it("gives every tenant table a non-null org_id that leads its primary key", async () => {
    const rows = rowsOf(
      await db.execute(sql`
        select c.relname as table, a.attname as first_key_column, a.attnotnull as not_null
        from pg_index i
        join pg_class c on c.oid = i.indrelid
        join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
        where i.indisprimary and c.relnamespace = 'public'::regnamespace`),
    );
    for (const table of tenantTables) {
      expect(rows.find((r) => r.table === table), table).toMatchObject({ first_key_column: "org_id", not_null: true });
    }
  });
});

describe("constraints", () => {
  it("rejects out-of-range scores", async () => {
    const ctx = await createTenant();
    const tech = await createInvestment(ctx);
    const insertRisk = (likelihood: number) =>
      db.insert(risks).values({ orgId: ctx.orgId, investmentId: tech.id, type: "security", title: "Breach", likelihood, impact: 3 });
    await expect(insertRisk(6)).rejects.toThrow();
    await expect(insertRisk(0)).rejects.toThrow();
    await expect(insertRisk(5)).resolves.toBeDefined();
  });

  it("cannot link one workspace's goal to another workspace's technology", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const techOfB = await createInvestment(b);
    const [goalOfA] = await db.insert(goals).values({ orgId: a.orgId, title: "Grow", perspective: "financial" }).returning();
    await expect(db.insert(alignments).values({ orgId: a.orgId, investmentId: techOfB.id, goalId: goalOfA.id, strength: 3 })).rejects.toThrow();
  });
});
