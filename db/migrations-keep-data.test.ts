import { sql } from "drizzle-orm";
import { expect, inject, it, vi } from "vitest";
import { db } from "@/db";
import { rowsOf } from "@/test/race-gate";
import { emptyDatabase, stageMigrations } from "@/test/staged-migrations";
import { census, copySharedRows, tableShapes } from "@/test/table-census";
import { seedDemo } from "./seed";

/**
 * The newest migration must not lose or change data written under the schema before it. A database is
 * migrated up to the last-but-one journal entry and filled with the demo data; then the remaining migrations
 * run (through db/migrate.ts, pointed at a copy of db/migrations) and every table must keep its row count,
 * its sums of money (`*_cents`) and other numeric columns, and each row's contents by primary key.
 *
 * Loading the data: the demo seed writes the current schema (it fills `integrations`, which 0001 creates),
 * so it cannot run on the previous one. It is seeded into this file's fully migrated database instead and
 * copied across on the tables and columns the previous schema has — generic, so it keeps working as
 * migrations are added. A later migration that renames a column or tightens a constraint makes the copy
 * fail loudly; such a migration needs its own fixture.
 */

const AS_OF = new Date("2026-11-01T00:00:00Z");

/**
 * Tables the newest migration drops on purpose, each with why its rows need not survive. Checked to be
 * gone; a later migration keeps this empty unless it retires a table too.
 */
const RETIRED: Record<string, string> = {
  sign_in_failures: "replaced by rate_limits; its rows were 15-minute sign-in lockout counts, not data",
};
const engine = inject("testDb").engine;

const appliedMigrations = async (target: typeof db) =>
  Number(rowsOf<{ n: string }>(await target.execute(sql`select count(*)::text as n from drizzle.__drizzle_migrations`))[0].n);

it(`the newest migration keeps every row, amount and value (${engine})`, async () => {
  const staged = stageMigrations();
  const previous = staged.tags.length - 1;
  expect(previous, "a journal with at least two migrations").toBeGreaterThanOrEqual(1);
  // db/migrate.ts reads `<cwd>/db/migrations` when it is first imported.
  const cwd = vi.spyOn(process, "cwd").mockReturnValue(staged.root);
  const { migrateDatabase, MIGRATIONS_FOLDER } = await import("./migrate");
  cwd.mockRestore();
  expect(MIGRATIONS_FOLDER).toBe(staged.folder);

  const target = await emptyDatabase();
  try {
    staged.keep(previous);
    await migrateDatabase(target.handle);
    expect(await appliedMigrations(target.handle.db)).toBe(previous);

    expect(await seedDemo(db, { asOf: AS_OF })).toEqual({ created: true });
    const { copied, notInTarget } = await copySharedRows(db, target.handle.db);
    console.info(`before ${staged.tags[previous]}: copied`, copied, "not in the previous schema:", notInTarget);

    const shapes = await tableShapes(target.handle.db);
    const before = await census(target.handle.db, shapes);
    // The check only means something with data in it: every copied row arrived, money included.
    for (const [table, n] of Object.entries(copied)) expect(before[table].rows, table).toBe(String(n));
    expect(Object.values(copied).reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
    const moneyTotals = Object.values(before).flatMap((t) => Object.entries(t.sums).filter(([c, s]) => c.endsWith("_cents") && s !== null && s !== "0"));
    expect(moneyTotals.length).toBeGreaterThanOrEqual(2);

    staged.keep(staged.tags.length);
    await migrateDatabase(target.handle);
    expect(await appliedMigrations(target.handle.db)).toBe(staged.tags.length);

    const after = await tableShapes(target.handle.db);
    for (const table of Object.keys(RETIRED)) expect(after[table], `${table} is retired`).toBeUndefined();
    for (const table of Object.keys(RETIRED)) delete shapes[table];
    for (const [table, shape] of Object.entries(shapes)) {
      expect(after[table]?.columns, `${table} keeps its columns`).toEqual(expect.arrayContaining(shape.columns));
    }
    const measured = await census(target.handle.db, shapes);
    for (const table of Object.keys(shapes)) {
      expect(measured[table].rows, `${table}: row count`).toBe(before[table].rows);
      expect(measured[table].sums, `${table}: sums`).toEqual(before[table].sums);
      expect(measured[table].contents, `${table}: rows by primary key`).toEqual(before[table].contents);
    }
  } finally {
    await target.drop();
    staged.remove();
  }
}, 120_000);
