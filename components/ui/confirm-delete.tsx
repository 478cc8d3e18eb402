"use client";

import { useId, useRef, useState, useTransition, type ReactNode } from "react";

type Props = {
  /** What is deleted, named in the question. */
  name: string;
  /** What goes with it; "This cannot be undone." is added. */
  consequence: string;
  triggerLabel: ReactNode;
  triggerClassName: string;
  triggerTestId: string;
  confirmLabel: string;
  confirmTestId: string;
  /** Deletes; resolves to nothing on success, or to the message to show in the dialog. */
  onConfirm: () => Promise<ReactNode | null>;
};

/** A delete button that asks first, in a modal dialog naming what goes, and reports a refusal in place. */
export function ConfirmDelete({ name, consequence, triggerLabel, triggerClassName, triggerTestId, confirmLabel, confirmTestId, onConfirm }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<ReactNode>();

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
          Delete “{name}”?
        </h2>
        <p className="mt-2 text-sm text-slate-600">{consequence} This cannot be undone.</p>
        {message && (
          <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="delete-message">
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
            className="flex items-center gap-2 rounded-md bg-red-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-red-500 disabled:cursor-wait disabled:opacity-70"
            data-testid={confirmTestId}
          >
            {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
            {pending ? "Deleting…" : confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
