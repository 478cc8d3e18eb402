import "server-only";
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import { db } from "@/db";
import { writeAudit } from "@/db/queries/audit";
import { invitations, memberships, organizations, users } from "@/db/schema";
import { tenantRead, widenScope, withScope } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { hashInvitationToken, isWellFormedToken } from "@/lib/domain/invitation-token";
import { ACCOUNT_EXISTS, INVITATION_UNAVAILABLE } from "@/lib/domain/messages";
import type { Role } from "@/lib/domain/values";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

const pending = and(isNull(invitations.acceptedAt), isNull(invitations.revokedAt));
const usable = () => and(pending, gt(invitations.expiresAt, sql`now()`));

export type PendingInvitation = { id: string; email: string; role: Role; expiresAt: Date; createdAt: Date; invitedBy: string | null; expired: boolean };

/** Invitations neither accepted nor revoked, newest first; expired ones stay listed (marked) until revoked. */
export const listPendingInvitations = tenantRead(async function listPendingInvitations(ctx: TenantCtx): Promise<PendingInvitation[]> {
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      invitedBy: users.name,
      expired: sql<boolean>`${invitations.expiresAt} <= now()`,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.orgId, ctx.orgId), pending))
    .orderBy(sql`${invitations.createdAt} desc`, asc(invitations.email));
});

/** Revokes every pending invitation for this email, so a new one replaces them; returns the ids revoked. */
export async function revokePendingForEmail(ctx: TenantCtx, email: string): Promise<string[]> {
  const rows = await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.orgId, ctx.orgId), eq(invitations.email, email.toLowerCase()), pending))
    .returning({ id: invitations.id });
  return rows.map((r) => r.id);
}

export async function insertInvitation(ctx: TenantCtx, input: { email: string; role: Role; tokenHash: string; expiresAt: Date }) {
  const [row] = await db
    .insert(invitations)
    .values({ orgId: ctx.orgId, email: input.email.toLowerCase(), role: input.role, tokenHash: input.tokenHash, invitedBy: ctx.userId, expiresAt: input.expiresAt })
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt });
  return row;
}

/** Revokes one pending invitation of this workspace; another workspace's, a used or an unknown one is not-found. */
export async function revokeInvitation(ctx: TenantCtx, id: string) {
  const gone = new AppError("not_found", "That invitation is no longer pending.");
  if (!isUuid(id)) throw gone;
  const [row] = await db
    .update(invitations)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitations.orgId, ctx.orgId), eq(invitations.id, id), pending))
    .returning({ id: invitations.id, email: invitations.email, role: invitations.role });
  if (!row) throw gone;
  return row;
}

export type InvitationLookup =
  | { status: "valid"; email: string; role: Role; expiresAt: Date; org: { slug: string; name: string } }
  | { status: "expired" | "revoked" | "accepted" | "unknown" };

/** The invitation the token's hash names, in a scope that holds that hash (row-level security shows it alone). */
async function invitationByHash(tokenHash: string) {
  const [row] = await db
    .select({
      orgId: invitations.orgId,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      expired: sql<boolean>`${invitations.expiresAt} <= now()`,
    })
    .from(invitations)
    .where(eq(invitations.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/**
 * What the invite page shows for a token. The token is the capability: the transaction is scoped to its
 * hash, not to a workspace, and the workspace is named (its scope widened to it) only for a usable invitation.
 */
export async function findInvitationByToken(token: string): Promise<InvitationLookup> {
  if (!isWellFormedToken(token)) return { status: "unknown" };
  const tokenHash = hashInvitationToken(token);
  return withScope({ invitation: tokenHash }, async () => {
    const row = await invitationByHash(tokenHash);
    if (!row) return { status: "unknown" };
    if (row.acceptedAt) return { status: "accepted" };
    if (row.revokedAt) return { status: "revoked" };
    if (row.expired) return { status: "expired" };
    await widenScope({ orgIds: [row.orgId] });
    const [org] = await db.select({ slug: organizations.slug, name: organizations.name }).from(organizations).where(eq(organizations.id, row.orgId));
    if (!org) return { status: "unknown" };
    return { status: "valid", email: row.email, role: row.role, expiresAt: row.expiresAt, org };
  });
}

/**
 * Claims the invitation for this user and makes them a member, with an audit row. The claim is one
 * conditional UPDATE (still pending, unexpired, for this email), so of two concurrent accepts only one
 * gets a row back. `null`: nothing to accept; the caller's transaction writes nothing more. Runs in a
 * transaction scoped to the token's hash, widened to the invitation's workspace and this user for the writes.
 */
async function claimInvitation(tokenHash: string, user: { id: string; email: string }): Promise<AcceptedInvitation | null> {
  const invitation = await invitationByHash(tokenHash);
  if (!invitation) return null;
  await widenScope({ orgIds: [invitation.orgId], userId: user.id });
  const [claimed] = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(and(eq(invitations.orgId, invitation.orgId), eq(invitations.tokenHash, tokenHash), eq(invitations.email, user.email.toLowerCase()), usable()))
    .returning({ orgId: invitations.orgId, id: invitations.id, role: invitations.role });
  if (!claimed) return null;
  // Already a member (joined another way meanwhile): keep the role they have rather than change it silently.
  const joined = await db.insert(memberships).values({ orgId: claimed.orgId, userId: user.id, role: claimed.role }).onConflictDoNothing().returning({ role: memberships.role });
  await writeAudit({ orgId: claimed.orgId, userId: user.id }, {
    action: "create",
    entity: "membership",
    entityId: user.id,
    after: { email: user.email.toLowerCase(), role: claimed.role, invitationId: claimed.id, alreadyMember: joined.length === 0 },
  });
  const [org] = await db.select({ slug: organizations.slug }).from(organizations).where(eq(organizations.id, claimed.orgId));
  return { slug: org.slug, role: claimed.role };
}

export type AcceptedInvitation = { slug: string; role: Role };

/** Accepts as an existing, signed-in user; `null` when the invitation is used, revoked, expired, unknown or for another email. */
export async function acceptInvitation(token: string, user: { id: string; email: string }): Promise<AcceptedInvitation | null> {
  if (!isWellFormedToken(token)) return null;
  const tokenHash = hashInvitationToken(token);
  return withScope({ invitation: tokenHash, userId: user.id }, () => claimInvitation(tokenHash, user));
}

/**
 * Sign-up from an invitation: the user (with the invitation's email), the claim and the membership in one
 * transaction. A taken email is a `conflict`; an invitation that can no longer be used is `not_found`.
 */
export async function createUserAndAcceptInvitation(token: string, input: { name: string; email: string; passwordHash: string }) {
  if (!isWellFormedToken(token)) throw new AppError("not_found", INVITATION_UNAVAILABLE);
  const tokenHash = hashInvitationToken(token);
  try {
    return await withScope({ invitation: tokenHash }, async () => {
      const [user] = await db.insert(users).values({ name: input.name, email: input.email.toLowerCase(), passwordHash: input.passwordHash }).returning({ id: users.id, email: users.email });
      const accepted = await claimInvitation(tokenHash, user);
      if (!accepted) throw new AppError("not_found", INVITATION_UNAVAILABLE);
      return accepted;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", ACCOUNT_EXISTS);
    throw error;
  }
}
