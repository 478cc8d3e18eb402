export { formatKpiValue } from "@/lib/kpis/format";
import { canonicalDecimal } from "@/lib/kpis/unit-rules";

/** A stored numeric ("12.5000") as the text an input edits ("12.5"). */
export function editableValue(value: string | null | undefined): string {
  return value ? (canonicalDecimal(value) ?? value) : "";
}
