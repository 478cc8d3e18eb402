"use client";

import { useState, useTransition, type FormEvent } from "react";

/**
 * Posts the file to the import route (a route handler: server actions stop at 2 MB) and, once the new
 * workspace exists, opens its dashboard. A refusal is shown above the button.
 */
export function ImportForm({ action }: { action: string }) {
  const [message, setMessage] = useState<string>();
  const [pending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setMessage(undefined);
    startTransition(async () => {
      try {
        const response = await fetch(action, { method: "POST", body: data, headers: { Accept: "application/json" } });
        const body = (await response.json()) as { ok: boolean; message?: string; redirectTo?: string };
        if (body.ok && body.redirectTo) window.location.assign(body.redirectTo);
        else setMessage(body.message ?? "The import failed. Please try again.");
      } catch {
        setMessage("The import failed: the server could not be reached. Please try again.");
      }
    });
  }

  return (
    <form onSubmit={submit} encType="multipart/form-data" className="max-w-md space-y-3" data-testid="import-form">
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
          Export file (.json)
        </label>
        <input id="import-file" name="file" type="file" accept="application/json,.json" required data-testid="import-file" className="block w-full text-sm" />
      </div>
      <div className="space-y-1">
        <label htmlFor="import-name" className="block text-sm font-medium text-slate-700">
          Name of the new workspace <span className="font-normal text-slate-500">(optional)</span>
        </label>
        <input
          id="import-name"
          name="name"
          maxLength={120}
          placeholder="The exported name + “(imported)”"
          className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
        />
      </div>
      {message && (
        <p role="alert" data-testid="import-message" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        data-testid="import-submit"
        className="flex items-center gap-2 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
      >
        {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
        {pending ? "Importing…" : "Import as a new workspace"}
      </button>
    </form>
  );
}
