"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { roles, type Role } from "@/lib/domain/values";
import { changeMemberRole, removeMember, transferOwnership } from "@/lib/members/actions";
import { ConfirmAction } from "@/components/ui/confirm-action";

type Member = { userId: string; name: string; email: string; role: Role };
const linkButton = "rounded px-2 py-1 text-xs font-medium focus:outline-none focus:ring-2";

/** The role as a select; a refusal (last owner, only an owner may…) shows beside it and the select snaps back. */
export function MemberRoleSelect({ slug, member, assignable }: { slug: string; member: Member; assignable: readonly Role[] }) {
  const router = useRouter();
  const [role, setRole] = useState(member.role);
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();
  const id = `role-${member.userId}`;

  function change(next: Role) {
    setRole(next);
    setMessage(undefined);
    startTransition(async () => {
      const result = await changeMemberRole(slug, { userId: member.userId, role: next });
      if (result.ok) return router.refresh();
      setRole(member.role);
      setMessage(result.fieldErrors?.role?.[0] ?? result.message ?? "The role was not changed.");
    });
  }

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="sr-only">
        Role of {member.name}
      </label>
      <select
        id={id}
        value={role}
        disabled={pending}
        onChange={(e) => change(e.target.value as Role)}
        aria-invalid={Boolean(message) || undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm capitalize shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200 disabled:opacity-60"
        data-testid="member-role"
      >
        {roles
          .filter((r) => assignable.includes(r) || r === member.role)
          .map((r) => (
            <option key={r} value={r} className="capitalize">
              {r}
            </option>
          ))}
      </select>
      {message && (
        <p id={`${id}-error`} role="alert" className="max-w-xs text-xs text-red-600" data-testid="member-role-error">
          {message}
        </p>
      )}
    </div>
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
      triggerLabel={
        <>
          {isSelf ? "Leave" : "Remove"}
          <span className="sr-only"> {member.name}</span>
        </>
      }
      triggerClassName={`${linkButton} text-red-700 hover:bg-red-50 focus:ring-red-200`}
      triggerTestId="remove-member"
      confirmLabel={isSelf ? "Leave workspace" : "Remove member"}
      pendingLabel="Removing…"
      confirmTestId="confirm-remove-member"
      onConfirm={async () => {
        const result = await removeMember(slug, { userId: member.userId });
        if (!result.ok) return result.message ?? "Something went wrong; nobody was removed.";
        if (isSelf) router.push("/workspaces");
        else router.refresh();
        return null;
      }}
    />
  );
}

export function TransferOwnershipButton({ slug, member }: { slug: string; member: Member }) {
  const router = useRouter();
  return (
    <ConfirmAction
      tone="primary"
      title={`Make ${member.name} the owner?`}
      body={`${member.name} becomes an owner of this workspace and you become an admin. Only an owner can undo this.`}
      triggerLabel={
        <>
          Transfer ownership<span className="sr-only"> to {member.name}</span>
        </>
      }
      triggerClassName={`${linkButton} text-indigo-700 hover:bg-indigo-50 focus:ring-indigo-200`}
      triggerTestId="transfer-ownership"
      confirmLabel="Transfer ownership"
      pendingLabel="Transferring…"
      confirmTestId="confirm-transfer-ownership"
      onConfirm={async () => {
        const result = await transferOwnership(slug, { userId: member.userId });
        if (!result.ok) return result.fieldErrors?.userId?.[0] ?? result.message ?? "Something went wrong; ownership was not transferred.";
        router.refresh();
        return null;
      }}
    />
  );
}
