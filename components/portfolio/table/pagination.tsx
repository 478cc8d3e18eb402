"use client";

import Link from "next/link";
import { formatNumber, type Locale } from "@/lib/format";
import { defaultPageSize, pageSizes } from "@/lib/portfolio/table-query";
import { useTableUrl } from "./use-table-url";

type Props = { page: number; pageCount: number; pageSize: number; total: number; locale: Locale };

const control =
  "inline-flex h-8 min-w-8 items-center justify-center rounded-md border border-slate-300 bg-white px-2 text-sm text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";

export function Pagination({ page, pageCount, pageSize, total, locale }: Props) {
  const { update, hrefFor } = useTableUrl();
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const count = (n: number) => formatNumber(n, locale, 0);

  // Links, not buttons: each page has its own URL, so it can be opened in a new tab or bookmarked.
  const pageLink = (target: number, label: string, glyph: string) =>
    target < 1 || target > pageCount || target === page ? (
      <span className={`${control} cursor-not-allowed opacity-40`} aria-disabled="true" title={label}>
        <span aria-hidden>{glyph}</span>
        <span className="sr-only">{label}</span>
      </span>
    ) : (
      <Link href={hrefFor({ page: target === 1 ? null : String(target) })} scroll={false} className={control} title={label}>
        <span aria-hidden>{glyph}</span>
        <span className="sr-only">{label}</span>
      </Link>
    );

  return (
    <nav aria-label="Pagination" className="flex flex-wrap items-center justify-between gap-3 px-1 py-3 text-sm text-slate-600">
      <p aria-live="polite">
        {total === 0 ? "No rows" : `Showing ${count(first)}–${count(last)} of ${count(total)}`}
      </p>
      <div className="flex items-center gap-4">
        <label className="flex items-center gap-2">
          <span>Rows per page</span>
          <select
            value={pageSize}
            onChange={(e) => update({ pageSize: Number(e.target.value) === defaultPageSize ? null : e.target.value, page: null })}
            className="h-8 rounded-md border border-slate-300 bg-white px-2 text-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-200"
          >
            {pageSizes.map((size) => (
              <option key={size} value={size}>
                {size}
              </option>
            ))}
          </select>
        </label>
        <span className="tabular-nums">
          Page {count(page)} of {count(pageCount)}
        </span>
        <div className="flex gap-1">
          {pageLink(1, "First page", "«")}
          {pageLink(page - 1, "Previous page", "‹")}
          {pageLink(page + 1, "Next page", "›")}
          {pageLink(pageCount, "Last page", "»")}
        </div>
      </div>
    </nav>
  );
}
