import "server-only";
import { randomBytes, randomUUID } from "node:crypto";
import { db } from "@/db";
import { memberships, organizations } from "@/db/schema";
import { withScope } from "@/db/scope";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { writeAudit, type AuditInput } from "./audit";

type NewOrganization = typeof organizations.$inferInsert & { id: string; name: string };

/** Numbered candidates first ("acme", "acme-2", …); past these, a random suffix ends the search. */
const NUMBERED = 20;
const ATTEMPTS = 30;

/**
 * Inserts the organization under the first free slug for its name. Other workspaces are invisible under
 * row-level security, so the slug's unique index answers instead of a read: a taken candidate inserts
 * nothing (ON CONFLICT DO NOTHING, which also waits out a concurrent insert of the same slug) and the next
 * is tried, all in the caller's transaction, whose scope must already name `values.id`.
 */
async function insertOrganization(values: Omit<NewOrganization, "slug">): Promise<{ id: string; slug: string }> {
  const base = slugify(values.name) || "workspace";
  for (let n = 1; n <= ATTEMPTS; n++) {
    const slug = n === 1 ? base : n <= NUMBERED ? `${base}-${n}` : `${base}-${randomBytes(3).toString("hex")}`;
    const [row] = await db
      .insert(organizations)
      .values({ ...values, slug })
      .onConflictDoNothing({ target: organizations.slug })
      .returning({ id: organizations.id, slug: organizations.slug });
    if (row) return row;
  }
  throw new AppError("conflict", "Another workspace was just created with this name. Please try again.");
}

/** A workspace about to be created and its owner. */
export type Owner = { orgId: string; userId: string };

/**
 * Runs `fn` in a transaction scoped to a new workspace's id and its owner: the id is chosen here, so
 * row-level security admits the workspace's rows before they exist.
 */
export function withNewWorkspace<T>(userId: string, fn: (owner: Owner) => Promise<T>): Promise<T> {
  const owner = { orgId: randomUUID(), userId };
  return withScope({ orgIds: [owner.orgId], userId }, () => fn(owner));
}

/**
 * The new workspace under a free slug, its owner's membership and the audit row saying how it came to be
 * (`audit` is given the slug), in the transaction `withNewWorkspace` opened.
 */
export async function insertOwnedWorkspace(
  owner: Owner,
  values: Omit<NewOrganization, "slug" | "id">,
  audit: (slug: string) => Pick<AuditInput, "action" | "after">,
): Promise<{ slug: string }> {
  const { slug } = await insertOrganization({ ...values, id: owner.orgId });
  await db.insert(memberships).values({ orgId: owner.orgId, userId: owner.userId, role: "owner" });
  await writeAudit(owner, { ...audit(slug), entity: "organization", entityId: owner.orgId });
  return { slug };
}
