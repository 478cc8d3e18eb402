import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { auditHref, type AuditSearch } from "@/lib/settings/audit-filter";

const link = buttonVariants({ variant: "secondary", size: "sm", className: "font-normal shadow-none" });
const off = "rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-400";

/** Previous / next links that keep the filter in the URL. */
export function AuditPager({ base, search, pageCount, total }: { base: string; search: AuditSearch; pageCount: number; total: number }) {
  const page = search.page;
  return (
    <nav aria-label="Audit log pages" data-testid="audit-pager" className="flex items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        Page {page} of {pageCount} · {total} {total === 1 ? "entry" : "entries"}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link href={auditHref(base, search, Math.min(page - 1, pageCount))} rel="prev" className={link}>
            Previous
          </Link>
        ) : (
          <span className={off} aria-disabled>
            Previous
          </span>
        )}
        {page < pageCount ? (
          <Link href={auditHref(base, search, page + 1)} rel="next" className={link}>
            Next
          </Link>
        ) : (
          <span className={off} aria-disabled>
            Next
          </span>
        )}
      </div>
    </nav>
  );
}
