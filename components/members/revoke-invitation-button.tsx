"use client";

import { ConfirmAction } from "@/components/ui/confirm-action";
import { revokeInvitation } from "@/lib/members/actions";

export function RevokeInvitationButton({ slug, id, email }: { slug: string; id: string; email: string }) {
  return (
    <ConfirmAction
      title={`Revoke the invitation for ${email}?`}
      body="The link stops working at once. You can invite them again later."
      triggerLabel={
        <>
          Revoke<span className="sr-only"> invitation for {email}</span>
        </>
      }
      triggerTestId="revoke-invitation"
      confirmLabel="Revoke invitation"
      pendingLabel="Revoking…"
      confirmTestId="confirm-revoke-invitation"
      onConfirm={async () => {
        const result = await revokeInvitation(slug, { id });
        return result.ok ? null : (result.message ?? "Something went wrong; the invitation was not revoked.");
      }}
    />
  );
}
