import { describe, expect, it } from "vitest";
import { createUser } from "@/test/factories";
import { RateLimitedSignIn, SIGN_IN_LIMIT, authorizeCredentials, recordSignInFailure, signInRetryAfterMs } from "./credentials";
import { hashPassword } from "./password";

const PASSWORD = "a long enough passphrase";
const fromIp = (ip: string) => new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-forwarded-for": `${ip}, 10.0.0.1` } });

async function userWithPassword() {
  return createUser({ passwordHash: await hashPassword(PASSWORD) });
}

describe("authorizeCredentials", () => {
  it("signs in with the right password, case-insensitively on the email", async () => {
    const user = await userWithPassword();
    await expect(authorizeCredentials({ email: user.email.toUpperCase(), password: PASSWORD }, fromIp("198.51.100.1"))).resolves.toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
    });
  });

  it("gives the same answer for a wrong password and an unknown email", async () => {
    const user = await userWithPassword();
    await expect(authorizeCredentials({ email: user.email, password: "wrong password" }, fromIp("198.51.100.1"))).resolves.toBeNull();
    await expect(authorizeCredentials({ email: "nobody@example.com", password: PASSWORD }, fromIp("198.51.100.1"))).resolves.toBeNull();
    await expect(authorizeCredentials({ email: "not an email", password: PASSWORD }, fromIp("198.51.100.1"))).resolves.toBeNull();
  });
});

describe("sign-in rate limit", () => {
  it(`locks an email+IP after ${SIGN_IN_LIMIT.failures} failures, even for the right password, and tells how long`, async () => {
    const user = await userWithPassword();
    const ip = fromIp("198.51.100.7");
    for (let i = 0; i < SIGN_IN_LIMIT.failures; i++) {
      await expect(authorizeCredentials({ email: user.email, password: `wrong ${i}` }, ip)).resolves.toBeNull();
    }
    await expect(authorizeCredentials({ email: user.email, password: PASSWORD }, ip)).rejects.toBeInstanceOf(RateLimitedSignIn);
    const wait = await signInRetryAfterMs(user.email, "198.51.100.7");
    expect(wait).toBeGreaterThan(SIGN_IN_LIMIT.windowMs - 60_000);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_LIMIT.windowMs);
    // Another address is not locked out by someone else's guessing.
    await expect(authorizeCredentials({ email: user.email, password: PASSWORD }, fromIp("192.0.2.44"))).resolves.toMatchObject({ id: user.id });
  });

  it("counts only failures inside the window, and a success clears them", async () => {
    const user = await userWithPassword();
    const old = new Date(Date.now() - SIGN_IN_LIMIT.windowMs - 1000);
    for (let i = 0; i < SIGN_IN_LIMIT.failures; i++) await recordSignInFailure(user.email, "198.51.100.8", old);
    expect(await signInRetryAfterMs(user.email, "198.51.100.8")).toBe(0);

    for (let i = 0; i < SIGN_IN_LIMIT.failures - 1; i++) await recordSignInFailure(user.email, "198.51.100.8");
    await authorizeCredentials({ email: user.email, password: PASSWORD }, fromIp("198.51.100.8"));
    await recordSignInFailure(user.email, "198.51.100.8");
    expect(await signInRetryAfterMs(user.email, "198.51.100.8")).toBe(0);
  });
});
