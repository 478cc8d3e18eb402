// A benchmark's own PostgreSQL database: recreated from the maintenance database on every run, migrated
// with the app's migrations (as the owner), and dropped afterwards (unless BENCH_KEEP=1). Local databases
// only, and only names containing "bench", because this drops the database it is given.
import postgres, { type Sql } from "postgres";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { hashPassword } from "../../lib/auth/password";

export type BenchDatabase = { url: string; name: string; maintenanceUrl: string };

/** `url`: the benchmark's database on a local server, e.g. postgres://postgres@127.0.0.1:5432/techfolio_bench. */
export function benchDatabase(url: string): BenchDatabase {
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

export type BenchUser = { name: string; email: string; password: string };

/**
 * Inserts users who can sign in with their password, and returns their ids in the same order. One hash
 * serves every user sharing a password: Argon2 is slow on purpose.
 */
export async function createUsers(sql: Sql, users: BenchUser[]): Promise<string[]> {
  const hashes = new Map<string, string>();
  for (const { password } of users) if (!hashes.has(password)) hashes.set(password, await hashPassword(password));
  const rows = users.map((u) => ({ name: u.name, email: u.email, password_hash: hashes.get(u.password)! }));
  const inserted = await sql<{ id: string; email: string }[]>`INSERT INTO users ${sql(rows)} RETURNING id, email`;
  const ids = new Map(inserted.map((r) => [r.email, r.id]));
  return users.map((u) => ids.get(u.email)!);
}

export type Membership = { userId: string; slug: string; role: "owner" | "admin" | "member" | "viewer" };

/** Adds each user to a workspace, by slug. Returns each membership's workspace id, in the same order. */
export async function addMemberships(sql: Sql, memberships: Membership[]): Promise<string[]> {
  const slugs = [...new Set(memberships.map((m) => m.slug))];
  const orgs = new Map((await sql<{ id: string; slug: string }[]>`SELECT id, slug FROM organizations WHERE slug IN ${sql(slugs)}`).map((o) => [o.slug, o.id]));
  const missing = slugs.filter((s) => !orgs.has(s));
  if (missing.length) throw new Error(`no workspace ${missing.join(", ")}`);
  const rows = memberships.map((m) => ({ org_id: orgs.get(m.slug)!, user_id: m.userId, role: m.role }));
  await sql`INSERT INTO memberships ${sql(rows)}`;
  return rows.map((r) => r.org_id);
}
