import { CredentialsSignin } from "next-auth";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { db } from "@/db";
import { invitations, memberships, organizations, users } from "@/db/schema";
import { ACCOUNT_EXISTS, INVITATION_OTHER_EMAIL, INVITATION_UNAVAILABLE } from "@/lib/members/schemas";
import { newInvitationToken } from "@/lib/members/tokens";
import { modules, type ModulePath } from "@/test/action-catalog";
import { createUser } from "@/test/factories";
import { answerOf, session, signIn, signOut } from "@/test/next-mocks";
import { unique } from "@/test/snapshot";
import { emailOf, forEveryActor, type Actor, type World } from "@/test/world";

/**
 * The server actions that act on no workspace of the URL (sign-in, sign-up, sign-out, a new workspace,
 * invitations), with what each answers for every actor of the matrix. `"allowed"` runs `allowed` to check
 * the effect; a string is the exact refusal message, and a refusal must change nothing anywhere. `also`
 * lists further inputs, each with the answer it must give.
 */
type Answer = { ok: boolean; message?: string; fieldErrors?: Record<string, unknown>; redirectTo?: string };
/** Arranges what the call needs (outside the measured window), then returns the call. */
type Call = (w: World, actor: Actor) => Promise<() => Promise<Answer>>;
export type AccountEntry = {
  module: ModulePath;
  name: string;
  expected: Record<Actor, "allowed" | string>;
  call: Call;
  allowed?: (w: World, actor: Actor, answer: Answer) => Promise<void>;
  /** The workspaces an allowed call must leave as they were (all of A, B and C unless it joins one). */
  untouched?: (w: World) => string[];
  /** Further inputs; one with `untouched` is allowed (its call checks the effect), any other is a refusal. */
  also: { label: string; actor: Actor; call: Call; answer: Partial<Answer>; untouched?: (w: World) => string[] }[];
};

export const SESSION_ENDED = "Your session has ended. Sign in again to create a workspace.";
const SIGN_IN_TO_ACCEPT = "Sign in to accept this invitation.";
const everyone = (answer: "allowed" | string, overrides: Partial<Record<Actor, string>> = {}) => forEveryActor<string>(answer, overrides);

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const fn = (module: ModulePath, name: string) => (modules[module] as unknown as Record<string, (...args: unknown[]) => Promise<Answer>>)[name];
const act = (module: ModulePath, name: string, ...args: unknown[]) => answerOf(() => fn(module, name)(...args)) as Promise<Answer>;
const formAction = (module: ModulePath, name: string, fields: Record<string, string>) => act(module, name, { ok: false }, form(fields));

/** The workspace a successful call sent the user to, with its members. */
async function landedIn(answer: Answer) {
  const slug = answer.redirectTo?.match(/^\/w\/([^/]+)\/dashboard$/)?.[1];
  expect(slug, JSON.stringify(answer)).toBeDefined();
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug!));
  const members = await db.select({ userId: memberships.userId, role: memberships.role }).from(memberships).where(eq(memberships.orgId, org.id));
  return { org, members };
}

/** A pending invitation to B for a new address; the token is returned once, as the link would carry it. */
async function invitationToB(w: World, email = `invitee-${unique()}@example.com`) {
  const { token, tokenHash } = newInvitationToken();
  await db.insert(invitations).values({ orgId: w.b.orgId, email, role: "viewer", tokenHash, invitedBy: w.b.userId, expiresAt: new Date(Date.now() + 86_400_000) });
  return { token, email };
}

const membershipsOf = (userId: string) => db.select({ orgId: memberships.orgId, role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));

const workspace = () => ({ name: `Client ${unique()}`, currency: "EUR", industry: "retail" });
const signUpFields = () => ({ name: "New Person", email: `new-${unique()}@example.com`, password: "correct horse battery", workspace: `Own ${unique()}` });

