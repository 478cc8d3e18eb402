import { RoleBadge } from "@/components/workspace/role-badge";
import type { PendingInvitation } from "@/db/queries/invitations";
import { formatDate, type Locale } from "@/lib/format";
import { RevokeInvitationButton } from "./revoke-invitation-button";

/** Pending invitations. The link itself is shown only once, when created; here only who, what and until when. */
export function InvitationList({ slug, invitations, locale }: { slug: string; invitations: PendingInvitation[]; locale: Locale }) {
  if (invitations.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600" data-testid="invitations-empty">
        No pending invitations.
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2">Email</th>
            <th scope="col" className="px-4 py-2">Role</th>
            <th scope="col" className="px-4 py-2">Expires</th>
            <th scope="col" className="px-4 py-2">Invited by</th>
            <th scope="col" className="px-4 py-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {invitations.map((i) => (
            <tr key={i.id} data-testid="invitation-row" data-email={i.email}>
              <td className="px-4 py-3 text-slate-900">{i.email}</td>
              <td className="px-4 py-3">
                <RoleBadge role={i.role} />
              </td>
              <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                {i.expired ? <span className="font-medium text-amber-700">Expired {formatDate(i.expiresAt, locale)}</span> : formatDate(i.expiresAt, locale)}
              </td>
              <td className="px-4 py-3 text-slate-600">{i.invitedBy ?? "—"}</td>
              <td className="px-4 py-3 text-right">
                <RevokeInvitationButton slug={slug} id={i.id} email={i.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
