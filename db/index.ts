import "server-only";
import type { Database } from "./client";
import { databaseHandle } from "./handle";

/** The one client. Lazily forwards to the process-wide handle, so importing it opens nothing. */
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const real = databaseHandle().db;
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

export type { Database, Queryable, Tx } from "./client";
