import { vi } from "vitest";

/**
 * Stand-ins for the framework modules an action touches, shared by every fuzz file. Each test file mocks
 * `@/lib/auth`, `next/cache`, `next/headers` and `next/navigation` with these (vi.mock must sit in the
 * test file itself); only then does it import the actions.
 */

/** `redirect()` and Auth.js's `signIn`/`signOut` end an action by throwing; after the work, that is a success. */
export class Redirect extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export const auth = vi.fn();
/** Where signIn/signOut were asked to send the browser, to check that it never leaves the site. */
export const redirects: string[] = [];

function redirectTo(options: unknown): never {
  const to = (options as { redirectTo?: unknown } | undefined)?.redirectTo;
  const url = typeof to === "string" ? to : "/";
  redirects.push(url);
  throw new Redirect(url);
}

export const authModule = {
  auth,
  signIn: vi.fn(async (_provider: string, options?: unknown) => redirectTo(options)),
  signOut: vi.fn(async (options?: unknown) => redirectTo(options)),
};

export const cacheModule = { revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn() };

export const headersModule = {
  headers: async () => new Headers({ host: "techfolio.test", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.7" }),
};

export const navigationModule = {
  redirect: (url: string) => {
    redirects.push(url);
    throw new Redirect(url);
  },
  notFound: () => {
    throw new Error("notFound() called from an action");
  },
};

/** Argon2 costs ~60 ms a hash; the fuzz is about what reaches the database, so a fast stand-in hashes the same text. */
export async function passwordModule(actual: () => Promise<typeof import("@/lib/auth/password")>) {
  const { createHash } = await import("node:crypto");
  return {
    ...(await actual()),
    hashPassword: async (password: string) => `sha256$${createHash("sha256").update(password, "utf8").digest("hex")}`,
  };
}
