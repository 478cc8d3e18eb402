import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { acquireDataDirLock } from "./lock";
import * as schema from "./schema";

type Schema = typeof schema;
/** The one query-builder type for both engines; their APIs are the same at this level. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = Database | Tx;

export type DatabaseHandle = {
  db: Database;
  engine: "pglite" | "postgres";
  close(): Promise<void>;
};

export const DEFAULT_DATA_DIR = path.join(process.cwd(), ".data", "pglite");

export type DatabaseConfig =
  | { engine: "postgres"; url: string; max?: number }
  | { engine: "pglite"; dataDir: string } // "memory://" for a throwaway in-memory database
  | { engine: "pglite"; client: PGlite };

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { engine: "postgres", url: env.DATABASE_URL };
  return { engine: "pglite", dataDir: env.TECHFOLIO_DATA_DIR ? path.resolve(env.TECHFOLIO_DATA_DIR, "pglite") : DEFAULT_DATA_DIR };
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.engine === "postgres") {
    const client = postgres(config.url, { max: config.max ?? 10, onnotice: () => {} });
    const db = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Database;
    return { db, engine: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  let client: PGlite;
  let release = () => {};
  if ("client" in config) {
    client = config.client;
  } else if (config.dataDir.startsWith("memory://")) {
    client = new PGlite(config.dataDir);
  } else {
    // PGlite has no locking of its own: a second process on the same directory silently loses writes.
    mkdirSync(path.dirname(config.dataDir), { recursive: true });
    release = acquireDataDirLock(config.dataDir);
    client = new PGlite(config.dataDir);
  }
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    engine: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}
