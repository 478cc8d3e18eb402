import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { memberships, organizations } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/**
 * The one place a (user, slug) pair becomes a tenant context. Membership is read from the database on
 * every call, so removing a member takes effect on their next request. `null` means "not yours" and
 * "does not exist" alike.
 */
export async function resolveTenant(userId: string, slug: string): Promise<TenantCtx | null> {
  const [row] = await db
    .select({
      orgId: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      currency: organizations.currency,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), eq(organizations.slug, slug)))
    .limit(1);
  if (!row) return null;
  return { orgId: row.orgId, userId, role: row.role, org: { slug: row.slug, name: row.name, currency: row.currency } };
}

export type WorkspaceListItem = { slug: string; name: string; industry: string; role: TenantCtx["role"] };

/** The signed-in user's own workspaces (scoped by user, not by tenant). */
export async function listWorkspacesForUser(userId: string): Promise<WorkspaceListItem[]> {
  return db
    .select({ slug: organizations.slug, name: organizations.name, industry: organizations.industry, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organizations.name));
}
