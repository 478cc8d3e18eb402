import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import { memberships, organizations } from "@/db/schema";
import { withScope } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { DEFAULT_LOCALE, isLocale } from "@/lib/domain/locales";
import { isSlug } from "@/lib/slug";

/**
 * The one place a (user, slug) pair becomes a tenant context. Membership is read from the database on
 * every call, so removing a member takes effect on their next request. `null` means "not yours" and
 * "does not exist" alike. Scoped by user: row-level security shows only the user's own memberships.
 */
export async function resolveTenant(userId: string, slug: string): Promise<TenantCtx | null> {
  // A URL can carry anything ("%00", 10 kB): what cannot be a slug is nobody's workspace, without a query.
  if (!isSlug(slug)) return null;
  const [row] = await withScope({ userId }, () => readMembership(userId, slug));
  if (!row) return null;
  return { orgId: row.orgId, userId, role: row.role, org: { slug: row.slug, name: row.name, currency: row.currency, locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE } };
}

function readMembership(userId: string, slug: string) {
  return db
    .select({
      orgId: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      currency: organizations.currency,
      locale: organizations.locale,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, userId), eq(organizations.slug, slug)))
    .limit(1);
}

export type WorkspaceListItem = { slug: string; name: string; industry: string; role: TenantCtx["role"] };

/** The signed-in user's own workspaces (scoped by user, not by tenant). */
export async function listWorkspacesForUser(userId: string): Promise<WorkspaceListItem[]> {
  return withScope({ userId }, () =>
    db
      .select({ slug: organizations.slug, name: organizations.name, industry: organizations.industry, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(organizations.name)),
  );
}

/** The ids of the workspaces the user belongs to, in the caller's scope (which must name the user). */
async function memberOrgIds(userId: string): Promise<string[]> {
  const rows = await db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, userId));
  return rows.map((r) => r.orgId);
}

/** Runs `fn` scoped to every workspace the user belongs to (the consultant's views across clients). */
export async function withUserWorkspaces<T>(userId: string, fn: (orgIds: string[]) => Promise<T>): Promise<T> {
  return withScope({ userId }, async () => {
    const orgIds = await memberOrgIds(userId);
    return withScope({ orgIds, userId }, () => fn(orgIds));
  });
}
