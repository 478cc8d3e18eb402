"use client";

import { useRouter } from "next/navigation";
import { revokeInvitation } from "@/lib/members/actions";
import { ConfirmAction } from "@/components/ui/confirm-action";

export function RevokeInvitationButton({ slug, id, email }: { slug: string; id: string; email: string }) {
  const router = useRouter();
  return (
    <ConfirmAction
      title={`Revoke the invitation for ${email}?`}
      body="The link stops working at once. You can invite them again later."
      triggerLabel={
        <>
          Revoke<span className="sr-only"> invitation for {email}</span>
        </>
      }
      triggerClassName="rounded px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-200"
      triggerTestId="revoke-invitation"
      confirmLabel="Revoke invitation"
      pendingLabel="Revoking…"
      confirmTestId="confirm-revoke-invitation"
      onConfirm={async () => {
        const result = await revokeInvitation(slug, { id });
        if (!result.ok) return result.message ?? "Something went wrong; the invitation was not revoked.";
        router.refresh();
        return null;
      }}
    />
  );
}
