import { RoleBadge } from "@/components/workspace/role-badge";
import type { MemberRow } from "@/db/queries/members";
import { hasRole, type TenantCtx } from "@/lib/auth/tenant-context";
import type { Role } from "@/lib/domain/values";
import { formatDate } from "@/lib/format";
import { MemberRoleSelect, RemoveMemberButton, TransferOwnershipButton } from "./member-controls";

/**
 * Everyone sees who is in the workspace. Admins change roles and remove people; owners' rows only owners
 * touch; only an owner transfers ownership. The server checks all of this again.
 */
export function MemberList({ ctx, members }: { ctx: TenantCtx; members: MemberRow[] }) {
  const isOwner = ctx.role === "owner";
  const canManage = hasRole(ctx, "admin");
  const assignable: Role[] = isOwner ? ["owner", "admin", "member", "viewer"] : ["admin", "member", "viewer"];

  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Email</th>
            <th scope="col" className="px-4 py-2">Role</th>
            <th scope="col" className="px-4 py-2">Joined</th>
            {canManage && (
              <th scope="col" className="px-4 py-2">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((m) => {
            const isSelf = m.userId === ctx.userId;
            const editable = canManage && (m.role !== "owner" || isOwner);
            return (
              <tr key={m.userId} data-testid="member-row" data-email={m.email}>
                <td className="px-4 py-3 font-medium text-slate-900">
                  {m.name}
                  {isSelf && <span className="ml-2 text-xs font-normal text-slate-500">(you)</span>}
                </td>
                <td className="px-4 py-3 text-slate-600">{m.email}</td>
                <td className="px-4 py-3">
                  {editable ? (
                    <MemberRoleSelect slug={ctx.org.slug} member={m} assignable={assignable} />
                  ) : (
                    <span data-testid="member-role" data-role={m.role}>
                      <RoleBadge role={m.role} />
                    </span>
                  )}
                </td>
                <td className="whitespace-nowrap px-4 py-3 text-slate-600">{formatDate(m.joinedAt, ctx.org.locale)}</td>
                {canManage && (
                  <td className="whitespace-nowrap px-4 py-3 text-right">
                    <div className="flex justify-end gap-1">
                      {isOwner && !isSelf && m.role !== "owner" && <TransferOwnershipButton slug={ctx.org.slug} member={m} />}
                      {editable && <RemoveMemberButton slug={ctx.org.slug} member={m} isSelf={isSelf} />}
                    </div>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
