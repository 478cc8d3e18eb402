"use client";

import { useId, useRef, useState, useTransition, type ReactNode } from "react";

type Props = {
  title: string;
  body: ReactNode;
  triggerLabel: ReactNode;
  triggerClassName: string;
  triggerTestId: string;
  confirmLabel: string;
  pendingLabel: string;
  confirmTestId: string;
  /** Acts; resolves to nothing on success, or to the message to show in the dialog. */
  onConfirm: () => Promise<ReactNode | null>;
  tone?: "danger" | "primary";
};

/** A button that asks first in a modal dialog, and reports a refusal (e.g. "last owner") in place. */
export function ConfirmAction({ title, body, triggerLabel, triggerClassName, triggerTestId, confirmLabel, pendingLabel, confirmTestId, onConfirm, tone = "danger" }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<ReactNode>();
  const confirmClass = tone === "danger" ? "bg-red-600 hover:bg-red-500" : "bg-indigo-600 hover:bg-indigo-500";

  function confirm() {
    startTransition(async () => {
      const problem = await onConfirm();
      if (problem) setMessage(problem);
      else dialog.current?.close();
    });
  }

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setMessage(undefined);
          dialog.current?.showModal();
        }}
        className={triggerClassName}
        data-testid={triggerTestId}
      >
        {triggerLabel}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-full max-w-md rounded-xl p-6 text-left shadow-xl backdrop:bg-slate-900/40">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div className="mt-2 text-sm text-slate-600">{body}</div>
        {message && (
          <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="confirm-message">
            {message}
          </p>
        )}
        <div className="mt-6 flex justify-end gap-2">
          <button
            type="button"
            autoFocus
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          >
            Cancel
          </button>
          <button
            type="button"
            onClick={confirm}
            disabled={pending}
            aria-disabled={pending}
            className={`flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-white shadow-sm disabled:cursor-wait disabled:opacity-70 ${confirmClass}`}
            data-testid={confirmTestId}
          >
            {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
            {pending ? pendingLabel : confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
