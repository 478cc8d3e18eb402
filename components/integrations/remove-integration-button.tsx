"use client";

import { useRouter } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { removeIntegration } from "@/lib/integrations/actions";

/** Removes one link after asking; both technologies stay. */
export function RemoveIntegrationButton({ slug, id, from, to }: { slug: string; id: string; from: string; to: string }) {
  const router = useRouter();
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
      triggerClassName="rounded px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-200"
      triggerTestId="remove-integration"
      confirmLabel="Remove link"
      confirmTestId="confirm-remove-integration"
      onConfirm={async () => {
        const result = await removeIntegration(slug, { id });
        if (!result.ok) return result.message ?? "Something went wrong, and nothing was removed.";
        router.refresh();
        return null;
      }}
    />
  );
}
