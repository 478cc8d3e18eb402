"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { FlexRender, functionalUpdate, useTable, type SortingState, type Updater } from "@tanstack/react-table";
import { DeleteButton } from "@/components/portfolio/form/delete-button";
import { Pagination } from "@/components/portfolio/table/pagination";
import { useTableUrl } from "@/components/portfolio/table/use-table-url";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { TableShell } from "@/components/ui/table";
import type { LedgerPage, LedgerRow } from "@/db/queries/actuals";
import { deleteActualCost } from "@/lib/actuals/actions";
import type { LedgerParams } from "@/lib/actuals/ledger-params";
import { formatDate, formatMoney, type Formats } from "@/lib/format";
import { EditPaymentDialog } from "./edit-payment-dialog";
import { buildLedgerColumns, ledgerFeatures, numericLedgerColumns } from "./ledger-columns";
import { LedgerToolbar } from "./ledger-toolbar";
import type { TechnologyOption } from "./payment-fields";

type Props = {
  page: LedgerPage;
  params: LedgerParams;
  slug: string;
  formats: Formats;
  technologies: readonly TechnologyOption[];
  months: readonly string[];
  /** Members edit and delete; viewers read. */
  canEdit: boolean;
};

const ariaSort = { asc: "ascending", desc: "descending" } as const;
const cellPad = "px-3 py-2.5";
const align = (id: string) => (numericLedgerColumns.has(id) ? "text-right tabular-nums whitespace-nowrap" : "text-left");

export function LedgerTable({ page, params, slug, formats, technologies, months, canEdit }: Props) {
  const { update, pending, hrefFor } = useTableUrl<keyof LedgerParams>();
  const [editing, setEditing] = useState<LedgerRow | null>(null);
  const actions = useMemo(() => (canEdit ? (row: LedgerRow) => <RowActions row={row} slug={slug} formats={formats} onEdit={() => setEditing(row)} /> : undefined), [canEdit, slug, formats]);
  const columns = useMemo(() => buildLedgerColumns({ slug, formats, totalCents: page.totalCents, total: page.total, actions }), [slug, formats, page.totalCents, page.total, actions]);
  const sorting = useMemo<SortingState>(() => [{ id: params.sort, desc: params.dir === "desc" }], [params.sort, params.dir]);
  const table = useTable({
    features: ledgerFeatures,
    columns,
    data: page.rows,
    getRowId: (row) => row.id,
    state: { sorting },
    // The server sorted and paged these rows; the table only renders them and reports header clicks.
    manualSorting: true,
    enableMultiSort: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      update(next ? { sort: next.id, dir: next.desc ? "desc" : "asc", page: null } : { sort: null, dir: null, page: null });
    },
  });
  return (
    <div>
      <LedgerToolbar params={params} technologies={technologies} months={months} locale={formats.locale} />
      <TableShell className="w-full min-w-0 border-collapse divide-y-0" aria-busy={pending || undefined} data-testid="ledger-table">
        <thead className="bg-slate-50 text-xs font-medium uppercase tracking-wide text-slate-500">
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-slate-200">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                return (
                  <th key={header.id} scope="col" aria-sort={canSort ? (sorted ? ariaSort[sorted] : "none") : undefined} className={cn(cellPad, "whitespace-nowrap", align(header.column.id))}>
                    {canSort ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className={cn("inline-flex items-center gap-1 rounded uppercase tracking-wide hover:text-slate-900", numericLedgerColumns.has(header.column.id) && "flex-row-reverse", sorted && "text-slate-900")}
                      >
                        <FlexRender header={header} />
                        <span aria-hidden className={sorted ? "text-indigo-600" : "text-slate-300"}>
                          {sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}
                        </span>
                      </button>
                    ) : (
                      <FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className={cn("divide-y divide-slate-100 transition-opacity", pending && "opacity-60")}>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className="bg-white hover:bg-slate-50" data-testid="ledger-row">
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={cn(cellPad, align(cell.column.id))}>
                  <FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
          {page.total === 0 && <NoMatches colSpan={table.getAllLeafColumns().length} clearHref={hrefFor({ match: null, technology: null, month: null, page: null })} />}
        </tbody>
        {page.total > 0 && (
          <tfoot className="border-t-2 border-slate-200 bg-slate-50 font-medium text-slate-900">
            {table.getFooterGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <td key={header.id} className={cn(cellPad, "whitespace-nowrap", align(header.column.id))}>
                    <FlexRender footer={header} />
                  </td>
                ))}
              </tr>
            ))}
          </tfoot>
        )}
      </TableShell>
      <Pagination page={page.page} pageCount={page.pageCount} pageSize={params.pageSize} total={page.total} locale={formats.locale} />
      {editing && <EditPaymentDialog key={`${editing.id}:${editing.version}`} slug={slug} formats={formats} row={editing} technologies={technologies} onClose={() => setEditing(null)} />}
    </div>
  );
}

function RowActions({ row, slug, formats, onEdit }: { row: LedgerRow; slug: string; formats: Formats; onEdit: () => void }) {
  const name = `${row.payee || "Payment"}, ${formatMoney(row.amountCents, formats, { showCents: true })} on ${formatDate(row.bookedOn, formats.locale)}`;
  return (
    <div className="flex justify-end gap-1 whitespace-nowrap">
      <Button variant="ghost" size="xs" onClick={onEdit} data-testid="edit-payment">
        Edit<span className="sr-only"> {name}</span>
      </Button>
      <DeleteButton
        name={name}
        consequence={row.source === "typed" ? "The payment leaves the ledger and the actual spend." : "The payment leaves the ledger and the actual spend; importing its file again would add it back."}
        remove={() => deleteActualCost(slug, { id: row.id })}
        triggerTestId="delete-payment"
        confirmLabel="Delete payment"
        confirmTestId="confirm-delete-payment"
      />
    </div>
  );
}

function NoMatches({ colSpan, clearHref }: { colSpan: number; clearHref: string }) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-12 text-center">
        <p className="font-medium text-slate-900">No payments match these filters</p>
        <Link href={clearHref} className="mt-2 inline-block text-sm text-indigo-700 hover:underline">
          Clear filters
        </Link>
      </td>
    </tr>
  );
}
