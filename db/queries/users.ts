import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { auditLog, memberships, users } from "@/db/schema";
import { withScope } from "@/db/scope";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { insertOrganization } from "./new-workspace";

// Users belong to no workspace: the users table has no row-level security, and these need no scope.
export async function findUserByEmail(email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user ?? null;
}

export async function getUserById(id: string) {
  const [user] = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

/**
 * Creates the user, their first workspace and the owner membership in one transaction, scoped to the new
 * workspace (both ids are chosen here). A taken email (the unique index, race-safe) is a `conflict`;
 * nothing is written.
 */
export async function createUserWithWorkspace(input: { name: string; email: string; passwordHash: string; workspace: string }) {
  const userId = randomUUID();
  const orgId = randomUUID();
  try {
    return await withScope({ orgIds: [orgId], userId }, async (tx) => {
      await tx.insert(users).values({ id: userId, name: input.name, email: input.email.toLowerCase(), passwordHash: input.passwordHash });
      const org = await insertOrganization(tx, { id: orgId, name: input.workspace });
      await tx.insert(memberships).values({ orgId, userId, role: "owner" });
      await tx.insert(auditLog).values({
        orgId,
        userId,
        action: "create",
        entity: "organization",
        entityId: orgId,
        after: { slug: org.slug, name: input.workspace, owner: input.email.toLowerCase() },
      });
      return { userId, slug: org.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "An account with this email already exists.");
    throw error;
  }
}
