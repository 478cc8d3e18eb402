import { Badge } from "@/components/ui/badge";
import type { Rag } from "@/lib/finance";
import { formatPercent, type Locale } from "@/lib/format";

const tone = { green: "green", amber: "amber", red: "red" } as const;
const text: Record<Rag, string> = { green: "Green", amber: "Amber", red: "Red" };

/** RAG status as a word as well as a colour, so it reads without colour vision. */
export function RagBadge({ rag, testId }: { rag: Rag | null; testId?: string }) {
  if (!rag) return <Badge data-testid={testId}>No data</Badge>;
  return (
    <Badge tone={tone[rag]} data-testid={testId}>
      {text[rag]}
    </Badge>
  );
}

/** Attainment 0–1 as a bar with its percentage beside it; the bar is decoration, the number is the value. */
export function AttainmentBar({ value, rag, locale }: { value: number | null; rag: Rag | null; locale: Locale }) {
  if (value === null) return <span className="text-slate-400">—</span>;
  const fill = rag === "green" ? "bg-emerald-500" : rag === "amber" ? "bg-amber-500" : "bg-rose-500";
  return (
    <div className="flex items-center gap-2">
      <div className="h-2 w-20 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        <div className={`h-full ${fill}`} style={{ width: `${Math.round(value * 100)}%` }} />
      </div>
      <span className="tabular-nums text-slate-900">{formatPercent(value, locale, 0)}</span>
    </div>
  );
}
