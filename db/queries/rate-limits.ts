import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { rateLimits } from "@/db/schema";

export type RateLimitWindow = { windowStart: Date; count: number };

/**
 * Counts one hit on `key`: the first hit, or the first after the window has passed, opens a new window
 * at `now` with a count of 1; any other adds 1. One statement (INSERT … ON CONFLICT DO UPDATE locks the
 * row), so concurrent hits from several app processes are each counted. Returns the window after this hit.
 */
export async function hitRateLimit(key: string, windowMs: number, now: Date): Promise<RateLimitWindow> {
  const expired = sql`${rateLimits.windowStart} <= ${new Date(now.getTime() - windowMs).toISOString()}::timestamptz`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: now, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        windowStart: sql`case when ${expired} then excluded.window_start else ${rateLimits.windowStart} end`,
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
      },
    })
    .returning({ windowStart: rateLimits.windowStart, count: rateLimits.count });
  return row;
}

/** The key's current window as stored (it may have passed), or null when it has none. */
export async function readRateLimit(key: string): Promise<RateLimitWindow | null> {
  const [row] = await db.select({ windowStart: rateLimits.windowStart, count: rateLimits.count }).from(rateLimits).where(eq(rateLimits.key, key));
  return row ?? null;
}

export async function clearRateLimit(key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}
