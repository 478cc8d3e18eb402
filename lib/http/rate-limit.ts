import "server-only";
import { clearRateLimit, hitRateLimit, readRateLimit, type RateLimitWindow } from "@/db/queries/rate-limits";
import { AppError } from "@/lib/errors";

/** At most `limit` attempts per `key` in each window of `windowMs`, counted in the database. */
export type RateLimitRule = { key: string; windowMs: number; limit: number };
export type RateLimitVerdict = { ok: true; remaining: number } | { ok: false; retryAfterMs: number };

/** Milliseconds until the window ends (at least 1 while it lasts). */
const untilWindowEnds = (rule: RateLimitRule, window: RateLimitWindow, now: Date) => Math.max(1, window.windowStart.getTime() + rule.windowMs - now.getTime());
const isOver = (rule: RateLimitRule, window: RateLimitWindow, now: Date) => window.windowStart.getTime() + rule.windowMs <= now.getTime();

/**
 * Counts one attempt against `rule` and says whether it may go ahead: the first `limit` attempts of a
 * window may, the rest are refused until the window ends (`retryAfterMs`, for a Retry-After header or a
 * "try again in n minutes"). Shared by every app process, since the count is one row per key.
 */
export async function rateLimit(rule: RateLimitRule, now = new Date()): Promise<RateLimitVerdict> {
  const window = await hitRateLimit(rule.key, rule.windowMs, now);
  if (window.count <= rule.limit) return { ok: true, remaining: rule.limit - window.count };
  return { ok: false, retryAfterMs: untilWindowEnds(rule, window, now) };
}

/** How long until `rule` lets the key's next attempt through, without counting one: 0 when it would now. */
export async function rateLimitRetryAfterMs(rule: RateLimitRule, now = new Date()): Promise<number> {
  const window = await readRateLimit(rule.key);
  if (!window || isOver(rule, window, now) || window.count < rule.limit) return 0;
  return untilWindowEnds(rule, window, now);
}

/** Forgets the key's attempts (after a success that should not count against the next ones). */
export const resetRateLimit = (key: string) => clearRateLimit(key);

/** A refused attempt: a route handler answers it with 429 and `Retry-After` (see tenant-route.ts). */
export class RateLimitExceeded extends AppError {
  constructor(readonly retryAfterMs: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
    super("rate_limited", `Too many attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
}

/** Counts one attempt and throws `RateLimitExceeded` when it is over the limit: one line at the top of a handler. */
export async function enforceRateLimit(rule: RateLimitRule, now = new Date()): Promise<void> {
  const verdict = await rateLimit(rule, now);
  if (!verdict.ok) throw new RateLimitExceeded(verdict.retryAfterMs);
}

/** `Retry-After` in whole seconds, rounded up, for a 429 answer. */
export const retryAfterSeconds = (ms: number) => String(Math.max(1, Math.ceil(ms / 1000)));
