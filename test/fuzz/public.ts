import fc from "fast-check";
import { expect, it } from "vitest";
import { db } from "@/db";
import { invitations } from "@/db/schema";
import { initialFormState } from "@/lib/form-state";
import { newInvitationToken } from "@/lib/members/tokens";
import { modules, NOT_WORKSPACE_SCOPED, unique, type ModulePath } from "@/test/action-catalog";
import { createTenant, createUser } from "@/test/factories";
import { fuzzLoop } from "./loop";
import { hostileValue } from "./hostile";
import { auth, redirects } from "./mocks";
import type { Draw, TransportWeights } from "./mutate";
import { FUZZ_RUNS, report, timeoutFor, type Stats } from "./runs";

/**
 * The actions outside any workspace (sign-in, sign-up, a new workspace, invitations): how each is called,
 * and a scene in which its fields succeed. Keyed by the catalog's NOT_WORKSPACE_SCOPED names.
 */
export type AnyAction = (...args: unknown[]) => Promise<unknown>;
type Scene = { fields: Record<string, unknown>; userId: string | null };
type Invoke = (action: AnyAction, input: unknown, draw: Draw) => Promise<unknown>;
export type PublicCase = { arrange: () => Promise<Scene>; invoke: Invoke; transports: TransportWeights };

/** `useActionState` forms: (previous state, FormData). The previous state is the client's too. */
const viaForm: Invoke = (action, input, draw) => action(draw(fc.oneof({ arbitrary: fc.constant(initialFormState), weight: 4 }, hostileValue)), input);
/** Mostly real forms; sometimes not a form at all, which a crafted request can send. */
const FORM: TransportWeights = { "form-fields": 75, "wrong-type": 10, object: 10, "form-payload": 5 };
const ARGUMENT: TransportWeights = { object: 70, "wrong-type": 30, "form-fields": 0, "form-payload": 0 };

const strongPassword = "correct horse battery staple";

async function invitation(email: string) {
  const ws = await createTenant("owner");
  const { token, tokenHash } = newInvitationToken();
  await db.insert(invitations).values({ orgId: ws.orgId, email, role: "member", tokenHash, invitedBy: ws.userId, expiresAt: new Date(Date.now() + 86_400_000) });
  return token;
}

/** The one argument of an action that takes a bare value (a token), wherever the fuzz put it. */
const argumentOf = (input: unknown, name: string) =>
  input instanceof FormData ? input.get(name) : input !== null && typeof input === "object" && !Array.isArray(input) && name in input ? (input as Record<string, unknown>)[name] : input;

export const PUBLIC_CASES: Record<string, PublicCase> = {
  signInWithPassword: {
    arrange: async () => ({ fields: { email: "someone@example.com", password: strongPassword, callbackUrl: "/w/acme/dashboard?month=2026-01" }, userId: null }),
    invoke: viaForm,
    transports: FORM,
  },
  signUp: {
    arrange: async () => ({ fields: { name: "Ada Lovelace", email: `ada-${unique()}@example.com`, password: strongPassword, workspace: "Ada's Bakery" }, userId: null }),
    invoke: viaForm,
    transports: FORM,
  },
  signOutAction: {
    arrange: async () => ({ fields: {}, userId: (await createUser()).id }),
    invoke: (action, input) => action(input),
    transports: ARGUMENT,
  },
  createWorkspace: {
    arrange: async () => ({ fields: { name: `Client ${unique()}`, currency: "EUR", industry: "retail" }, userId: (await createUser()).id }),
    invoke: viaForm,
    transports: FORM,
  },
  acceptInvitationAction: {
    arrange: async () => {
      const user = await createUser();
      return { fields: { token: await invitation(user.email) }, userId: user.id };
    },
    invoke: viaForm,
    transports: FORM,
  },
  signUpFromInvitation: {
    arrange: async () => ({ fields: { token: await invitation(`invitee-${unique()}@example.com`), name: "Grace Hopper", password: strongPassword }, userId: null }),
    invoke: viaForm,
    transports: FORM,
  },
  signOutToInvitation: {
    arrange: async () => ({ fields: { token: newInvitationToken().token }, userId: (await createUser()).id }),
    invoke: (action, input) => action(argumentOf(input, "token")),
    transports: ARGUMENT,
  },
};

/** Each non-workspace-scoped action of the catalog with the function it names. */
export function publicActions(): { module: ModulePath; name: string; action: AnyAction }[] {
  return (Object.entries(NOT_WORKSPACE_SCOPED) as [ModulePath, string[]][]).flatMap(([module, names]) =>
    names.map((name) => ({ module, name, action: (modules[module] as Record<string, AnyAction>)[name] })),
  );
}

/** A redirect the browser would follow to this site only: a path, never "//host" or "/\host". */
export function isSameSitePath(url: string): boolean {
  return url.startsWith("/") && !/^\/[/\\]/.test(url) && !/[\u0000-\u001f\u007f\\]/.test(url) && new URL(url, "https://techfolio.test").origin === "https://techfolio.test";
}

/**
 * Like fuzzAction, for an action outside a workspace: handled whatever it is sent, every redirect stays on
 * this site, and a refusal writes nothing anywhere (no user, workspace or membership).
 */
export function fuzzPublicAction(spec: PublicCase, action: AnyAction, runs: number): Promise<Stats> {
  return fuzzLoop<Scene>(
    {
      arrange: () => spec.arrange(),
      payload: (scene) => scene.fields,
      transports: spec.transports,
      invoke: async (scene, input, draw) => {
        auth.mockResolvedValue(scene.userId ? { user: { id: scene.userId } } : null);
        const result = await spec.invoke(action, input, draw);
        // Actions typed Promise<void> (sign-out) only redirect: a resolved undefined is their success too.
        return result === undefined ? { ok: true } : result;
      },
      check: (_outcome, input) => {
        for (const url of redirects) if (!isSameSitePath(url)) expect.fail(`redirect to ${JSON.stringify(url)}\ninput ${input()}`);
      },
    },
    runs,
  );
}

export function fuzzPublic(name: string, action: AnyAction, runs = FUZZ_RUNS) {
  it(`${name} (not workspace-scoped)`, { timeout: timeoutFor(runs) }, async () => {
    report(name, await fuzzPublicAction(PUBLIC_CASES[name], action, runs));
  });
}
