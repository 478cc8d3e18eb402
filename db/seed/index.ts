/**
 * The demo data: three client workspaces (a café chain, a parts manufacturer, an accounting practice) run by
 * one consultant, with numbers that tell the stories in shared/reference/demo-story.md.
 * Deterministic (seeded generator, ids included) and idempotent (keyed on the demo consultant's email).
 * Each client's last 24 months of bank exports (db/seed/bank/) go into its ledger through the bank import,
 * in the same transaction; those rows get fresh ids and timestamps, as every import's do.
 */
import { eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { hashPassword } from "../../lib/auth/password";
import { isUniqueViolation } from "../../lib/errors";
import type { Database, Tx } from "../client";
import { users } from "../schema";
import { buildBankImports, buildSeedRows, SEED_TABLES, type SeedRows } from "./build";
import { importDemoBankFiles } from "./import-bank";
import { monthStartUtc } from "./calendar";
import { DEFAULT_SEED, DEMO_PASSWORD, DEMO_USERS } from "./accounts";

export { DEMO_PASSWORD, DEMO_USERS, DEFAULT_SEED } from "./accounts";
export { buildSeedRows, type SeedRows } from "./build";

export type SeedOptions = {
  /** Seed of the generator; default 20261123. */
  seed?: number;
  /** The "today" the stories are told from (its month); default: the first day of the current UTC month. */
  asOf?: Date;
};

/** Seeds the demo workspaces unless the demo consultant already exists. One transaction; safe to run concurrently. */
export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<{ created: boolean }> {
  if (await demoExists(db)) return { created: false };
  const seed = options.seed ?? DEFAULT_SEED;
  const asOf = monthStartUtc(options.asOf ?? new Date());
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rows = buildSeedRows({ seed, asOf, passwordHash });
  const consultantId = rows.users.find((u) => u.email === DEMO_USERS.consultant)?.id;
  if (!consultantId) throw new Error("demo seed: no demo consultant");
  try {
    await db.transaction(async (tx) => {
      await insertSeedRows(tx, rows);
      await importDemoBankFiles(tx, rows, buildBankImports({ seed, asOf }), consultantId);
    });
    return { created: true };
  } catch (error) {
    // A concurrent run inserted the demo users first: the unique email index rejected ours.
    if (isUniqueViolation(error)) return { created: false };
    throw error;
  }
}

async function demoExists(db: Database): Promise<boolean> {
  const found = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_USERS.consultant)).limit(1);
  return found.length > 0;
}

/** One multi-row insert per table, parents before children. */
async function insertSeedRows(tx: Tx, rows: SeedRows): Promise<void> {
  for (const name of Object.keys(SEED_TABLES) as (keyof SeedRows)[]) {
    const values = rows[name];
    // Drizzle's insert types each table's rows separately; the map above pairs them by name.
    if (values.length > 0) await tx.insert(SEED_TABLES[name] as PgTable).values(values as PgTable["$inferInsert"][]);
  }
}
