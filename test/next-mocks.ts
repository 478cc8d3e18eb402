import { vi } from "vitest";

/**
 * The Next.js and Auth.js surface that server actions and route handlers touch, faked for tests run outside
 * a request. Import this module first (before any action or route module): its `vi.mock` calls then apply
 * to everything imported after it.
 */

/** The signed-in user that `auth()` answers with; null is "signed out". */
export const session = { userId: null as string | null };
export const signIn = vi.fn();
export const signOut = vi.fn();

/** `redirect()` ends an action the way Next.js does, by throwing; tests read where it went. */
export class Redirect extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}

vi.mock("@/lib/auth", async () => ({
  auth: async () => (session.userId ? { user: { id: session.userId } } : null),
  signIn,
  signOut,
  // The Auth.js endpoints stay real (loaded on first request), for the route that serves them.
  handlers: {
    GET: async (request: Request) => (await realAuth()).handlers.GET(request as never),
    POST: async (request: Request) => (await realAuth()).handlers.POST(request as never),
  },
}));
const realAuth = () => vi.importActual<typeof import("@/lib/auth")>("@/lib/auth");
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "techfolio.test", "x-forwarded-proto": "https" }) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Redirect(to);
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

/** The call's answer, or `{ ok: true, redirectTo }` when it ended in a redirect, the way a successful action may finish. */
export async function answerOf<T>(call: () => Promise<T>): Promise<T | { ok: true; redirectTo: string }> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof Redirect) return { ok: true, redirectTo: error.to };
    throw error;
  }
}
