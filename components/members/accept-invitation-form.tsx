"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { initialFormState } from "@/lib/form-state";
import { acceptInvitationAction } from "@/lib/members/actions";

export function AcceptInvitationForm({ token, workspace, role }: { token: string; workspace: string; role: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, initialFormState);
  return (
    <form action={action} className="space-y-4" aria-busy={pending}>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="flex w-full items-center justify-center gap-2 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
        data-testid="accept-invitation"
      >
        {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
        {pending ? "Joining…" : `Join ${workspace} as ${role}`}
      </button>
    </form>
  );
}
