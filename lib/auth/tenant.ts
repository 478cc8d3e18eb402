import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { resolveTenant } from "@/db/queries/tenants";
import { auth } from "./index";
import type { TenantCtx } from "./tenant-context";

/** The signed-in user's id, or a redirect to sign-in that comes back to `returnTo`. */
export const requireUserId = cache(async (returnTo: string): Promise<string> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  return userId;
});

/** Session user + URL slug → tenant context, or the not-found page (never reveal that a workspace exists). */
export const getTenant = cache(async (slug: string): Promise<TenantCtx> => {
  const userId = await requireUserId(`/w/${slug}`);
  const ctx = await resolveTenant(userId, slug);
  if (!ctx) notFound();
  return ctx;
});

/**
 * The same resolution for route handlers, which answer with a Response rather than a page: the tenant,
 * or null for "not signed in", "not a member" and "no such workspace" alike (all answered with a 404).
 */
export async function getRouteTenant(slug: string): Promise<TenantCtx | null> {
  const userId = (await auth())?.user?.id;
  return userId ? resolveTenant(userId, slug) : null;
}

/** Private and never stored: a shared cache must not answer one user's request with another's 404. */
export const routeNotFound = () =>
  new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
