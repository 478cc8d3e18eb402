import { count } from "drizzle-orm";
import { databaseHandle } from "./handle";
import { migrateDatabase } from "./migrate";
import { users } from "./schema";
import { seedDemo } from "./seed";

/** Migrations on every start; demo data only when the database has no users at all (a fresh install). */
export async function prepareDatabase(): Promise<void> {
  const handle = databaseHandle();
  const started = Date.now();
  await migrateDatabase(handle);
  if (process.env.TECHFOLIO_SEED === "0") return;
  const [{ users: existing }] = await handle.db.select({ users: count() }).from(users);
  if (existing > 0) return;
  const { created } = await seedDemo(handle.db);
  if (created) console.log(`Techfolio: demo data created in ${Date.now() - started} ms (${handle.engine}).`);
}