export const ACCOUNT_ROWS: AccountEntry[] = [
  {
    module: "lib/workspaces/actions.ts",
    name: "createWorkspace",
    expected: everyone("allowed", { none: SESSION_ENDED }),
    call: async () => () => formAction("lib/workspaces/actions.ts", "createWorkspace", workspace()),
    // The new workspace is the actor's alone, whatever other workspaces they belong to.
    allowed: async (w, actor, answer) => expect((await landedIn(answer)).members).toEqual([{ userId: w.users[actor], role: "owner" }]),
    also: [{ label: "a name too short", actor: "owner", call: async () => () => formAction("lib/workspaces/actions.ts", "createWorkspace", { ...workspace(), name: "x" }), answer: { ok: false, message: "Please check the highlighted fields." } }],
  },
  {
    module: "lib/auth/actions.ts",
    name: "signUp",
    // The session plays no part: the account and its first workspace belong to the new user only.
    expected: everyone("allowed"),
    call: async () => () => formAction("lib/auth/actions.ts", "signUp", signUpFields()),
    allowed: async () => {
      const { email, redirectTo } = signIn.mock.lastCall![1] as { email: string; redirectTo: string };
      const [user] = await db.select().from(users).where(eq(users.email, email));
      expect((await landedIn({ ok: true, redirectTo })).members).toEqual([{ userId: user.id, role: "owner" }]);
    },
    also: [
      {
        label: "the email of B's owner",
        actor: "none",
        call: async (w) => {
          const email = (await emailOf(w.b.userId)).toUpperCase();
          return () => formAction("lib/auth/actions.ts", "signUp", { ...signUpFields(), email });
        },
        answer: { ok: false, fieldErrors: { email: ["An account with this email already exists."] } },
      },
    ],
  },
  {
    module: "lib/auth/actions.ts",
    name: "signInWithPassword",
    // The password is checked by Auth.js (the route's matrix); the action passes it on and keeps only the path of the return address.
    expected: everyone("allowed"),
    call: async (w) => {
      const email = await emailOf(w.b.userId);
      return () => formAction("lib/auth/actions.ts", "signInWithPassword", { email, password: "pw", callbackUrl: "https://evil.example/steal?x=1" });
    },
    allowed: async (w) => expect(signIn).toHaveBeenLastCalledWith("credentials", { email: await emailOf(w.b.userId), password: "pw", redirectTo: "/steal?x=1" }),
    also: [
      {
        label: "credentials Auth.js refuses",
        actor: "none",
        call: async () => () => {
          signIn.mockRejectedValueOnce(new CredentialsSignin());
          return formAction("lib/auth/actions.ts", "signInWithPassword", { email: "someone@example.com", password: "wrong" });
        },
        answer: { ok: false, message: "Wrong email or password." },
      },
    ],
  },
  {
    module: "lib/auth/actions.ts",
    name: "signOutAction",
    expected: everyone("allowed"),
    call: async () => async () => ((await fn("lib/auth/actions.ts", "signOutAction")()) ?? { ok: true }) as Answer,
    allowed: async () => expect(signOut).toHaveBeenLastCalledWith({ redirectTo: "/sign-in" }),
    also: [],
  },
  {
    module: "lib/members/actions.ts",
    name: "acceptInvitationAction",
    // B's invitation is for another address: no actor may use it, the consultant (an admin of B) included.
    expected: everyone(INVITATION_OTHER_EMAIL, { none: SIGN_IN_TO_ACCEPT }),
    call: async (w) => () => formAction("lib/members/actions.ts", "acceptInvitationAction", { token: w.foreign.invitation.token }),
    also: [
      { label: "an unknown token", actor: "owner", call: async () => () => formAction("lib/members/actions.ts", "acceptInvitationAction", { token: newInvitationToken().token }), answer: { ok: false, message: INVITATION_UNAVAILABLE } },
      { label: "a malformed token", actor: "owner", call: async () => () => formAction("lib/members/actions.ts", "acceptInvitationAction", { token: "../w/x" }), answer: { ok: false, message: INVITATION_UNAVAILABLE } },
      {
        label: "a user invited to B joins B only, with the invited role",
        // Signs in as the invited user, made for this case.
        actor: "none",
        untouched: (w) => [w.a.orgId, w.c.orgId],
        call: async (w) => {
          const user = await createUser();
          const { token } = await invitationToB(w, user.email);
          session.userId = user.id;
          return async () => {
            const answer = await formAction("lib/members/actions.ts", "acceptInvitationAction", { token });
            expect((await landedIn(answer)).org.id).toBe(w.b.orgId);
            expect(await membershipsOf(user.id)).toEqual([{ orgId: w.b.orgId, role: "viewer" }]);
            return answer;
          };
        },
        answer: { ok: true },
      },
    ],
  },
  {
    module: "lib/members/actions.ts",
    name: "signUpFromInvitation",
    // The session plays no part: the new account gets the invitation's address and joins B only.
    expected: everyone("allowed"),
    call: async (w) => {
      const { token } = await invitationToB(w);
      return () => formAction("lib/members/actions.ts", "signUpFromInvitation", { token, name: "Invited", password: "correct horse battery" });
    },
    untouched: (w) => [w.a.orgId, w.c.orgId],
    allowed: async (w) => {
      const { email } = signIn.mock.lastCall![1] as { email: string };
      const [user] = await db.select().from(users).where(eq(users.email, email));
      expect(await membershipsOf(user.id)).toEqual([{ orgId: w.b.orgId, role: "viewer" }]);
    },
    also: [
      {
        label: "an invitation to an address that has an account",
        actor: "none",
        call: async (w) => {
          const { token } = await invitationToB(w, (await createUser()).email);
          return () => formAction("lib/members/actions.ts", "signUpFromInvitation", { token, name: "X", password: "correct horse battery" });
        },
        answer: { ok: false, message: ACCOUNT_EXISTS },
      },
      { label: "an unknown token", actor: "none", call: async () => () => formAction("lib/members/actions.ts", "signUpFromInvitation", { token: newInvitationToken().token, name: "X", password: "correct horse battery" }), answer: { ok: false, message: INVITATION_UNAVAILABLE } },
    ],
  },
  {
    module: "lib/members/actions.ts",
    name: "signOutToInvitation",
    expected: everyone("allowed"),
    call: async (w) => async () => ((await fn("lib/members/actions.ts", "signOutToInvitation")(w.foreign.invitation.token)) ?? { ok: true }) as Answer,
    allowed: async (w) => expect(signOut).toHaveBeenLastCalledWith({ redirectTo: `/invite/${w.foreign.invitation.token}` }),
    also: [
      {
        label: "a token that is a path to another site",
        actor: "none",
        call: async () => async () => {
          await fn("lib/members/actions.ts", "signOutToInvitation")("//evil.example");
          expect(signOut).toHaveBeenLastCalledWith({ redirectTo: "/sign-in" });
          return { ok: true };
        },
        answer: { ok: true },
      },
    ],
  },
];

