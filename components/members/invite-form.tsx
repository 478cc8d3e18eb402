"use client";

import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { FieldShell } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/tenant-action";
import type { Role } from "@/lib/domain/values";
import { initialFormState } from "@/lib/form-state";
import { inviteMember, type InvitationCreated } from "@/lib/members/actions";

/**
 * Invite by email with a role. The link carries a one-time secret and is shown only here, right after it is
 * created; the server keeps only its hash, so a lost link means a new invitation.
 */
export function InviteForm({ slug, canInviteOwner }: { slug: string; canInviteOwner: boolean }) {
  const [state, formAction, pending] = useActionState(inviteMember.bind(null, slug), initialFormState as ActionResult<InvitationCreated>);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const roleOptions: Role[] = canInviteOwner ? ["admin", "member", "viewer", "owner"] : ["admin", "member", "viewer"];
  return (
    <div className={cardClass({ className: "space-y-4" })}>
      <form action={formAction} noValidate className="flex flex-wrap items-start gap-3" aria-busy={pending} data-testid="invite-form">
        {!state.ok && state.message && (
          <div className="w-full">
            <FormMessage message={state.message} />
          </div>
        )}
        <FieldShell label="Email" name="invite-email" errors={errors.email} className="min-w-64 flex-1">
          <Input type="email" name="email" autoComplete="off" required placeholder="name@company.com" defaultValue={state.values?.email ?? ""} data-testid="invite-email" />
        </FieldShell>
        <FieldShell label="Role" name="invite-role" errors={errors.role} className="w-40">
          <Select name="role" defaultValue={state.values?.role ?? "member"} className="capitalize" data-testid="invite-role">
            {roleOptions.map((r) => (
              <option key={r} value={r} className="capitalize">
                {r}
              </option>
            ))}
          </Select>
        </FieldShell>
        <SubmitButton pendingLabel="Inviting…" block={false} className="mt-6" data-testid="invite-submit">
          Send invitation
        </SubmitButton>
      </form>
      {state.ok && state.data && <CreatedInvitation key={state.data.id} created={state.data} />}
    </div>
  );
}

const deliveryNote: Record<InvitationCreated["delivery"], string> = {
  emailed: "It was emailed to them. You can also copy the link below: it is shown only once and works for 7 days.",
  failed: "It could not be emailed; copy the link now and send it to them: it is shown only once and works for 7 days.",
  logged: "Copy the link now and send it to them (it was also written to the server log): it is shown only once and works for 7 days.",
};

/** The new invitation's link, shown this once, with a copy button. */
function CreatedInvitation({ created }: { created: InvitationCreated }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(created.link);
      setCopied(true);
    } catch {
      setCopied(false); // clipboard refused (http, permissions): the link stays selectable in the box
    }
  }
  return (
    <div role="status" className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
      <p data-testid="invite-delivery" data-delivery={created.delivery}>
        Invitation created for <strong>{created.email}</strong> as <span className="capitalize">{created.role}</span>. {deliveryNote[created.delivery]}
      </p>
      <div className="flex gap-2">
        <label htmlFor="invite-link" className="sr-only">
          Invitation link
        </label>
        <Input id="invite-link" readOnly value={created.link} onFocus={(e) => e.currentTarget.select()} className="font-mono text-xs" data-testid="invite-link" />
        <Button variant="secondary" onClick={copy} className="shrink-0 border-emerald-300 text-emerald-800 hover:bg-emerald-100" data-testid="copy-invite-link">
          {copied ? "Copied" : "Copy link"}
        </Button>
      </div>
    </div>
  );
}
