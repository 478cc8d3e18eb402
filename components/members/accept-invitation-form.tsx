"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState } from "@/lib/form-state";
import { acceptInvitationAction } from "@/lib/members/actions";

export function AcceptInvitationForm({ token, workspace, role }: { token: string; workspace: string; role: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-busy={pending}>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Joining…" data-testid="accept-invitation">{`Join ${workspace} as ${role}`}</SubmitButton>
    </form>
  );
}
