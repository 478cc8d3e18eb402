import { sql } from "drizzle-orm";
import postgres from "postgres";
import { inject } from "vitest";
import { db } from "@/db";
import { databaseUrl } from "./postgres-admin";

/** A session that was waiting on the gate's lock: its transaction was open while the others' were. */
export type BlockedSession = { pid: number; xactStart: Date; waitEvent: string };

/** `blocked` is null on PGlite, which has one connection and runs transactions one after another. */
export type RaceOutcome<T> = { result: T; blocked: BlockedSession[] | null };

/** A statement that takes the lock the racers' writes need, run in the gate's own open transaction. */
export type LockStatement = { text: string; params?: (string | number)[] };

const WAIT_LIMIT_MS = 15_000;

/**
 * Makes a race real on PostgreSQL: another connection takes a lock the racers' writes need, `race` starts,
 * and the lock is rolled back only once `racers` sessions are waiting on it. By then every racer has done its
 * reads and sits at its write inside an open transaction — the interleaving an optimistic lock or an upsert
 * has to survive — and `blocked` lists those sessions from pg_stat_activity as proof that they overlapped.
 * On PGlite the race runs as is (serialized by PGlite itself).
 */
export async function raceBehindLock<T>(lock: LockStatement, racers: number, race: () => Promise<T>): Promise<RaceOutcome<T>> {
  const config = inject("testDb");
  if (config.engine === "pglite") return { result: await race(), blocked: null };

  const [{ name }] = rowsOf<{ name: string }>(await db.execute(sql`select current_database() as name`));
  const client = postgres(databaseUrl(config.baseUrl, name), { max: 2, onnotice: () => {} });
  const holder = await client.reserve();
  try {
    await holder`begin`;
    const [{ pid }] = await holder<{ pid: number }[]>`select pg_backend_pid() as pid`;
    await holder.unsafe(lock.text, lock.params ?? []);
    const pending = race();
    // Keep the rejection for the caller's await, not as an unhandled one while we wait.
    pending.catch(() => {});
    let blocked: BlockedSession[] = [];
    try {
      blocked = await waitForBlocked(client, pid, racers);
    } finally {
      await holder`rollback`;
    }
    return { result: await pending, blocked };
  } finally {
    holder.release();
    await client.end({ timeout: 5 });
  }
}

/** Polls until `racers` other sessions of this database wait on a lock; gives up (returning fewer) after a while. */
async function waitForBlocked(client: postgres.Sql, holderPid: number, racers: number): Promise<BlockedSession[]> {
  const deadline = Date.now() + WAIT_LIMIT_MS;
  for (;;) {
    const rows = await client<{ pid: number; xact_start: Date; wait_event: string }[]>`
      select pid, xact_start, wait_event from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and pid <> ${holderPid}
        and wait_event_type = 'Lock' and state = 'active'`;
    if (rows.length >= racers || Date.now() > deadline) {
      return rows.map((r) => ({ pid: r.pid, xactStart: r.xact_start, waitEvent: r.wait_event }));
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** postgres.js returns the rows, PGlite a result with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as T[];
}
