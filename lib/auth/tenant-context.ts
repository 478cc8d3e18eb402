import type { Role } from "@/lib/domain/values";

/** Who is acting in which workspace. Built only by `resolveTenant` from the session user and the URL slug. */
export type TenantCtx = {
  orgId: string;
  userId: string;
  role: Role;
  org: { slug: string; name: string; currency: string };
};

const rank: Record<Role, number> = { viewer: 0, member: 1, admin: 2, owner: 3 };

export function hasRole(ctx: Pick<TenantCtx, "role">, minimum: Role): boolean {
  return rank[ctx.role] >= rank[minimum];
}
