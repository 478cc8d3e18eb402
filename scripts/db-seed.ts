// `npm run db:seed`: migrates, then adds the demo workspaces unless they exist (re-running never duplicates).
import { migrateDatabase } from "../db/migrate";
import { seedDemo } from "../db/seed";
import { openDatabaseForScript } from "./open-database";

const handle = openDatabaseForScript();
try {
  await migrateDatabase(handle);
  const { created } = await seedDemo(handle.db);
  console.log(created ? "Demo data created." : "Demo data already present; nothing changed.");
} finally {
  await handle.close();
}
