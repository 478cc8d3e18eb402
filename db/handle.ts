import { appConfigFromEnv, openDatabase, type DatabaseHandle } from "./client";

const globalForDb = globalThis as unknown as { techfolioDb?: DatabaseHandle };

/**
 * The process's one database handle, opened on first use (so `next build` never opens the data directory).
 * On PostgreSQL it acts as the app role, under row-level security; migrations use their own owner handle.
 */
export function databaseHandle(): DatabaseHandle {
  return (globalForDb.techfolioDb ??= openDatabase(appConfigFromEnv()));
}

/** Installs a handle for this process (tests use their own fresh database). */
export function setDatabaseHandle(handle: DatabaseHandle | undefined): void {
  globalForDb.techfolioDb = handle;
}
