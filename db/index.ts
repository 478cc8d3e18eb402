import "server-only";
import type { Database } from "./client";
import { databaseHandle } from "./handle";
import { openTransaction, runInTransaction } from "./scope";

/**
 * The one client. Lazily forwards to the process-wide handle, so importing it opens nothing. Inside a
 * scoped transaction (db/scope.ts) it forwards to that transaction: the code a scope runs sees the rows
 * the scope allows, and never waits for a second connection (embedded PGlite has only one).
 */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = (openTransaction() ?? databaseHandle().db) as Database;
    if (property === "transaction") {
      // A transaction opened through `db` is the open transaction of the code it runs, like a scope's.
      return ((fn, config) => real.transaction((tx) => runInTransaction(tx, () => fn(tx)), config)) as Database["transaction"];
    }
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type { Database } from "./client";
