"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/tenant-action";
import type { Role } from "@/lib/domain/values";
import { inviteMember, type InvitationCreated } from "@/lib/members/actions";

const input = "block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2";
const ok = "border-slate-300 focus:border-indigo-500 focus:ring-indigo-200";
const bad = "border-red-400 focus:ring-red-200";

/**
 * Invite by email with a role. The link carries a one-time secret and is shown only here, right after it is
 * created; the server keeps only its hash, so a lost link means a new invitation.
 */
export function InviteForm({ slug, canInviteOwner }: { slug: string; canInviteOwner: boolean }) {
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [result, setResult] = useState<ActionResult<InvitationCreated>>();
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const created = result?.ok ? result.data : undefined;
  const roleOptions: Role[] = canInviteOwner ? ["admin", "member", "viewer", "owner"] : ["admin", "member", "viewer"];

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    setCopied(false);
    startTransition(async () => {
      const answer = await inviteMember(slug, { email, role });
      setResult(answer);
      if (answer.ok) {
        setEmail("");
        router.refresh();
      }
    });
  }

  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false); // clipboard refused (http, permissions): the link stays selectable in the box
    }
  }

  return (
    <div className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <form onSubmit={submit} noValidate className="flex flex-wrap items-start gap-3" aria-busy={pending} data-testid="invite-form">
        {result && !result.ok && result.message && (
          <p role="alert" data-testid="form-message" className="w-full rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
            {result.message}
          </p>
        )}
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="invite-email" className="block text-xs font-medium text-slate-700">
            Email
          </label>
          <input
            id="invite-email"
            type="email"
            autoComplete="off"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            placeholder="name@company.com"
            aria-invalid={Boolean(errors.email) || undefined}
            aria-describedby={errors.email ? "invite-email-error" : undefined}
            className={`${input} ${errors.email ? bad : ok}`}
            data-testid="invite-email"
          />
          {errors.email && (
            <p id="invite-email-error" className="text-xs text-red-600" data-testid="invite-email-error">
              {errors.email[0]}
            </p>
          )}
        </div>
        <div className="w-40 space-y-1">
          <label htmlFor="invite-role" className="block text-xs font-medium text-slate-700">
            Role
          </label>
          <select
            id="invite-role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            aria-invalid={Boolean(errors.role) || undefined}
            aria-describedby={errors.role ? "invite-role-error" : undefined}
            className={`${input} capitalize ${errors.role ? bad : ok}`}
            data-testid="invite-role"
          >
            {roleOptions.map((r) => (
              <option key={r} value={r} className="capitalize">
                {r}
              </option>
            ))}
          </select>
          {errors.role && (
            <p id="invite-role-error" className="text-xs text-red-600" data-testid="invite-role-error">
              {errors.role[0]}
            </p>
          )}
        </div>
        <button
          type="submit"
          disabled={pending}
          aria-disabled={pending}
          className="mt-5 flex items-center gap-2 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
          data-testid="invite-submit"
        >
          {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
          {pending ? "Inviting…" : "Send invitation"}
        </button>
      </form>

      {created && (
        <div role="status" className="space-y-2 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
          <p data-testid="invite-delivery" data-delivery={created.delivery}>
            Invitation created for <strong>{created.email}</strong> as <span className="capitalize">{created.role}</span>.{" "}
            {created.delivery === "emailed"
              ? "It was emailed to them. You can also copy the link below: it is shown only once and works for 7 days."
              : created.delivery === "failed"
                ? "It could not be emailed; copy the link now and send it to them: it is shown only once and works for 7 days."
                : "Copy the link now and send it to them (it was also written to the server log): it is shown only once and works for 7 days."}
          </p>
          <div className="flex gap-2">
            <label htmlFor="invite-link" className="sr-only">
              Invitation link
            </label>
            <input
              id="invite-link"
              readOnly
              value={created.link}
              onFocus={(e) => e.currentTarget.select()}
              className={`${input} ${ok} font-mono text-xs`}
              data-testid="invite-link"
            />
            <button
              type="button"
              onClick={() => copy(created.link)}
              className="shrink-0 rounded-md border border-emerald-300 bg-white px-3 py-2 text-sm font-medium text-emerald-800 hover:bg-emerald-100"
              data-testid="copy-invite-link"
            >
              {copied ? "Copied" : "Copy link"}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
