// Runs before each test file of the "app" project: installs a fresh database for that file alone.
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "../db/client";
import { setDatabaseHandle } from "../db/handle";
import { adminQuery, databaseUrl } from "./postgres-admin";

const config = inject("testDb");
let handle: DatabaseHandle;

if (config.engine === "pglite") {
  const client = new PGlite({ loadDataDir: new Blob([readFileSync(config.dumpFile)]) });
  handle = openDatabase({ engine: "pglite", client });
} else {
  const name = `${config.prefix}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(config.baseUrl, `CREATE DATABASE "${name}" TEMPLATE "${config.template}"`);
  handle = openDatabase({ engine: "postgres", url: databaseUrl(config.baseUrl, name), max: 4 });
  afterAll(async () => {
    await handle.close();
    await adminQuery(config.baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

setDatabaseHandle(handle);
if (config.engine === "pglite") afterAll(() => handle.close());
