"use client";

import Link from "next/link";
import { formatNumber, type Locale } from "@/lib/format";
import { defaultPageSize, pageSizes } from "@/lib/portfolio/table-query";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Select } from "@/components/ui/select";
import { useTableUrl } from "./use-table-url";

type Props = { page: number; pageCount: number; pageSize: number; total: number; locale: Locale };

const control = buttonVariants({ variant: "secondary", size: "sm", className: "h-8 min-w-8 px-2 font-normal shadow-none" });

/** Links, not buttons: each page has its own URL, so it can be opened in a new tab or bookmarked. */
function PageLink({ target, page, pageCount, label, glyph }: { target: number; page: number; pageCount: number; label: string; glyph: string }) {
  const { hrefFor } = useTableUrl();
  const content = (
    <>
      <span aria-hidden>{glyph}</span>
      <span className="sr-only">{label}</span>
    </>
  );
  if (target < 1 || target > pageCount || target === page) {
    return (
      <span className={cn(control, "cursor-not-allowed opacity-40")} aria-disabled="true" title={label}>
        {content}
      </span>
    );
  }
  return (
    <Link href={hrefFor({ page: target === 1 ? null : String(target) })} scroll={false} className={control} title={label}>
      {content}
    </Link>
  );
}

export function Pagination({ page, pageCount, pageSize, total, locale }: Props) {
  const { update } = useTableUrl();
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const count = (n: number) => formatNumber(n, locale, 0);
  const link = { page, pageCount };
  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 px-1 py-3 text-sm text-slate-600">
      <p aria-live="polite">{total === 0 ? "No rows" : `Showing ${count(first)}–${count(last)} of ${count(total)}`}</p>
      <div className="flex items-center gap-4">
        <label className="flex items-center gap-2">
          <span>Rows per page</span>
          <Select
            value={pageSize}
            onChange={(e) => update({ pageSize: Number(e.target.value) === defaultPageSize ? null : e.target.value, page: null })}
            className="h-8 w-auto px-2 py-0 shadow-none"
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </Select>
        </label>
        <span className="tabular-nums">
          Page {count(page)} of {count(pageCount)}
        </span>
        <div className="flex gap-1">
          <PageLink target={1} label="First page" glyph="«" {...link} />
          <PageLink target={page - 1} label="Previous page" glyph="‹" {...link} />
          <PageLink target={page + 1} label="Next page" glyph="›" {...link} />
          <PageLink target={pageCount} label="Last page" glyph="»" {...link} />
        </div>
      </div>
    </nav>
  );
}
