import { CredentialsSignin } from "next-auth";
import { clearSignInFailures, recordSignInFailure, signInRetryAfterMs } from "@/db/queries/sign-in-failures";
import { findUserByEmail } from "@/db/queries/users";
import { DUMMY_HASH, verifyPassword } from "./password";
import { signInSchema } from "./schemas";

export class RateLimitedSignIn extends CredentialsSignin {
  code = "rate_limited";
}

export function clientIp(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}

/**
 * The only place a password is checked, so the limit holds whether sign-in comes through our form or
 * straight to the Auth.js endpoint. Unknown email and wrong password are the same answer.
 */
export async function authorizeCredentials(credentials: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp(request.headers);

  if ((await signInRetryAfterMs(email, ip)) > 0) throw new RateLimitedSignIn();

  const user = await findUserByEmail(email);
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid) {
    await recordSignInFailure(email, ip);
    return null;
  }
  await clearSignInFailures(email, ip);
  return { id: user.id, name: user.name, email: user.email };
}
