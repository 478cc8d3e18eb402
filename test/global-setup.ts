import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { adminQuery, assertLocalDatabase, databaseUrl, runId } from "./postgres-admin";

export type TestDbConfig =
  | { engine: "pglite"; dumpFile: string }
  | { engine: "postgres"; baseUrl: string; template: string; prefix: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDb: TestDbConfig;
  }
}

/** Migrates once per run; each test file then starts from a copy of this fresh, migrated database. */
export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    assertLocalDatabase(url);
    const prefix = `techfolio_test_${runId()}`;
    const template = `${prefix}_template`;
    await adminQuery(url, `CREATE DATABASE "${template}"`);
    const handle = openDatabase({ engine: "postgres", url: databaseUrl(url, template), max: 1 });
    await migrateDatabase(handle);
    await handle.close();
    project.provide("testDb", { engine: "postgres", baseUrl: url, template, prefix });
    return async () => {
      const rows = await adminQuery(url, `SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`);
      for (const { datname } of rows) await adminQuery(url, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    };
  }

  const client = new PGlite("memory://");
  await migrateDatabase(openDatabase({ engine: "pglite", client }));
  const dir = mkdtempSync(path.join(tmpdir(), "techfolio-test-"));
  const dumpFile = path.join(dir, "migrated.tar.gz");
  writeFileSync(dumpFile, Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer()));
  await client.close();
  project.provide("testDb", { engine: "pglite", dumpFile });
  return () => rmSync(dir, { recursive: true, force: true });
}
