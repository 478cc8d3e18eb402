"use client";

import { DeleteButton } from "@/components/portfolio/form/delete-button";
import { deleteKpi } from "@/lib/kpis/actions";

/** Delete with a confirmation naming the KPI, since its monthly values go with it. */
export function DeleteKpiButton({ slug, id, name }: { slug: string; id: string; name: string }) {
  return (
    <DeleteButton
      name={name}
      consequence="Every monthly value recorded for it is deleted too."
      triggerTestId="delete-kpi"
      confirmLabel="Delete KPI"
      confirmTestId="confirm-delete-kpi"
      remove={() => deleteKpi(slug, { id })}
    />
  );
}
