import type { Role } from "@/lib/domain/values";

/**
 * The workspace pages that not every member may open, by their path after `/w/<slug>/` (`*` is one
 * segment), with the least role each needs. The pages pass the same role to `getTenant(slug, { role })`
 * (a test keeps the two in step); the not-allowed page reads it from here to name it, since Next.js's
 * `forbidden()` carries nothing to the page it shows.
 */
export const PAGE_ROLES: Record<string, Role> = {
  "portfolio/new": "member",
  "portfolio/*/edit": "member",
  "portfolio/import": "member",
  "actuals/import": "member",
  "goals/new": "admin",
  "goals/*/edit": "admin",
  "kpis/new": "admin",
  "kpis/*/edit": "admin",
  templates: "admin",
  "settings/audit": "admin",
  "settings/data": "owner",
};

const segments = (path: string) => path.split("/").filter(Boolean);

/** The workspace and the least role a pathname (`/w/acme/goals/new`) needs, or null for any other page. */
export function pageRole(pathname: string): { slug: string; role: Role } | null {
  const [w, slug, ...rest] = segments(pathname);
  if (w !== "w" || !slug) return null;
  for (const [pattern, role] of Object.entries(PAGE_ROLES)) {
    const parts = segments(pattern);
    if (parts.length === rest.length && parts.every((part, i) => part === "*" || part === rest[i])) return { slug, role };
  }
  return null;
}
