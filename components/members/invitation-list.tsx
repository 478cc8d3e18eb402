import { EmptyState } from "@/components/ui/empty-state";
import { TableShell, Td } from "@/components/ui/table";
import { RoleBadge } from "@/components/workspace/role-badge";
import type { PendingInvitation } from "@/db/queries/invitations";
import { formatDate, type Locale } from "@/lib/format";
import { Head } from "./member-list";
import { RevokeInvitationButton } from "./revoke-invitation-button";

/** Pending invitations. The link itself is shown only once, when created; here only who, what and until when. */
export function InvitationList({ slug, invitations, locale }: { slug: string; invitations: PendingInvitation[]; locale: Locale }) {
  if (invitations.length === 0) {
    return <EmptyState title="No pending invitations." className="p-6" data-testid="invitations-empty" />;
  }
  return (
    <TableShell>
      <Head columns={["Email", "Role", "Expires", "Invited by"]} actions />
      <tbody className="divide-y divide-slate-100">
        {invitations.map((i) => (
          <tr key={i.id} data-testid="invitation-row" data-email={i.email}>
            <Td className="px-4 py-3 text-slate-900">{i.email}</Td>
            <Td className="px-4 py-3">
              <RoleBadge role={i.role} />
            </Td>
            <Td className="whitespace-nowrap px-4 py-3 text-slate-600">
              {i.expired ? <span className="font-medium text-amber-700">Expired {formatDate(i.expiresAt, locale)}</span> : formatDate(i.expiresAt, locale)}
            </Td>
            <Td className="px-4 py-3 text-slate-600">{i.invitedBy ?? "—"}</Td>
            <Td className="px-4 py-3 text-right">
              <RevokeInvitationButton slug={slug} id={i.id} email={i.email} />
            </Td>
          </tr>
        ))}
      </tbody>
    </TableShell>
  );
}
