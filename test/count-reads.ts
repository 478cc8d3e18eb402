import { vi } from "vitest";
import { databaseHandle } from "@/db/handle";

/**
 * Counts the reads started on the database handle and on every transaction opened from it (the queries
 * run in scoped transactions). Stop it with vi.restoreAllMocks().
 */
export function countReads() {
  const real = databaseHandle().db;
  const methods = ["select", "selectDistinct", "selectDistinctOn"] as const;
  const spies = methods.map((m) => vi.spyOn(real, m));
  const transaction = real.transaction.bind(real);
  vi.spyOn(real, "transaction").mockImplementation((fn, config) =>
    transaction((tx) => {
      spies.push(...methods.map((m) => vi.spyOn(tx, m)));
      return fn(tx);
    }, config),
  );
  return () => spies.reduce((n, s) => n + s.mock.calls.length, 0);
}
