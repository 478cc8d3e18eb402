import Link from "next/link";
import { quarterLabel, quarterParam, type Quarter } from "@/lib/review-pack/quarter";

const link = "inline-flex h-9 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50";
const disabled = "inline-flex h-9 items-center rounded-md border border-slate-200 px-3 text-sm text-slate-400";

/** The quarter before and after, as links the URL keeps (`?quarter=YYYY-Qn`); not printed. */
export function QuarterNav({ path, nav }: { path: string; nav: { previous: Quarter | null; next: Quarter | null } }) {
  return (
    <nav aria-label="Quarter" className="flex gap-2 print:hidden" data-testid="review-pack-quarter-nav">
      {nav.previous ? (
        <Link href={`${path}?quarter=${quarterParam(nav.previous)}`} className={link} rel="prev">
          ← {quarterLabel(nav.previous)}
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          ← Earlier
        </span>
      )}
      {nav.next ? (
        <Link href={`${path}?quarter=${quarterParam(nav.next)}`} className={link} rel="next">
          {quarterLabel(nav.next)} →
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          Later →
        </span>
      )}
    </nav>
  );
}
