import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/test/factories";
import { hashPassword } from "./password";

// The app's own Auth.js handlers, with the settings `next start` runs with.
vi.stubEnv("AUTH_SECRET", "a test secret that is long enough for Auth.js");
vi.stubEnv("AUTH_TRUST_HOST", "true");
const { handlers } = await import("./index");

const PASSWORD = "a long enough passphrase";
let email: string;

beforeAll(async () => {
  ({ email } = await createUser({ passwordHash: await hashPassword(PASSWORD) }));
});

/** The cookies a response sets, by name, each with its attributes in lower case. */
function setCookies(res: Response): Map<string, string[]> {
  return new Map(
    res.headers.getSetCookie().map((line) => {
      const [pair, ...attributes] = line.split(";").map((part) => part.trim());
      return [pair.slice(0, pair.indexOf("=")), attributes.map((a) => a.toLowerCase())];
    }),
  );
}

/** Signs in through Auth.js's credentials endpoint, CSRF token and all, as a browser would. */
async function signIn(base: string) {
  const csrf = await handlers.GET(new NextRequest(`${base}/api/auth/csrf`));
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const body = new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${base}/workspaces` });
  const res = await handlers.POST(
    new NextRequest(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body,
    }),
  );
  expect(res.status).toBe(302);
  return setCookies(res);
}

describe("session cookie (Auth.js defaults, unchanged by the app's config)", () => {
  it("over https: `__Secure-` prefixed, Secure, HttpOnly, SameSite=Lax", async () => {
    const cookies = await signIn("https://techfolio.example");
    const session = cookies.get("__Secure-authjs.session-token");
    expect(session).toEqual(expect.arrayContaining(["httponly", "secure", "samesite=lax", "path=/"]));
    expect(cookies.has("authjs.session-token")).toBe(false);
  });

  it("over http: HttpOnly and SameSite=Lax, without Secure (a browser would drop it)", async () => {
    const cookies = await signIn("http://localhost:3000");
    const session = cookies.get("authjs.session-token");
    expect(session).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(session).not.toContain("secure");
    expect(cookies.has("__Secure-authjs.session-token")).toBe(false);
  });
});
