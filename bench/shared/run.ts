// One benchmark run on its own PostgreSQL database: the production build (rebuilt when sources changed), a
// fresh migrated database, and whatever happens, the server stopped, connections closed and the database
// dropped (kept with BENCH_KEEP=1), on Ctrl-C too.
import postgres, { type Sql } from "postgres";
import { ensureBuild } from "../../scripts/ensure-build";
import { benchDatabase, dropDatabase, recreateDatabase, type BenchDatabase } from "./database";
import { startServer, type Server } from "./server";

export type BenchRun = {
  target: BenchDatabase;
  /** The owner's connections to the bench database (migrations and loading run as the owner). */
  sql: Sql;
  /** `next start` on the bench database; stopped at the end of the run, or earlier with its own stop(). */
  startServer(): Promise<Server>;
};

export async function runBench<T>(databaseUrl: string, connections: number, body: (run: BenchRun) => Promise<T>): Promise<T> {
  const target = benchDatabase(databaseUrl);
  ensureBuild();
  await recreateDatabase(target);
  const sql = postgres(target.url, { max: connections, onnotice: () => {} });
  const servers: Server[] = [];
  const stopAll = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await sql.end({ timeout: 5 });
    if (process.env.BENCH_KEEP === "1") console.log(`Kept the database: ${target.url}`);
    else await dropDatabase(target);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  }
  try {
    return await body({
      target,
      sql,
      startServer: async () => {
        const server = await startServer(target.url);
        servers.push(server);
        return server;
      },
    });
  } finally {
    await stopAll();
  }
}
