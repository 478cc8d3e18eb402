import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, memberships, organizations, users } from "@/db/schema";
import { initialFormState } from "@/lib/form-state";

const signIn = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ signIn, signOut: vi.fn(), auth: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }) }));
const { signInWithPassword, signUp } = await import("./actions");
const { RateLimitedSignIn, recordSignInFailure, SIGN_IN_LIMIT } = await import("./credentials");
const { verifyPassword } = await import("./password");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const valid = { name: "Ada Owner", email: "Ada@Example.com", password: "correct horse battery", workspace: "Harbor Bakery & Café" };

async function rowCounts() {
  const [[u], [o], [m], [a]] = await Promise.all([
    db.select({ n: count() }).from(users),
    db.select({ n: count() }).from(organizations),
    db.select({ n: count() }).from(memberships),
    db.select({ n: count() }).from(auditLog),
  ]);
  return { users: u.n, organizations: o.n, memberships: m.n, audit: a.n };
}

beforeEach(() => signIn.mockReset());

describe("sign-up", () => {
  it("creates the user, a first workspace they own and an audit row, then signs them in", async () => {
    const before = await rowCounts();
    await signUp(initialFormState, form(valid));
    expect(await rowCounts()).toEqual({
      users: before.users + 1,
      organizations: before.organizations + 1,
      memberships: before.memberships + 1,
      audit: before.audit + 1,
    });
    const [user] = await db.select().from(users);
    expect(user.email).toBe("ada@example.com");
    expect(await verifyPassword(user.passwordHash, valid.password)).toBe(true);
    expect(signIn).toHaveBeenCalledWith("credentials", {
      email: "ada@example.com",
      password: valid.password,
      redirectTo: "/w/harbor-bakery-cafe/dashboard",
    });
  });

  it.each([
    ["a malformed email", { email: "ada@" }, "email", "Enter a valid email address"],
    ["a short password", { password: "1234567" }, "password", "at least 8 characters"],
    ["an overlong password", { password: "x".repeat(129) }, "password", "at most 128 characters"],
    ["no name", { name: "  " }, "name", "Enter your name"],
    ["no workspace name", { workspace: "" }, "workspace", "Name your workspace"],
  ])("refuses %s with a message beside the field and writes nothing", async (_label, change, field, message) => {
    const before = await rowCounts();
    const state = await signUp(initialFormState, form({ ...valid, email: "new@example.com", ...change }));
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.[field]?.[0]).toContain(message);
    expect(state.values).not.toHaveProperty("password");
    expect(await rowCounts()).toEqual(before);
    expect(signIn).not.toHaveBeenCalled();
  });

  it("accepts a 64-character passphrase without composition rules", async () => {
    const state = await signUp(initialFormState, form({ ...valid, email: "long@example.com", password: "a".repeat(64) }));
    expect(state.fieldErrors).toBeUndefined();
    expect(signIn).toHaveBeenCalled();
  });

  it("refuses a taken email, whatever its case, and writes nothing", async () => {
    await signUp(initialFormState, form({ ...valid, email: "taken@example.com" }));
    const before = await rowCounts();
    const state = await signUp(initialFormState, form({ ...valid, email: "TAKEN@example.com", workspace: "Another" }));
    expect(state.fieldErrors?.email?.[0]).toBe("An account with this email already exists.");
    expect(await rowCounts()).toEqual(before);
  });

  it("gives a second workspace of the same name its own slug", async () => {
    await signUp(initialFormState, form({ ...valid, email: "one@example.com", workspace: "Same Name" }));
    await signUp(initialFormState, form({ ...valid, email: "two@example.com", workspace: "Same Name" }));
    expect(signIn).toHaveBeenLastCalledWith("credentials", expect.objectContaining({ redirectTo: "/w/same-name-2/dashboard" }));
  });
});

describe("sign-in", () => {
  it("turns a rate-limited attempt into 'try again in N minutes' for that email and address", async () => {
    for (let i = 0; i < SIGN_IN_LIMIT.failures; i++) await recordSignInFailure("locked@example.com", "203.0.113.9");
    signIn.mockRejectedValueOnce(new RateLimitedSignIn());
    const state = await signInWithPassword(initialFormState, form({ email: "Locked@example.com", password: "whatever it is" }));
    expect(state).toMatchObject({ ok: false, message: "Too many failed sign-in attempts. Try again in 15 minutes.", values: { email: "Locked@example.com" } });
  });

  it("gives one generic message for any failed sign-in, and validates before asking Auth.js", async () => {
    const { CredentialsSignin } = await import("next-auth");
    signIn.mockRejectedValueOnce(new CredentialsSignin());
    expect((await signInWithPassword(initialFormState, form({ email: "a@example.com", password: "wrong" }))).message).toBe("Wrong email or password.");
    const invalid = await signInWithPassword(initialFormState, form({ email: "not-an-email", password: "" }));
    expect(invalid.fieldErrors).toMatchObject({ email: [expect.any(String)], password: ["Enter your password."] });
    expect(signIn).toHaveBeenCalledTimes(1);
  });
});
