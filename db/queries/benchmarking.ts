import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { memberships, organizations } from "@/db/schema";

/** Size band and head count of the user's workspaces: what the overview does not read. Scoped by user. */
export function workspaceProfiles(userId: string) {
  return db
    .select({ orgId: organizations.id, slug: organizations.slug, sizeBand: organizations.sizeBand, employees: organizations.employees })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId));
}
