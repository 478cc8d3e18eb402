"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { FlexRender, functionalUpdate, useTable, type SortingState, type Updater } from "@tanstack/react-table";
import { DeleteButton } from "@/components/portfolio/form/delete-button";
import { NoMatches } from "@/components/portfolio/table/no-matches";
import { Pagination } from "@/components/portfolio/table/pagination";
import { SortableHead } from "@/components/portfolio/table/sortable-head";
import { useTableUrl } from "@/components/portfolio/table/use-table-url";
import { Button, buttonVariants } from "@/components/ui/button";
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

const cellPad = "px-3 py-2.5";
const align = (id: string) => (numericLedgerColumns.has(id) ? "text-right tabular-nums whitespace-nowrap" : "text-left");

export function LedgerTable({ page, params, slug, formats, technologies, months, canEdit }: Props) {
  const { update, pending, hrefFor } = useTableUrl<keyof LedgerParams>();
  const [editing, setEditing] = useState<LedgerRow | null>(null);
  const actions = useMemo(() => (canEdit ? (row: LedgerRow) => <RowActions row={row} slug={slug} formats={formats} onEdit={() => setEditing(row)} /> : undefined), [canEdit, slug, formats]);
  const columns = useMemo(() => buildLedgerColumns({ slug, formats, totalCents: page.totalCents, total: page.total, actions }), [slug, formats, page.totalCents, page.total, actions]);
  const sorting = useMemo<SortingState>(() => [{ id: params.sort, desc: params.dir === "desc" }], [params.sort, params.dir]);
  const table = useLedgerTable(page.rows, columns, sorting, update);
  return (
    <div>
      <LedgerToolbar params={params} technologies={technologies} months={months} locale={formats.locale} />
      <TableShell className="w-full min-w-0 border-collapse divide-y-0" aria-busy={pending || undefined} data-testid="ledger-table">
        <SortableHead rows={headRows(table)} cellClassName={cellPad} />
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
          {page.total === 0 && <NoMatches noun="payments" colSpan={table.getAllLeafColumns().length} clearHref={hrefFor({ match: null, technology: null, month: null, page: null })} />}
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

type Update = ReturnType<typeof useTableUrl<keyof LedgerParams>>["update"];

/** The table over the server's page: a header click only reports the new sort to the URL, which the server reads. */
function useLedgerTable(rows: LedgerRow[], columns: ReturnType<typeof buildLedgerColumns>, sorting: SortingState, update: Update) {
  return useTable({
    features: ledgerFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { sorting },
    manualSorting: true,
    enableMultiSort: false,
    onSortingChange: (updater: Updater<SortingState>) => {
      const [next] = functionalUpdate(updater, sorting);
      update(next ? { sort: next.id, dir: next.desc ? "desc" : "asc", page: null } : { sort: null, dir: null, page: null });
    },
  });
}

/** The table's headings as the shared sortable heading row draws them. */
function headRows(table: ReturnType<typeof useLedgerTable>) {
  return table.getHeaderGroups().map((group) => ({
    id: group.id,
    cells: group.headers.map((header) => ({
      id: header.id,
      label: <FlexRender header={header} />,
      sorted: header.column.getIsSorted(),
      canSort: header.column.getCanSort(),
      onSort: header.column.getToggleSortingHandler(),
      className: align(header.column.id),
      numeric: numericLedgerColumns.has(header.column.id),
    })),
  }));
}

function RowActions({ row, slug, formats, onEdit }: { row: LedgerRow; slug: string; formats: Formats; onEdit: () => void }) {
  const name = `${row.payee || "Payment"}, ${formatMoney(row.amountCents, formats, { showCents: true })} on ${formatDate(row.bookedOn, formats.locale)}`;
  return (
    <div className="flex justify-end gap-1 whitespace-nowrap">
      {!row.investmentId && row.payee && (
        <Link href={`/w/${slug}/actuals/rules?pattern=${encodeURIComponent(row.payee.slice(0, 200))}#add-rule-heading`} className={buttonVariants({ variant: "ghost", size: "xs" })} data-testid="rule-from-payment">
          Add rule<span className="sr-only"> for {name}</span>
        </Link>
      )}
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
