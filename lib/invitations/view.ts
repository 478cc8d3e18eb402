/** The invitation page's reads, through db/queries. The page is public: these read users and invitations by token only. */
import "server-only";
import { findInvitationByToken } from "@/db/queries/invitations";
import { findUserByEmail, getUserById } from "@/db/queries/users";

/** The invitation a link's token names, with its status (valid, expired, revoked, accepted or unknown). */
export const loadInvitation = (token: string) => findInvitationByToken(token);

/** What the visitor of a usable invitation sent to `email` does next. */
export type InviteeStep = { kind: "accept" } | { kind: "switch-account"; signedIn: string } | { kind: "sign-in" } | { kind: "sign-up" };

/**
 * Accept as the invited user, switch accounts (signed in as someone else), sign in (the invited email has an
 * account) or create the account. `email` is the invitation's, already lower-case.
 */
export async function loadInviteeStep(userId: string | undefined, email: string): Promise<InviteeStep> {
  const user = userId ? await getUserById(userId) : null;
  if (user && user.email.toLowerCase() === email) return { kind: "accept" };
  if (user) return { kind: "switch-account", signedIn: user.email };
  return (await findUserByEmail(email)) ? { kind: "sign-in" } : { kind: "sign-up" };
}
