import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { memberships, users } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { Role } from "@/lib/domain/values";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export type MemberRow = { userId: string; name: string; email: string; role: Role; joinedAt: Date };

const memberColumns = { userId: memberships.userId, name: users.name, email: users.email, role: memberships.role, joinedAt: memberships.createdAt };

/** Everyone in the workspace, owners first (the enum's order), then by name. */
export const listMembers = tenantRead(async function listMembers(ctx: TenantCtx): Promise<MemberRow[]> {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.orgId, ctx.orgId))
    .orderBy(asc(memberships.role), asc(users.name), asc(users.email));
});

/**
 * One member of this workspace, locked for the rest of the transaction so two admins cannot act on the same
 * person at once. Another workspace's member, an unknown id and a malformed id are the same not-found.
 */
export async function lockMember(ctx: TenantCtx, userId: string): Promise<MemberRow> {
  if (!isUuid(userId)) throw new AppError("not_found", "That member is no longer in this workspace.");
  const [row] = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, userId)))
    .for("update", { of: memberships });
  if (!row) throw new AppError("not_found", "That member is no longer in this workspace.");
  return row;
}

/**
 * The workspace's owners, locked: demoting or removing an owner holds these locks until commit, so two
 * concurrent demotions cannot both see "another owner remains" and leave the workspace without one.
 */
export async function lockOwners(ctx: TenantCtx): Promise<string[]> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.role, "owner")))
    .orderBy(asc(memberships.userId))
    .for("update");
  return rows.map((r) => r.userId);
}

export async function isMemberEmail(ctx: TenantCtx, email: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, ctx.orgId), eq(users.email, email.toLowerCase())))
    .limit(1);
  return Boolean(row);
}

export async function setMemberRole(ctx: TenantCtx, userId: string, role: Role): Promise<void> {
  const rows = await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  if (rows.length === 0) throw new AppError("not_found", "That member is no longer in this workspace.");
}

export async function deleteMember(ctx: TenantCtx, userId: string): Promise<void> {
  const rows = await db
    .delete(memberships)
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, userId)))
    .returning({ userId: memberships.userId });
  if (rows.length === 0) throw new AppError("not_found", "That member is no longer in this workspace.");
}
