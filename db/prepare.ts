import { count, sql } from "drizzle-orm";
import { APP_ROLE, configFromEnv, openDatabase, type DatabaseHandle, type Env } from "./client";
import { databaseHandle } from "./handle";
import { migrateDatabase } from "./migrate";
import { users } from "./schema";
import { seedDemo } from "./seed";

/** Migrations on every start; demo data only when the database has no users at all (a fresh install). Needs the owner. */
export async function prepareDatabase(handle: DatabaseHandle = databaseHandle()): Promise<void> {
  const started = Date.now();
  await migrateDatabase(handle);
  if (process.env.TECHFOLIO_SEED === "0") return;
  const [{ users: existing }] = await handle.db.select({ users: count() }).from(users);
  if (existing > 0) return;
  const { created } = await seedDemo(handle.db);
  if (created) console.log(`Techfolio: demo data created in ${Date.now() - started} ms (${handle.engine}).`);
}

/**
 * The embedded database's one connection starts as its superuser, which row-level security does not
 * apply to: from here on it acts as the app role for the rest of the process.
 */
export async function actAsAppRole(handle: DatabaseHandle): Promise<void> {
  await handle.db.execute(sql.raw(`set role ${APP_ROLE}`));
}

/**
 * Start-up of the server: migrate and seed as the owner, then serve as the app role. On PostgreSQL the
 * owner is a short-lived connection on DATABASE_URL (the app's own connections act as the app role from
 * the start); embedded, the process's one connection migrates first, then switches role.
 */
export async function startDatabase(env: Env = process.env, app: DatabaseHandle = databaseHandle()): Promise<void> {
  if (app.engine === "pglite") {
    await app.db.execute(sql`reset role`); // a second start in the same process (development) migrates as the owner again
    await prepareDatabase(app);
    await actAsAppRole(app);
    return;
  }
  const owner = configFromEnv(env);
  if (owner.engine !== "postgres") {
    console.log("Techfolio: DATABASE_APP_URL without DATABASE_URL: migrations are left to `npm run db:migrate`.");
    return;
  }
  const handle = openDatabase({ ...owner, max: 1 });
  try {
    await prepareDatabase(handle);
  } finally {
    await handle.close();
  }
}
