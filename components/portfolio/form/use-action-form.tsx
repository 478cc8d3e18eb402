"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { initialFormState, type FormState } from "@/lib/form-state";

/** A workspace action bound to its slug: what `useActionState` calls with the previous state and the form. */
export type BoundAction<R> = (previous: ActionResult<R>, formData: FormData) => Promise<ActionResult<R>>;

/**
 * The one way a form saves: `useActionState` over the server action; on success go to `savedHref`, on a
 * refusal move focus to the message (rendered by `FormAlert`) so it is read out.
 */
export function useActionForm<R>(action: BoundAction<R>, savedHref: (data: R | undefined) => string) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState(action, initialFormState as ActionResult<R>);
  const messageRef = useRef<HTMLDivElement>(null);
  const hrefRef = useRef(savedHref);
  useEffect(() => {
    hrefRef.current = savedHref;
  });
  useEffect(() => {
    if (state.ok) router.push(hrefRef.current(state.data));
    else if (state.message) messageRef.current?.focus();
  }, [state, router]);
  const errors = (key: string) => state.fieldErrors?.[key];
  return { state, formAction, pending, errors, messageRef };
}

/**
 * A plain form's fields as last typed: the server echoes them on a refusal, so they survive it. `key` changes
 * with them, so the fields remount with these as their defaults (a `<select>` only reads its default on mount).
 */
export function typedValues<V extends Record<string, string>>(initial: V, state: FormState): { values: V; key: string } {
  const echoed = Object.fromEntries(Object.keys(initial).flatMap((k) => (state.values?.[k] === undefined ? [] : [[k, state.values[k]]])));
  return { values: { ...initial, ...echoed }, key: JSON.stringify(echoed) };
}

/** The form-level message, focusable so `useActionForm` can move focus to it; `children` add to it (a Reload link). */
export function FormAlert({ state, messageRef, children }: { state: FormState; messageRef: React.RefObject<HTMLDivElement | null>; children?: ReactNode }) {
  return (
    <div ref={messageRef} tabIndex={-1} className="space-y-1 outline-none">
      <FormMessage message={state.ok ? undefined : state.message} />
      {!state.ok && state.message && children}
    </div>
  );
}

/** Cancel and the submit button, at the foot of a plain form. */
export function FormActions({ cancelHref, label, testId }: { cancelHref: string; label: string; testId?: string }) {
  return (
    <div className="flex items-center justify-end gap-3">
      <Link href={cancelHref} className="text-sm text-slate-600 hover:text-slate-900">
        Cancel
      </Link>
      <SubmitButton pendingLabel="Saving…" block={false} data-testid={testId}>
        {label}
      </SubmitButton>
    </div>
  );
}
