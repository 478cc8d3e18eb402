import { createColumnHelper, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { LedgerRow } from "@/db/queries/actuals";
import { label } from "@/lib/domain/labels";
import { formatDate, formatMoney, type Formats } from "@/lib/format";

// Sorting and paging happen on the server (the URL is the state), so no client row models are registered.
export const ledgerFeatures = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof ledgerFeatures, LedgerRow>();

/** Figures line up on the decimal point only when right-aligned in tabular digits. */
export const numericLedgerColumns = new Set(["amountCents"]);

const sourceLabels = { typed: "Typed", imported: "Imported", api: "API" } as const;

type Context = { slug: string; formats: Formats; totalCents: number; total: number; actions?: (row: LedgerRow) => ReactNode };

/** Date, payee (with what for), amount, where it is filed, where it came from, and the row's actions for members. */
export function buildLedgerColumns({ slug, formats, totalCents, total, actions }: Context) {
  const columns = [
    helper.accessor("bookedOn", { header: "Paid on", cell: ({ getValue }) => <span className="whitespace-nowrap tabular-nums">{formatDate(getValue(), formats.locale)}</span>, footer: () => `Total (${total} ${total === 1 ? "payment" : "payments"})` }),
    helper.accessor("payee", {
      header: "Payee",
      cell: ({ row }) => (
        <div className="min-w-40">
          <div className="font-medium text-slate-900">{row.original.payee || "—"}</div>
          {(row.original.description || row.original.reference) && (
            <div className="text-xs text-slate-500">{[row.original.description, row.original.reference].filter(Boolean).join(" · ")}</div>
          )}
        </div>
      ),
    }),
    helper.accessor("amountCents", {
      header: "Amount",
      cell: ({ getValue }) => <span className={getValue() < 0 ? "text-emerald-700" : undefined}>{formatMoney(getValue(), formats, { showCents: true })}</span>,
      footer: () => formatMoney(totalCents, formats, { showCents: true }),
    }),
    helper.accessor("technologyName", {
      id: "technology",
      header: "Technology",
      cell: ({ row }) =>
        row.original.investmentId ? (
          <Link href={`/w/${slug}/portfolio/${row.original.investmentId}`} className="text-indigo-700 hover:underline">
            {row.original.technologyName}
          </Link>
        ) : (
          <Badge tone="amber">Unmatched</Badge>
        ),
    }),
    helper.accessor("costCategory", { header: "Cost category", cell: ({ getValue }) => (getValue() ? label(getValue()!) : <span className="text-slate-400">—</span>) }),
    helper.accessor("source", { header: "Source", cell: ({ getValue }) => <Badge tone={getValue() === "typed" ? "neutral" : "blue"}>{sourceLabels[getValue()]}</Badge>, enableSorting: false }),
  ];
  if (!actions) return helper.columns(columns);
  return helper.columns([...columns, helper.display({ id: "actions", header: () => <span className="sr-only">Actions</span>, cell: ({ row }) => actions(row.original), enableSorting: false })]);
}
