"use client";

import { useState } from "react";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { Input } from "@/components/ui/input";
import { deleteWorkspaceAction } from "@/lib/workspace-data/actions";

/** Asks for the workspace's exact name before deleting it; the server checks the name again. */
export function DeleteWorkspace({ slug, name }: { slug: string; name: string }) {
  const [typed, setTyped] = useState("");
  return (
    <ConfirmAction
      title="Delete this workspace?"
      body={
        <div className="space-y-2">
          <p>
            Everything in <strong>{name}</strong> is deleted for every member. Type its name to confirm.
          </p>
          <label htmlFor="delete-confirm-name" className="sr-only">
            Workspace name
          </label>
          <Input
            id="delete-confirm-name"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            autoComplete="off"
            placeholder={name}
            data-testid="delete-confirm-name"
            className="focus:border-red-500 focus:ring-red-200"
          />
        </div>
      }
      triggerLabel="Delete workspace…"
      triggerVariant="danger"
      triggerSize="sm"
      triggerTestId="delete-workspace"
      confirmLabel="Delete workspace"
      pendingLabel="Deleting…"
      confirmTestId="delete-confirm"
      onConfirm={async () => {
        if (typed !== name) return "Type the workspace's name exactly as shown to delete it.";
        const result = await deleteWorkspaceAction(slug, { confirmName: typed });
        return result.ok ? null : (result.message ?? "The workspace was not deleted.");
      }}
    />
  );
}
