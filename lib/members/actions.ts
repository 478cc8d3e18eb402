"use server";

import { AuthError } from "next-auth";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvitation, createUserAndAcceptInvitation, findInvitationByToken, insertInvitation, revokeInvitation as revokeInvitationRow, revokePendingForEmail } from "@/db/queries/invitations";
import { deleteMember, isMemberEmail, lockMember, lockOwners, setMemberRole } from "@/db/queries/members";
import { findUserByEmail, getUserById } from "@/db/queries/users";
import { tenantAction, type ActionInput, type ActionResult } from "@/lib/actions/tenant-action";
import { auth, signIn, signOut } from "@/lib/auth";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/domain/values";
import { AppError } from "@/lib/errors";
import { formText, type FormState } from "@/lib/form-state";
import { deliverInvitation, requestOrigin, type Delivery } from "./delivery";
import {
  ACCOUNT_EXISTS,
  ALREADY_MEMBER,
  changeRoleSchema,
  INVITATION_OTHER_EMAIL,
  INVITATION_UNAVAILABLE,
  inviteSchema,
  inviteSignUpSchema,
  LAST_OWNER,
  ONLY_OWNER_INVITES_OWNER,
  ONLY_OWNER_MANAGES_OWNERS,
  removeMemberSchema,
  revokeInvitationSchema,
  transferOwnershipSchema,
} from "./schemas";
import { INVITATION_TTL_MS, invitationLink, isWellFormedToken, newInvitationToken } from "./tokens";

export type InvitationCreated = { id: string; email: string; role: Role; link: string; delivery: Delivery };

// Admins and owners manage members; only an owner may hand out, take away or change the owner role. Roles
// show in the workspace layout, so the whole workspace is refreshed after commit.
const ADMIN = { role: "admin", revalidate: "workspace" } as const;
const ownerOnly = (message: string, field?: string) => new AppError("forbidden", message, field ? { [field]: [message] } : undefined);

const invite = tenantAction(inviteSchema, ADMIN, async ({ email, role }, ctx) => {
  if (role === "owner" && ctx.role !== "owner") throw ownerOnly(ONLY_OWNER_INVITES_OWNER, "role");
  if (await isMemberEmail(ctx, email)) throw new AppError("invalid", undefined, { email: [ALREADY_MEMBER] });
  const replaced = await revokePendingForEmail(ctx, email);
  const { token, tokenHash } = newInvitationToken();
  const row = await insertInvitation(ctx, { email, role, tokenHash, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) });
  return {
    data: { id: row.id, email: row.email, role: row.role, token, workspace: ctx.org.name },
    audit: [
      ...replaced.map((id) => ({ action: "update" as const, entity: "invitation", entityId: id, after: { revoked: true, replacedBy: row.id } })),
      { action: "create" as const, entity: "invitation", entityId: row.id, after: { email: row.email, role: row.role, expiresAt: row.expiresAt.toISOString() } },
    ],
  };
});

export const revokeInvitation = tenantAction(revokeInvitationSchema, ADMIN, async ({ id }, ctx) => {
  const row = await revokeInvitationRow(ctx, id);
  return { data: { id: row.id }, audit: { action: "update", entity: "invitation", entityId: row.id, before: { email: row.email, role: row.role }, after: { revoked: true } } };
});

export const changeMemberRole = tenantAction(changeRoleSchema, ADMIN, async ({ userId, role }, ctx) => {
  const owners = await lockOwners(ctx); // owners first, then the member: one lock order for every member action
  const target = await lockMember(ctx, userId);
  if ((target.role === "owner" || role === "owner") && ctx.role !== "owner") throw ownerOnly(ONLY_OWNER_MANAGES_OWNERS, "role");
  if (target.role === role) return { data: { userId, role }, audit: [] };
  if (target.role === "owner" && owners.length <= 1) throw new AppError("conflict", LAST_OWNER, { role: [LAST_OWNER] });
  await setMemberRole(ctx, userId, role);
  return { data: { userId, role }, audit: { action: "update", entity: "membership", entityId: userId, before: { email: target.email, role: target.role }, after: { role } } };
});

