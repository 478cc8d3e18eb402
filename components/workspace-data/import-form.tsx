"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FieldShell } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

type Answer = { ok: boolean; message?: string; redirectTo?: string };

/** Posts the file to the import route and opens the new workspace, or answers with the refusal to show. */
async function postImport(action: string, data: FormData): Promise<string | undefined> {
  try {
    const response = await fetch(action, { method: "POST", body: data, headers: { Accept: "application/json" } });
    const body = (await response.json()) as Answer;
    if (body.ok && body.redirectTo) {
      window.location.assign(body.redirectTo);
      return undefined;
    }
    return body.message ?? "The import failed. Please try again.";
  } catch {
    return "The import failed: the server could not be reached. Please try again.";
  }
}

/**
 * A multipart form posting the file to the import route (a route handler: server actions stop at 2 MB). With
 * JavaScript the post goes through fetch, so the new workspace's dashboard opens and a refusal is shown above
 * the button.
 */
export function ImportForm({ action }: { action: string }) {
  const [message, submit, pending] = useActionState((_previous: string | undefined, data: FormData) => postImport(action, data), undefined);
  function enhance(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => submit(data));
  }
  return (
    <form method="post" action={action} encType="multipart/form-data" onSubmit={enhance} className="max-w-md space-y-3" aria-busy={pending} data-testid="import-form">
      <FieldShell label="Export file (.json)" name="import-file">
        <input name="file" type="file" accept="application/json,.json" required data-testid="import-file" className="block w-full text-sm" />
      </FieldShell>
      <FieldShell
        label={
          <>
            Name of the new workspace <span className="font-normal text-slate-500">(optional)</span>
          </>
        }
        name="import-name"
      >
        <Input name="name" maxLength={120} placeholder="The exported name + “(imported)”" />
      </FieldShell>
      {message && (
        <p role="alert" data-testid="import-message" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
          {message}
        </p>
      )}
      <Button type="submit" pending={pending} data-testid="import-submit">
        {pending ? "Importing…" : "Import as a new workspace"}
      </Button>
    </form>
  );
}
