// The benchmark's own PostgreSQL database: recreated from the maintenance database on every run, migrated
// with the app's migrations, and dropped afterwards (unless BENCH_KEEP=1). Local databases only, and only
// names containing "bench", because this drops the database it is given.
import postgres, { type Sql } from "postgres";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { hashPassword } from "../../lib/auth/password";
import { LARGE_SLUG } from "./load";

export const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/techfolio_bench";
export const BENCH_USER = { name: "Bench Owner", email: "bench-owner@techfolio.test", password: "bench-password-1" };

export type BenchDatabase = { url: string; name: string; maintenanceUrl: string };

export function benchDatabase(url = process.env.BENCH_DATABASE_URL || DEFAULT_URL): BenchDatabase {
  const parsed = new URL(url);
  const name = decodeURIComponent(parsed.pathname.slice(1));
  if (!["127.0.0.1", "localhost", "[::1]"].includes(parsed.hostname)) throw new Error(`refusing to drop a non-local database (${parsed.hostname})`);
  if (!/bench/.test(name) || !/^[a-z0-9_]+$/.test(name)) throw new Error(`refusing to drop "${name}": the bench database's name must contain "bench" (a-z, 0-9, _)`);
  const maintenance = new URL(url);
  maintenance.pathname = "/postgres";
  return { url, name, maintenanceUrl: maintenance.toString() };
}

async function withMaintenance<T>(target: BenchDatabase, run: (sql: Sql) => Promise<T>): Promise<T> {
  const sql = postgres(target.maintenanceUrl, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Drops (forcing out any leftover connections) and creates the database, then applies the app's migrations. */
export async function recreateDatabase(target: BenchDatabase): Promise<void> {
  await withMaintenance(target, async (sql) => {
    await sql.unsafe(`DROP DATABASE IF EXISTS "${target.name}" WITH (FORCE)`);
    await sql.unsafe(`CREATE DATABASE "${target.name}"`);
  });
  const handle = openDatabase({ engine: "postgres", url: target.url, max: 1 });
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
}

export async function dropDatabase(target: BenchDatabase): Promise<void> {
  await withMaintenance(target, (sql) => sql.unsafe(`DROP DATABASE IF EXISTS "${target.name}" WITH (FORCE)`));
}

/** The user who signs in: owner of the large workspace only. Returns that workspace's id. */
export async function createBenchUser(sql: Sql): Promise<string> {
  const passwordHash = await hashPassword(BENCH_USER.password);
  const [user] = await sql`
    INSERT INTO users (name, email, password_hash) VALUES (${BENCH_USER.name}, ${BENCH_USER.email}, ${passwordHash}) RETURNING id`;
  const [org] = await sql`SELECT id FROM organizations WHERE slug = ${LARGE_SLUG}`;
  await sql`INSERT INTO memberships (org_id, user_id, role) VALUES (${org.id}, ${user.id}, 'owner')`;
  return org.id as string;
}
