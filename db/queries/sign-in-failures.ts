import { and, count, eq, gt, min } from "drizzle-orm";
import { db } from "@/db";
import { signInFailures } from "@/db/schema";

export const SIGN_IN_LIMIT = { failures: 10, windowMs: 15 * 60_000 };

/** Milliseconds until (email, ip) may try again, or 0 when under the limit. */
export async function signInRetryAfterMs(email: string, ip: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_LIMIT.windowMs);
  const [row] = await db
    .select({ failures: count(), oldest: min(signInFailures.createdAt) })
    .from(signInFailures)
    .where(and(eq(signInFailures.email, email), eq(signInFailures.ip, ip), gt(signInFailures.createdAt, since)));
  if (!row || row.failures < SIGN_IN_LIMIT.failures || !row.oldest) return 0;
  return Math.max(0, new Date(row.oldest).getTime() + SIGN_IN_LIMIT.windowMs - now.getTime());
}

export async function recordSignInFailure(email: string, ip: string, at = new Date()): Promise<void> {
  await db.insert(signInFailures).values({ email, ip, createdAt: at });
}

export async function clearSignInFailures(email: string, ip: string): Promise<void> {
  await db.delete(signInFailures).where(and(eq(signInFailures.email, email), eq(signInFailures.ip, ip)));
}
