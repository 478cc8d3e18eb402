import type { Role } from "@/lib/domain/values";
import type { Formats, Locale } from "@/lib/format/locales";

/** Who is acting in which workspace. Built only by `resolveTenant` from the session user and the URL slug. */
export type TenantCtx = {
  orgId: string;
  userId: string;
  role: Role;
  org: { slug: string; name: string; currency: string; locale: Locale };
};

/** How this workspace writes its figures: its locale and currency. */
export const formatsOf = (ctx: Pick<TenantCtx, "org">): Formats => ({ locale: ctx.org.locale, currency: ctx.org.currency });

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export function hasRole(ctx: Pick<TenantCtx, "role">, minimum: Role): boolean {
  return rank[ctx.role] >= rank[minimum];
}
