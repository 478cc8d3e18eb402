import { Badge } from "@/components/ui/badge";
import { STATUS_LABELS } from "@/lib/realisation/benefits";
import type { RealisationStatus } from "@/lib/realisation/types";

const tone = { on_plan: "green", behind_plan: "amber", well_behind_plan: "red" } as const;

/** Realisation status as words as well as a colour, so it reads without colour vision. */
export function RealisationBadge({ status }: { status: RealisationStatus | null }) {
  if (!status) return <Badge>Not judged yet</Badge>;
  return <Badge tone={tone[status]}>{STATUS_LABELS[status]}</Badge>;
}
