"use client";

import { useMemo } from "react";
import { functionalUpdate, useTable, type ColumnVisibilityState, type SortingState, type Updater } from "@tanstack/react-table";
import type { Formats } from "@/lib/format";
import type { PortfolioPage, TableColumn } from "@/lib/portfolio/table-query";
import type { TableParams } from "@/lib/portfolio/table-params";
import type { PortfolioRow } from "@/lib/portfolio/types";
import { cn } from "@/components/ui/cn";
import { TableShell } from "@/components/ui/table";
import { NoMatches } from "./no-matches";
import { columnLabels } from "@/lib/portfolio/column-labels";
import { buildColumns, features, numericColumns } from "./columns";
import { Pagination } from "./pagination";
import { SortableHead } from "./sortable-head";
import { Toolbar } from "./toolbar";
import { useTableUrl } from "./use-table-url";

type Props = {
  result: PortfolioPage;
  params: TableParams;
  slug: string;
  formats: Formats;
  today: string;
  categories: readonly PortfolioRow["category"][];
  statuses: readonly PortfolioRow["status"][];
};

const cellPad = "px-3 py-2.5";
// The name stays in view while the wide table scrolls sideways.
const sticky = (id: string) => (id === "name" ? "sticky left-0 z-10 bg-inherit" : "");
const align = (id: string) => (numericColumns.has(id) ? "text-right tabular-nums whitespace-nowrap" : "text-left");

export function DataTable({ result, params, slug, formats, today, categories, statuses }: Props) {
  const { update, pending, hrefFor } = useTableUrl();
  const table = usePortfolioTable(result, params, { slug, formats, today }, update);
  const columnOptions = table
    .getAllLeafColumns()
    .filter((c) => c.getCanHide())
    .map((c) => ({ value: c.id, label: columnLabels[c.id as TableColumn], checked: c.getIsVisible() }));
  return (
    <div>
      <Toolbar
        q={params.q}
        category={params.category}
        status={params.status}
        missing={params.missing}
        categories={categories}
        statuses={statuses}
        columns={columnOptions}
        onToggleColumn={(id, visible) => table.getColumn(id)?.toggleVisibility(visible)}
      />
      <TableShell className="w-full min-w-0 border-collapse divide-y-0" aria-busy={pending || undefined}>
        <SortableHead rows={headRows(table)} cellClassName={cellPad} />
        <tbody className={cn("divide-y divide-slate-100 transition-opacity", pending && "opacity-60")}>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="bg-white hover:bg-slate-50">
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cn(cellPad, align(cell.column.id), sticky(cell.column.id))}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {result.total === 0 && <NoMatches noun="technologies" colSpan={table.getVisibleLeafColumns().length} clearHref={hrefFor({ q: null, category: null, status: null, missing: null, page: null })} />}
        </tbody>
        {result.total > 0 && <TotalsFoot table={table} />}
      </TableShell>
      <Pagination page={result.page} pageCount={result.pageCount} pageSize={params.pageSize} total={result.total} locale={formats.locale} />
    </div>
  );
}

type Update = ReturnType<typeof useTableUrl>["update"];

/** The table over the server's page: sorting and hiding columns only report to the URL, which the server reads. */
function usePortfolioTable(result: PortfolioPage, params: TableParams, context: Pick<Props, "slug" | "formats" | "today">, update: Update) {
  const { slug, formats, today } = context;
  const columns = useMemo(
    () => buildColumns({ slug, formats, today, totals: result.totals, total: result.total }),
    [slug, formats, today, result.totals, result.total],
  );
  const sorting = useMemo<SortingState>(() => [{ id: params.sort, desc: params.dir === "desc" }], [params.sort, params.dir]);
  const columnVisibility = useMemo<ColumnVisibilityState>(() => Object.fromEntries(params.hide.map((id) => [id, false])), [params.hide]);
  return useTable({
    features,
    columns,
    data: result.rows,
    getRowId: (row) => row.id,
    state: { sorting, columnVisibility },
    // The server sorted and paged these rows; the table only renders them and reports header clicks.
    manualSorting: true,
    enableMultiSort: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      update(next ? { sort: next.id, dir: next.desc ? "desc" : "asc", page: null } : { sort: null, dir: null, page: null });
    },
    onColumnVisibilityChange: (updater: Updater<ColumnVisibilityState>) => {
      const next = functionalUpdate(updater, columnVisibility);
      const hidden = Object.keys(next).filter((id) => next[id] === false);
      // Showing or hiding a column changes no rows, so the page stays.
      update({ hide: hidden, page: result.page === 1 ? null : String(result.page) }, "replace");
    },
  });
}

type PortfolioTable = ReturnType<typeof usePortfolioTable>;

/** The table's headings as the shared sortable heading row draws them. */
function headRows(table: PortfolioTable) {
  return table.getHeaderGroups().map((group) => ({
    id: group.id,
    cells: group.headers.map((header) => ({
      id: header.id,
      label: <table.FlexRender header={header} />,
      sorted: header.column.getIsSorted(),
      canSort: header.column.getCanSort(),
      onSort: header.column.getToggleSortingHandler(),
      className: cn(align(header.column.id), sticky(header.column.id)),
      numeric: numericColumns.has(header.column.id),
    })),
  }));
}

function TotalsFoot({ table }: { table: PortfolioTable }) {
  return (
    <tfoot className="border-t-2 border-slate-200 bg-slate-50 font-medium text-slate-900">
      {table.getFooterGroups().map((group) => (
        <tr key={group.id}>
          {group.headers.map((header) => (
            <td key={header.id} className={cn(cellPad, "whitespace-nowrap bg-slate-50", align(header.column.id), sticky(header.column.id))}>
              <table.FlexRender footer={header} />
            </td>
          ))}
        </tr>
      ))}
    </tfoot>
  );
}
