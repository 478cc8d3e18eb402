"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { deleteTechnology } from "@/lib/portfolio/actions";
import { CONFLICT_MESSAGE } from "@/lib/portfolio/schemas";

type Props = { slug: string; id: string; version: number; name: string };

/** Delete with a confirmation naming the technology; its costs, benefits, risks and ratings go with it. */
export function DeleteTechnologyButton({ slug, id, version, name }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();

  function confirm() {
    startTransition(async () => {
      const result = await deleteTechnology(slug, { id, version });
      if (result.ok) {
        dialog.current?.close();
        router.push(`/w/${slug}/portfolio?deleted=1`);
      } else {
        setMessage(result.message ?? "Something went wrong, and nothing was deleted.");
      }
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
        className="rounded-md border border-red-200 bg-white px-3 py-2 text-sm font-medium text-red-700 shadow-sm hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-200"
        data-testid="delete-technology"
      >
        Delete
      </button>
      <dialog
        ref={dialog}
        aria-labelledby="delete-technology-title"
        aria-describedby="delete-technology-description"
        className="m-auto w-full max-w-md rounded-xl p-6 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id="delete-technology-title" className="text-lg font-semibold">
          Delete “{name}”?
        </h2>
        <p id="delete-technology-description" className="mt-2 text-sm text-slate-600">
          Its costs, benefits, risks, scoring factors and goal ratings are deleted with it. This cannot be undone.
        </p>
        {message && (
          <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="delete-message">
            {message}{" "}
            {message === CONFLICT_MESSAGE && (
              <a href={`/w/${slug}/portfolio/${id}`} className="font-medium underline">
                Reload
              </a>
            )}
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
            data-testid="confirm-delete"
          >
            {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
            {pending ? "Deleting…" : "Delete technology"}
          </button>
        </div>
      </dialog>
    </>
  );
}
