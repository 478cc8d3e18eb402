import { TableShell, Td, Th, THead } from "@/components/ui/table";
import { RoleBadge } from "@/components/workspace/role-badge";
import type { MemberRow } from "@/db/queries/members";
import { hasRole, type TenantCtx } from "@/lib/auth/tenant-context";
import type { Role } from "@/lib/domain/values";
import { formatDate } from "@/lib/format";
import { MemberRoleSelect, RemoveMemberButton, TransferOwnershipButton } from "./member-controls";

type Rights = { slug: string; selfId: string; isOwner: boolean; canManage: boolean; assignable: readonly Role[] };

/**
 * Everyone sees who is in the workspace. Admins change roles and remove people; owners' rows only owners
 * touch; only an owner transfers ownership. The server checks all of this again.
 */
export function MemberList({ ctx, members }: { ctx: TenantCtx; members: MemberRow[] }) {
  const isOwner = ctx.role === "owner";
  const rights: Rights = {
    slug: ctx.org.slug,
    selfId: ctx.userId,
    isOwner,
    canManage: hasRole(ctx, "admin"),
    assignable: isOwner ? ["owner", "admin", "member", "viewer"] : ["admin", "member", "viewer"],
  };
  return (
    <TableShell>
      <Head columns={["Name", "Email", "Role", "Joined"]} actions={rights.canManage} />
      <tbody className="divide-y divide-slate-100">
        {members.map((m) => (
          <MemberRowView key={m.userId} member={m} rights={rights} joined={formatDate(m.joinedAt, ctx.org.locale)} />
        ))}
      </tbody>
    </TableShell>
  );
}

/** The header row; a last, unnamed column holds the row's buttons. */
export function Head({ columns, actions }: { columns: string[]; actions: boolean }) {
  return (
    <THead>
      <tr>
        {columns.map((c) => (
          <Th key={c} className="px-4">
            {c}
          </Th>
        ))}
        {actions && (
          <Th className="px-4">
            <span className="sr-only">Actions</span>
          </Th>
        )}
      </tr>
    </THead>
  );
}

function MemberRowView({ member: m, rights, joined }: { member: MemberRow; rights: Rights; joined: string }) {
  const isSelf = m.userId === rights.selfId;
  const editable = rights.canManage && (m.role !== "owner" || rights.isOwner);
  return (
    <tr data-testid="member-row" data-email={m.email}>
      <Td className="px-4 py-3 font-medium text-slate-900">
        {m.name}
        {isSelf && <span className="ml-2 text-xs font-normal text-slate-500">(you)</span>}
      </Td>
      <Td className="px-4 py-3 text-slate-600">{m.email}</Td>
      <Td className="px-4 py-3">
        {editable ? (
          <MemberRoleSelect slug={rights.slug} member={m} assignable={rights.assignable} />
        ) : (
          <span data-testid="member-role" data-role={m.role}>
            <RoleBadge role={m.role} />
          </span>
        )}
      </Td>
      <Td className="whitespace-nowrap px-4 py-3 text-slate-600">{joined}</Td>
      {rights.canManage && (
        <Td className="whitespace-nowrap px-4 py-3 text-right">
          <div className="flex justify-end gap-1">
            {rights.isOwner && !isSelf && m.role !== "owner" && <TransferOwnershipButton slug={rights.slug} member={m} />}
            {editable && <RemoveMemberButton slug={rights.slug} member={m} isSelf={isSelf} />}
          </div>
        </Td>
      )}
    </tr>
  );
}

