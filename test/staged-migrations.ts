import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import { adminQuery, databaseUrl, runId } from "./postgres-admin";

type Journal = { entries: { idx: number; tag: string; when: number }[] };

const COMMITTED = path.join(process.cwd(), "db", "migrations");
const journalPath = (folder: string) => path.join(folder, "meta", "_journal.json");

/**
 * A copy of `db/migrations` under `<root>/db/migrations` (the layout db/migrate.ts expects below the working
 * directory) whose journal can be cut to its first entries: drizzle applies only what the journal lists.
 */
export function stageMigrations() {
  const root = mkdtempSync(path.join(tmpdir(), "techfolio-migrations-"));
  const folder = path.join(root, "db", "migrations");
  cpSync(COMMITTED, folder, { recursive: true });
  const journal = JSON.parse(readFileSync(journalPath(COMMITTED), "utf8")) as Journal;
  return {
    root,
    folder,
    tags: journal.entries.map((e) => e.tag),
    /** Lists only the first `count` migrations in the copy's journal. */
    keep(count: number) {
      writeFileSync(journalPath(folder), JSON.stringify({ ...journal, entries: journal.entries.slice(0, count) }, null, 2));
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** An empty database of the engine under test, dropped by `drop` (on PostgreSQL a throwaway database). */
export async function emptyDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const config = inject("testDb");
  if (config.engine === "pglite") {
    const handle = openDatabase({ engine: "pglite", client: new PGlite("memory://") });
    return { handle, drop: () => handle.close() };
  }
  // The run's prefix: the global teardown drops it even if this test dies before `drop`.
  const name = `${config.prefix}_keep_${runId()}`;
  await adminQuery(config.baseUrl, `CREATE DATABASE "${name}"`);
  const handle = openDatabase({ engine: "postgres", url: databaseUrl(config.baseUrl, name), max: 1 });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await adminQuery(config.baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
