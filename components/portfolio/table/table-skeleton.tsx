import { cardClass } from "@/components/ui/card";

/** Placeholder with the table's shape, so the page does not jump when the rows arrive. */
export function TableSkeleton({ rows = 10, columns = 8 }: { rows?: number; columns?: number }) {
  return (
    <div role="status" aria-label="Loading the portfolio" className="animate-pulse">
      <div className="mb-3 flex gap-2">
        <div className="h-9 w-64 rounded-md bg-slate-200" />
        <div className="h-9 w-24 rounded-md bg-slate-200" />
        <div className="h-9 w-24 rounded-md bg-slate-200" />
        <div className="ml-auto h-9 w-24 rounded-md bg-slate-200" />
      </div>
      <div className={cardClass({ padding: "none", className: "overflow-hidden shadow-none" })}>
        <div className="flex gap-4 border-b border-slate-200 bg-slate-50 px-3 py-3">
          {Array.from({ length: columns }, (_, i) => (
            <div key={i} className={`h-3 rounded bg-slate-200 ${i === 0 ? "w-40" : "flex-1"}`} />
          ))}
        </div>
        {Array.from({ length: rows }, (_, r) => (
          <div key={r} className="flex gap-4 border-b border-slate-100 px-3 py-3.5 last:border-0">
            {Array.from({ length: columns }, (_, i) => (
              <div key={i} className={`h-3 rounded bg-slate-100 ${i === 0 ? "w-40" : "flex-1"}`} />
            ))}
          </div>
        ))}
      </div>
      <span className="sr-only">Loading…</span>
    </div>
  );
}
