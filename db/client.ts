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

export type DatabaseHandle = {
  db: Database;
  engine: "pglite" | "postgres";
  close(): Promise<void>;
};

const DEFAULT_DATA_DIR = path.join(process.cwd(), ".data", "pglite");

/** The role application connections act as: it owns nothing, so row-level security holds for it. */
export const APP_ROLE = "techfolio_app";

export type DatabaseConfig =
  /** `role`: the connection runs SET ROLE at start-up (the URL's user must be a member of it, or a superuser). */
  | { engine: "postgres"; url: string; max?: number; role?: string }
  | { engine: "pglite"; dataDir: string } // "memory://" for a throwaway in-memory database
  | { engine: "pglite"; client: PGlite };

/** Environment variables, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

export function configFromEnv(env: Env = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { engine: "postgres", url: env.DATABASE_URL };
  return { engine: "pglite", dataDir: env.TECHFOLIO_DATA_DIR ? path.resolve(env.TECHFOLIO_DATA_DIR, "pglite") : DEFAULT_DATA_DIR };
}

/**
 * The database as the running app uses it. PostgreSQL: `DATABASE_APP_URL` when given (a login that is, or
 * acts as, the app role), else `DATABASE_URL` acting as techfolio_app. Embedded: the data directory, whose
 * one connection switches to the app role once start-up has migrated (db/prepare.ts).
 */
export function appConfigFromEnv(env: Env = process.env): DatabaseConfig {
  if (env.DATABASE_APP_URL) return { engine: "postgres", url: env.DATABASE_APP_URL };
  const config = configFromEnv(env);
  return config.engine === "postgres" ? { ...config, role: APP_ROLE } : config;
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.engine === "postgres") {
    const connection = config.role ? { connection: { role: config.role } } : {};
    const client = postgres(config.url, { max: config.max ?? 10, onnotice: () => {}, ...connection });
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
