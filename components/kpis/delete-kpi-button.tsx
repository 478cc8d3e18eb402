"use client";

import { useRouter } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteKpi } from "@/lib/kpis/actions";

/** Delete with a confirmation naming the KPI, since its monthly values go with it. */
export function DeleteKpiButton({ slug, id, name }: { slug: string; id: string; name: string }) {
  const router = useRouter();
  return (
    <ConfirmDelete
      name={name}
      consequence="Every monthly value recorded for it is deleted too."
      triggerLabel={
        <>
          Delete<span className="sr-only"> {name}</span>
        </>
      }
      triggerClassName="rounded px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-200"
      triggerTestId="delete-kpi"
      confirmLabel="Delete KPI"
      confirmTestId="confirm-delete-kpi"
      onConfirm={async () => {
        const result = await deleteKpi(slug, { id });
        if (!result.ok) return result.message ?? "Something went wrong, and nothing was deleted.";
        router.refresh();
        return null;
      }}
    />
  );
}
