"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { deleteKpi } from "@/lib/kpis/actions";

/** Delete with a confirmation naming the KPI, since its monthly values go with it. */
export function DeleteKpiButton({ slug, id, name }: { slug: string; id: string; name: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const titleId = `delete-kpi-${id}-title`;

  function confirm() {
    startTransition(async () => {
      const result = await deleteKpi(slug, { id });
      if (!result.ok) return setMessage(result.message ?? "Something went wrong, and nothing was deleted.");
      dialog.current?.close();
      router.refresh();
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
        className="rounded px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-200"
        data-testid="delete-kpi"
      >
        Delete<span className="sr-only"> {name}</span>
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-full max-w-md rounded-xl p-6 text-left shadow-xl backdrop:bg-slate-900/40">
        <h2 id={titleId} className="text-lg font-semibold">
          Delete “{name}”?
        </h2>
        <p className="mt-2 text-sm text-slate-600">Every monthly value recorded for it is deleted too. This cannot be undone.</p>
        {message && (
          <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
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
            className="rounded-md bg-red-600 px-3 py-2 text-sm font-medium text-white shadow-sm hover:bg-red-500 disabled:cursor-wait disabled:opacity-70"
            data-testid="confirm-delete-kpi"
          >
            {pending ? "Deleting…" : "Delete KPI"}
          </button>
        </div>
      </dialog>
    </>
  );
}
