import Link from "next/link";
import { columnVisibilityFeature, createColumnHelper, rowSortingFeature, tableFeatures } from "@tanstack/react-table";
import { formatMoney, formatNumber, formatPercent, type Formats } from "@/lib/format";
import type { PortfolioTotals, TableColumn } from "@/lib/portfolio/table-query";
import type { PortfolioRow } from "@/lib/portfolio/types";
import { Blank, CompletenessChips, QuadrantBadge, RenewalCell, RiskBadge, StatusBadge } from "./cells";
import { label } from "@/lib/domain/labels";
import { columnLabels, nullReason } from "@/lib/portfolio/column-labels";

// Sorting and paging happen on the server (the URL is the state), so no client row models are registered.
export const features = tableFeatures({ columnVisibilityFeature, rowSortingFeature });

/** Figures line up on the decimal point only when right-aligned in tabular digits. */
export const numericColumns = new Set<string>([
  "annualRunRateCents",
  "tcoCents",
  "roi",
  "npvCents",
  "irrAnnual",
  "paybackMonths",
  "alignmentScore",
  "riskScore",
]);

export type ColumnContext = {
  slug: string;
  formats: Formats;
  /** 'YYYY-MM-DD' on the server, so renewal warnings hydrate identically. */
  today: string;
  totals: PortfolioTotals;
  total: number;
};

const helper = createColumnHelper<typeof features, PortfolioRow>();

function orBlank<T>(value: T | null, column: TableColumn, row: PortfolioRow, render: (v: T) => React.ReactNode) {
  return value === null || (typeof value === "number" && !Number.isFinite(value)) ? <Blank reason={nullReason(column, row)} /> : render(value);
}

type Money = (cents: number) => React.ReactNode;

/** The name (linked to its page, with the totals' label under it) and how it is classified. */
function describingColumns({ slug, totals, total }: ColumnContext) {
  const counted = total - totals.proposedCount;
  return [
    helper.accessor("name", {
      header: columnLabels.name,
      cell: ({ row }) => (
        <Link
          href={`/w/${slug}/portfolio/${row.original.id}`}
          className="rounded font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
        >
          {row.original.name}
        </Link>
      ),
      footer: () =>
        `Total (${counted} ${counted === 1 ? "technology" : "technologies"}${totals.proposedCount ? `; ${totals.proposedCount} proposed not counted until approved` : ""})`,
      enableHiding: false,
    }),
    helper.accessor("category", { header: columnLabels.category, cell: ({ getValue }) => label(getValue()) }),
    helper.accessor("vendor", { header: columnLabels.vendor }),
    helper.accessor("status", { header: columnLabels.status, cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  ];
}

/** The money figures, each with its portfolio total in the footer, and the returns. */
function figureColumns({ formats, totals }: ColumnContext, money: Money) {
  const percent = (ratio: number) => formatPercent(ratio, formats.locale);
  const totalFooter = (key: Exclude<keyof PortfolioTotals, "proposedCount">) => () => money(totals[key]);
  return [
    helper.accessor("annualRunRateCents", { header: columnLabels.annualRunRateCents, cell: ({ getValue }) => money(getValue()), footer: totalFooter("annualRunRateCents") }),
    helper.accessor("tcoCents", { header: columnLabels.tcoCents, cell: ({ getValue }) => money(getValue()), footer: totalFooter("tcoCents") }),
    helper.accessor("roi", { header: columnLabels.roi, cell: ({ getValue, row }) => orBlank(getValue(), "roi", row.original, percent) }),
    helper.accessor("npvCents", { header: columnLabels.npvCents, cell: ({ getValue }) => money(getValue()), footer: totalFooter("npvCents") }),
    helper.accessor("irrAnnual", { header: columnLabels.irrAnnual, cell: ({ getValue, row }) => orBlank(getValue(), "irrAnnual", row.original, percent) }),
    helper.accessor("paybackMonths", {
      header: columnLabels.paybackMonths,
      cell: ({ getValue, row }) => orBlank(getValue(), "paybackMonths", row.original, (v) => formatNumber(v, formats.locale, { max: 1 })),
    }),
  ];
}

/** Alignment, risk, TIME quadrant, the next renewal and what is missing. */
function judgementColumns({ formats, today }: ColumnContext) {
  return [
    helper.accessor("alignmentScore", { header: columnLabels.alignmentScore, cell: ({ getValue, row }) => orBlank(getValue(), "alignmentScore", row.original, (v) => Math.round(v)) }),
    helper.accessor("riskScore", { header: columnLabels.riskScore, cell: ({ getValue, row }) => orBlank(getValue(), "riskScore", row.original, (v) => <RiskBadge score={v} />) }),
    helper.accessor("timeQuadrant", {
      header: columnLabels.timeQuadrant,
      cell: ({ row, getValue }) => orBlank(getValue(), "timeQuadrant", row.original, (quadrant) => <QuadrantBadge quadrant={quadrant} />),
    }),
    helper.accessor("nextRenewal", {
      header: columnLabels.nextRenewal,
      cell: ({ getValue, row }) => orBlank(getValue(), "nextRenewal", row.original, (v) => <RenewalCell renewal={v} today={today} locale={formats.locale} />),
    }),
    helper.accessor("missing", { header: columnLabels.missing, cell: ({ getValue }) => <CompletenessChips missing={getValue()} />, enableSorting: false }),
  ];
}

export function buildColumns(context: ColumnContext) {
  const money: Money = (cents) => <span className={cents < 0 ? "text-red-700" : undefined}>{formatMoney(cents, context.formats)}</span>;
  return helper.columns([...describingColumns(context), ...figureColumns(context, money), ...judgementColumns(context)]);
}
