/** The members page's read, through db/queries. */
import "server-only";
import { listPendingInvitations } from "@/db/queries/invitations";
import { listMembers } from "@/db/queries/members";
import { hasRole, type TenantCtx } from "@/lib/auth/tenant-context";

/** The workspace's members; admins and owners also see the pending invitations (others get none, not read). */
export async function loadMembers(ctx: TenantCtx) {
  const canManage = hasRole(ctx, "admin");
  const [members, invitations] = await Promise.all([listMembers(ctx), canManage ? listPendingInvitations(ctx) : Promise.resolve([])]);
  return { canManage, members, invitations };
}
