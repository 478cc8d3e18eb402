import "server-only";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { resolveTenant } from "@/db/queries/tenants";
import type { Role } from "@/lib/domain/values";
import { AppError } from "@/lib/errors";
import { auth } from "./index";
import { hasRole, type TenantCtx } from "./tenant-context";

/** The signed-in user's id, or a redirect to sign-in that comes back to `returnTo`. */
export const requireUserId = cache(async (returnTo: string): Promise<string> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return userId;
});

/** Session user + URL slug → tenant context, once per request, or the not-found page (never reveal that a workspace exists). */
const memberOf = cache(async (slug: string): Promise<TenantCtx> => {
  const userId = await requireUserId(`/w/${slug}`);
  const ctx = await resolveTenant(userId, slug);
  if (!ctx) notFound();
  return ctx;
});

/**
 * The tenant context of a workspace page. Signed out → sign-in; not a member or no such workspace → the
 * not-found page (404); a member below `role` → the not-allowed page (403), which names the role the page
 * needs (see `lib/auth/page-roles.ts`).
 */
export async function getTenant(slug: string, options: { role?: Role } = {}): Promise<TenantCtx> {
  const ctx = await memberOf(slug);
  if (options.role && !hasRole(ctx, options.role)) forbidden();
  return ctx;
}

/**
 * A page's load, with "no such record in this workspace" shown as the not-found page: another workspace's
 * record and a missing one are the same answer.
 */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
