// `npm run db:migrate`: applies committed migrations. On the embedded database it refuses to run while
// the app holds the data directory (a lock file), because PGlite must never be opened by two processes.
import { migrateDatabase } from "../db/migrate";
import { openDatabaseForScript } from "./open-database";

const handle = openDatabaseForScript();
try {
  await migrateDatabase(handle);
  console.log(`Migrations applied (${handle.engine}).`);
} finally {
  await handle.close();
}
