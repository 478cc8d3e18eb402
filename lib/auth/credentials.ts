import { CredentialsSignin } from "next-auth";
import { findUserByEmail } from "@/db/queries/users";
import { rateLimit, rateLimitRetryAfterMs, resetRateLimit, type RateLimitRule } from "@/lib/http/rate-limit";
import { DUMMY_HASH, verifyPassword } from "./password";
import { signInSchema } from "./schemas";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

/** Ten failed sign-ins per email and address in 15 minutes; a success starts the count again. */
export const SIGN_IN_LIMIT = { failures: 10, windowMs: 15 * 60_000 };
const signInRule = (email: string, ip: string): RateLimitRule => ({ key: `sign-in:${email.toLowerCase()}|${ip}`, windowMs: SIGN_IN_LIMIT.windowMs, limit: SIGN_IN_LIMIT.failures });

/** Milliseconds until (email, ip) may try again, or 0 when under the limit. */
export const signInRetryAfterMs = (email: string, ip: string, now = new Date()) => rateLimitRetryAfterMs(signInRule(email, ip), now);

/** Counts an attempt of (email, ip) that did not sign in. */
export async function recordSignInFailure(email: string, ip: string, at = new Date()): Promise<void> {
  await rateLimit(signInRule(email, ip), at);
}

/**
 * The only place a password is checked, so the limit holds whether sign-in comes through our form or
 * straight to the Auth.js endpoint. Every attempt is counted before the password is checked (so parallel
 * guesses cannot slip past the limit) and a success clears the count: what stays counted are failures.
 * Unknown email and wrong password are the same answer.
 */
export async function authorizeCredentials(credentials: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const rule = signInRule(email, clientIp(request.headers));

  if (!(await rateLimit(rule)).ok) throw new RateLimitedSignIn();

  const user = await findUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid) return null;
  await resetRateLimit(rule.key);
  return { id: user.id, name: user.name, email: user.email };
}
