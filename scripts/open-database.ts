import { configFromEnv, openDatabase, type DatabaseHandle } from "../db/client";
import { DataDirBusyError } from "../db/lock";

/** Opens the configured database for a one-off script; a busy embedded database is a message, not a stack trace. */
export function openDatabaseForScript(): DatabaseHandle {
  try {
    return openDatabase(configFromEnv());
  } catch (error) {
    if (!(error instanceof DataDirBusyError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
