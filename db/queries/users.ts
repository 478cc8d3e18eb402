import { eq } from "drizzle-orm";
import { db } from "@/db";
import { auditLog, memberships, organizations, users } from "@/db/schema";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { slugify } from "@/lib/slug";

export async function findUserByEmail(email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return user ?? null;
}

export async function getUserById(id: string) {
  const [user] = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

/**
 * Creates the user, their first workspace and the owner membership in one transaction.
 * A taken email (checked first, and by the unique index under a race) is a `conflict`; nothing is written.
 */
export async function createUserWithWorkspace(input: { name: string; email: string; passwordHash: string; workspace: string }) {
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ name: input.name, email: input.email.toLowerCase(), passwordHash: input.passwordHash })
        .returning({ id: users.id });
      const slug = await uniqueSlug(tx, input.workspace);
      const [org] = await tx.insert(organizations).values({ slug, name: input.workspace }).returning({ id: organizations.id, slug: organizations.slug });
      await tx.insert(memberships).values({ orgId: org.id, userId: user.id, role: "owner" });
      await tx.insert(auditLog).values({
        orgId: org.id,
        userId: user.id,
        action: "create",
        entity: "organization",
        entityId: org.id,
        after: { slug, name: input.workspace, owner: input.email.toLowerCase() },
      });
      return { userId: user.id, slug: org.slug };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "An account with this email already exists.");
    throw error;
  }
}

type SlugReader = Pick<typeof db, "select">;

async function uniqueSlug(tx: SlugReader, name: string): Promise<string> {
  const base = slugify(name) || "workspace";
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const taken = await tx.select({ id: organizations.id }).from(organizations).where(eq(organizations.slug, candidate)).limit(1);
    if (taken.length === 0) return candidate;
  }
}
