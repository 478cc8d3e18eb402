"use client";

import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { removeIntegration } from "@/lib/integrations/actions";

/** Removes one link after asking; both technologies stay. */
export function RemoveIntegrationButton({ slug, id, from, to }: { slug: string; id: string; from: string; to: string }) {
  const name = `${from} → ${to}`;
  return (
    <ConfirmDelete
      name={name}
      consequence={`The link is removed from the integration map; ${from} and ${to} themselves stay.`}
      triggerLabel={
        <>
          Remove<span className="sr-only"> the link {name}</span>
        </>
      }
      triggerTestId="remove-integration"
      confirmLabel="Remove link"
      confirmTestId="confirm-remove-integration"
      onConfirm={async () => {
        const result = await removeIntegration(slug, { id });
        return result.ok ? null : (result.message ?? "Something went wrong, and nothing was removed.");
      }}
    />
  );
}
