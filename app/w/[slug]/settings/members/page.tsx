import type { Metadata } from "next";
import { InvitationList } from "@/components/members/invitation-list";
import { InviteForm } from "@/components/members/invite-form";
import { MemberList } from "@/components/members/member-list";
import { getTenant } from "@/lib/auth/tenant";
import { loadMembers } from "@/lib/members/view";

export const metadata: Metadata = { title: "Members" };

type Props = { params: Promise<{ slug: string }> };

export default async function MembersPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getTenant(slug);
  const { canManage, members, invitations } = await loadMembers(ctx);

  return (
    <div data-testid="members-page" className="space-y-8">
      <p className="text-sm text-slate-600">
        {canManage
          ? "Who can open this workspace, and what each may do. Invite people by email; change or remove access at any time."
          : "Who can open this workspace, and what each may do. Admins and owners manage members."}
      </p>

      <section aria-labelledby="members-title" className="space-y-3">
        <h2 id="members-title" className="text-lg font-semibold">
          Members <span className="text-sm font-normal text-slate-500">({members.length})</span>
        </h2>
        <MemberList ctx={ctx} members={members} />
        <p className="text-xs text-slate-500">
          Viewers read only; members edit portfolio data and KPI values; admins also manage goals, KPIs, settings and members; owners also transfer
          ownership and delete the workspace.
        </p>
      </section>

      {canManage && (
        <>
          <section aria-labelledby="invite-title" className="space-y-3">
            <h2 id="invite-title" className="text-lg font-semibold">
              Invite someone
            </h2>
            <InviteForm slug={ctx.org.slug} canInviteOwner={ctx.role === "owner"} />
          </section>
          <section aria-labelledby="invitations-title" className="space-y-3">
            <h2 id="invitations-title" className="text-lg font-semibold">
              Pending invitations
            </h2>
            <InvitationList slug={ctx.org.slug} invitations={invitations} locale={ctx.org.locale} />
          </section>
        </>
      )}
    </div>
  );
}
