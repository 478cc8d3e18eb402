"use client";

import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/** One column heading as a server-sorted table draws it: its label, and how it sorts when it can. */
export type HeadCell = {
  id: string;
  label: ReactNode;
  sorted: false | "asc" | "desc";
  canSort: boolean;
  onSort?: (event: unknown) => void;
  /** Alignment and stickiness of the column's cells. */
  className?: string;
  /** Figures: the arrow goes before the label, which is right-aligned. */
  numeric?: boolean;
};

const ariaSort = { asc: "ascending", desc: "descending" } as const;

/**
 * The heading row of a table sorted on the server: each sortable heading is a button that reports a click
 * (the URL holds the sort), with `aria-sort` and an arrow saying the current order.
 */
export function SortableHead({ rows, cellClassName }: { rows: { id: string; cells: HeadCell[] }[]; cellClassName: string }) {
  return (
    <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-slate-200">
          {row.cells.map((cell) => (
            <th
              key={cell.id}
              scope="col"
              aria-sort={cell.canSort ? (cell.sorted ? ariaSort[cell.sorted] : "none") : undefined}
              className={cn(cellClassName, "whitespace-nowrap bg-slate-50", cell.className)}
            >
              {cell.canSort ? (
                <button
                  type="button"
                  onClick={cell.onSort}
                  className={cn(
                    "inline-flex items-center gap-1 rounded uppercase tracking-wide hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500",
                    cell.numeric && "flex-row-reverse",
                    cell.sorted && "text-slate-900",
                  )}
                >
                  {cell.label}
                  <span aria-hidden className={cell.sorted ? "text-indigo-600" : "text-slate-300"}>
                    {cell.sorted === "asc" ? "▲" : cell.sorted === "desc" ? "▼" : "↕"}
                  </span>
                </button>
              ) : (
                cell.label
              )}
            </th>
          ))}
        </tr>
      ))}
    </thead>
  );
}
