"use client";

import { useRouter } from "next/navigation";
import { useActionState } from "react";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Select } from "@/components/ui/select";
import { roles, type Role } from "@/lib/domain/values";
import { initialFormState } from "@/lib/form-state";
import { changeMemberRole, removeMember, transferOwnership } from "@/lib/members/actions";

type Member = { userId: string; name: string; email: string; role: Role };

/**
 * The role as a select that saves when it changes (and with its Save button when scripts are off). A refusal
 * (last owner, only an owner may…) shows beside it, and the form's reset puts the select back on the saved role.
 */
export function MemberRoleSelect({ slug, member, assignable }: { slug: string; member: Member; assignable: readonly Role[] }) {
  const [state, formAction, pending] = useActionState(changeMemberRole.bind(null, slug), initialFormState);
  const id = `role-${member.userId}`;
  const message = state.ok ? undefined : (state.fieldErrors?.role?.[0] ?? state.message);
  return (
    <form action={formAction} className="space-y-1" aria-busy={pending}>
      <input type="hidden" name="userId" value={member.userId} />
      <label htmlFor={id} className="sr-only">
        Role of {member.name}
      </label>
      <Select
        id={id}
        name="role"
        defaultValue={member.role}
        disabled={pending}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        invalid={Boolean(message)}
        aria-describedby={message ? `${id}-error` : undefined}
        className="w-auto px-2 py-1 capitalize"
        data-testid="member-role"
      >
        {roles
          .filter((r) => assignable.includes(r) || r === member.role)
          .map((r) => (
            <option key={r} value={r} className="capitalize">
              {r}
            </option>
          ))}
      </Select>
      <noscript>
        <button type="submit" className="ml-2 text-xs font-medium text-indigo-700 underline">
          Save role
        </button>
      </noscript>
      {message && (
        <p id={`${id}-error`} role="alert" className="max-w-xs text-xs text-red-600" data-testid="member-role-error">
          {message}
        </p>
      )}
    </form>
  );
}

export function RemoveMemberButton({ slug, member, isSelf }: { slug: string; member: Member; isSelf: boolean }) {
  const router = useRouter();
  return (
    <ConfirmAction
      title={isSelf ? "Leave this workspace?" : `Remove ${member.name}?`}
      body={
        isSelf
          ? "You lose access at once. An admin can invite you again."
          : `${member.name} (${member.email}) loses access to this workspace at once. Their past changes stay in the audit log.`
      }
      triggerLabel={<LabelFor text={isSelf ? "Leave" : "Remove"} who={` ${member.name}`} />}
      triggerTestId="remove-member"
      confirmLabel={isSelf ? "Leave workspace" : "Remove member"}
      pendingLabel="Removing…"
      confirmTestId="confirm-remove-member"
      onConfirm={async () => {
        const result = await removeMember(slug, { userId: member.userId });
        if (!result.ok) return result.message ?? "Something went wrong; nobody was removed.";
        if (isSelf) router.push("/workspaces");
        return null;
      }}
    />
  );
}

export function TransferOwnershipButton({ slug, member }: { slug: string; member: Member }) {
  return (
    <ConfirmAction
      tone="primary"
      title={`Make ${member.name} the owner?`}
      body={`${member.name} becomes an owner of this workspace and you become an admin. Only an owner can undo this.`}
      triggerLabel={<LabelFor text="Transfer ownership" who={` to ${member.name}`} />}
      triggerVariant="ghost"
      triggerClassName="text-indigo-700 hover:bg-indigo-50"
      triggerTestId="transfer-ownership"
      confirmLabel="Transfer ownership"
      pendingLabel="Transferring…"
      confirmTestId="confirm-transfer-ownership"
      onConfirm={async () => {
        const result = await transferOwnership(slug, { userId: member.userId });
        return result.ok ? null : (result.fieldErrors?.userId?.[0] ?? result.message ?? "Something went wrong; ownership was not transferred.");
      }}
    />
  );
}

/** A short visible label, and for screen readers whom it concerns. */
function LabelFor({ text, who }: { text: string; who: string }) {
  return (
    <>
      {text}
      <span className="sr-only">{who}</span>
    </>
  );
}
