import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { DatabaseHandle } from "./client";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Applies the committed drizzle-kit migrations (forward-only); the same folder serves both engines. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  // The migrators differ only in their driver type; the handle's db is the right one for its engine.
  if (handle.engine === "pglite") await migratePglite(handle.db as never, config);
  else await migratePostgres(handle.db as never, config);
}
