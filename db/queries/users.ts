import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { insertOwnedWorkspace, withNewWorkspace } from "./new-workspace";

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
  const email = input.email.toLowerCase();
  try {
    return await withNewWorkspace(userId, async (owner) => {
      await db.insert(users).values({ id: userId, name: input.name, email, passwordHash: input.passwordHash });
      const { slug } = await insertOwnedWorkspace(owner, { name: input.workspace }, (slug) => ({ action: "create", after: { slug, name: input.workspace, owner: email } }));
      return { userId, slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "An account with this email already exists.");
    throw error;
  }
}