export const removeMember = tenantAction(removeMemberSchema, ADMIN, async ({ userId }, ctx) => {
  const owners = await lockOwners(ctx);
  const target = await lockMember(ctx, userId);
  if (target.role === "owner" && ctx.role !== "owner") throw ownerOnly(ONLY_OWNER_MANAGES_OWNERS);
  if (target.role === "owner" && owners.length <= 1) throw new AppError("conflict", LAST_OWNER);
  await deleteMember(ctx, userId);
  return { data: { userId }, audit: { action: "delete", entity: "membership", entityId: userId, before: { email: target.email, name: target.name, role: target.role } } };
});

export const transferOwnership = tenantAction(transferOwnershipSchema, { role: "owner", revalidate: "workspace" }, async ({ userId }, ctx) => {
  await lockOwners(ctx);
  const target = await lockMember(ctx, userId);
  if (target.userId === ctx.userId) throw new AppError("invalid", "Choose another member to transfer ownership to.", { userId: ["Choose another member."] });
  await setMemberRole(ctx, target.userId, "owner");
  await setMemberRole(ctx, ctx.userId, "admin");
  return {
    data: { userId },
    audit: [
      { action: "update", entity: "membership", entityId: target.userId, before: { email: target.email, role: target.role }, after: { role: "owner", transferredFrom: ctx.userId } },
      { action: "update", entity: "membership", entityId: ctx.userId, before: { role: ctx.role }, after: { role: "admin", transferredTo: target.userId } },
    ],
  };
});

/** Creates an invitation; the link (with the token) is returned once, here, and never stored. */
export async function inviteMember(
  slug: string,
  ...args: [input: ActionInput] | [previous: FormState, formData: FormData]
): Promise<ActionResult<InvitationCreated>> {
  const result = await invite(slug, args.length === 2 ? args[1] : args[0]);
  if (!result.ok || !result.data) return result as ActionResult<never>;
  const { token, workspace, ...created } = result.data;
  const link = invitationLink(await requestOrigin(), token);
  // The invitation is committed by now; sending waits on the network, so it never runs inside the transaction.
  const delivery = await deliverInvitation({ email: created.email, role: created.role, workspace, link });
  return { ok: true, data: { ...created, link, delivery } };
}

/** "Join <workspace>" for the signed-in user; the invitation must be for their email. */
export async function acceptInvitationAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = formText(formData, "token");
  const userId = (await auth())?.user?.id;
  const user = userId ? await getUserById(userId) : null;
  if (!user) return { ok: false, message: "Sign in to accept this invitation." };
  const lookup = await findInvitationByToken(token);
  if (lookup.status !== "valid") return { ok: false, message: INVITATION_UNAVAILABLE };
  if (lookup.email !== user.email.toLowerCase()) return { ok: false, message: INVITATION_OTHER_EMAIL };
  // The claim re-checks everything in one UPDATE, so a concurrent accept or a revoke in between still wins.
  const accepted = await acceptInvitation(token, user);
  if (!accepted) return { ok: false, message: INVITATION_UNAVAILABLE };
  revalidatePath("/workspaces");
  redirect(`/w/${accepted.slug}/dashboard`);
}

/** A new account from an invitation: the email is the invitation's; user, membership and claim commit together. */
export async function signUpFromInvitation(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = formText(formData, "token");
  const values = { name: formText(formData, "name") };
  const lookup = await findInvitationByToken(token);
  if (lookup.status !== "valid") return { ok: false, message: INVITATION_UNAVAILABLE, values };
  const parsed = inviteSignUpSchema.safeParse({ name: values.name, password: formText(formData, "password") });
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  if (await findUserByEmail(lookup.email)) return { ok: false, message: ACCOUNT_EXISTS, values };

  let slug: string;
  try {
    ({ slug } = await createUserAndAcceptInvitation(token, { name: parsed.data.name, email: lookup.email, passwordHash: await hashPassword(parsed.data.password) }));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message, values };
    throw error;
  }
  try {
    await signIn("credentials", { email: lookup.email, password: parsed.data.password, redirectTo: `/w/${slug}/dashboard` });
  } catch (error) {
    // The account exists and the invitation is accepted; only the automatic sign-in failed.
    if (error instanceof AuthError) redirect(`/sign-in?callbackUrl=${encodeURIComponent(`/w/${slug}/dashboard`)}`);
    throw error; // success is a redirect, which Next.js delivers as a thrown signal
  }
  return { ok: true };
}

/** Signed in as someone else: sign out and come back to the same invitation. */
export async function signOutToInvitation(token: string): Promise<void> {
  await signOut({ redirectTo: isWellFormedToken(token) ? `/invite/${token}` : "/sign-in" });
}
