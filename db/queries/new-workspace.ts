import "server-only";
import { randomBytes } from "node:crypto";
import type { Tx } from "@/db";
import { organizations } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/slug";

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
export async function insertOrganization(tx: Tx, values: Omit<NewOrganization, "slug">): Promise<{ id: string; slug: string }> {
  const base = slugify(values.name) || "workspace";
  for (let n = 1; n <= ATTEMPTS; n++) {
    const slug = n === 1 ? base : n <= NUMBERED ? `${base}-${n}` : `${base}-${randomBytes(3).toString("hex")}`;
    const [row] = await tx
      .insert(organizations)
      .values({ ...values, slug })
      .onConflictDoNothing({ target: organizations.slug })
      .returning({ id: organizations.id, slug: organizations.slug });
    if (row) return row;
  }
  throw new AppError("conflict", "Another workspace was just created with this name. Please try again.");
}
