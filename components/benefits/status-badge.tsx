import { Badge } from "@tremor/react";
import { STATUS_LABELS } from "@/lib/realisation/benefits";
import type { RealisationStatus } from "@/lib/realisation/types";

const color = { on_plan: "emerald", behind_plan: "amber", well_behind_plan: "rose" } as const;

/** Realisation status as words as well as a colour, so it reads without colour vision. */
export function RealisationBadge({ status }: { status: RealisationStatus | null }) {
  if (!status) return <Badge color="slate">No KPI values yet</Badge>;
  return <Badge color={color[status]}>{STATUS_LABELS[status]}</Badge>;
}
