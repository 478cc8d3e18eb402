import type { TimeQuadrant } from "@/lib/finance";
import type { Locale } from "@/lib/format";
import type { CompletenessGap, PortfolioRow } from "./types";
import { countsInPortfolio } from "./valuation";

// Pure and import-free at runtime (type imports only), so client components can share these constants.

export const sortColumns = [
  "name",
  "category",
  "vendor",
  "status",
  "annualRunRateCents",
  "tcoCents",
  "roi",
  "npvCents",
  "irrAnnual",
  "paybackMonths",
  "alignmentScore",
  "riskScore",
  "timeQuadrant",
  "nextRenewal",
] as const;
export type SortColumn = (typeof sortColumns)[number];

/** Every column the table can show; `missing` (completeness chips) is shown but not sortable. */
export type TableColumn = SortColumn | "missing";
/** Columns a viewer may hide; the name column stays, since it is the link that opens a technology. */
export const hideableColumns: readonly Exclude<TableColumn, "name">[] = [
  ...sortColumns.filter((c): c is Exclude<SortColumn, "name"> => c !== "name"),
  "missing",
];

export const missingFilters = ["owner", "benefit", "goal", "risk", "any"] as const;
export type MissingFilter = (typeof missingFilters)[number];

export const pageSizes = [10, 25, 50, 100] as const;
export type PageSize = (typeof pageSizes)[number];
export const defaultPageSize: PageSize = 25;

export type SortDir = "asc" | "desc";

export type TableQuery = {
  q: string;
  category: PortfolioRow["category"][];
  status: PortfolioRow["status"][];
  missing: MissingFilter | null;
  sort: SortColumn;
  dir: SortDir;
  page: number;
  pageSize: number;
};

/** Money totals over the counted rows; `proposedCount` = matching rows left out as proposals. */
export type PortfolioTotals = { annualRunRateCents: number; tcoCents: number; npvCents: number; proposedCount: number };

export type PortfolioPage = {
  rows: PortfolioRow[];
  /** Rows matching the filters, across all pages. */
  total: number;
  totals: PortfolioTotals;
  pageCount: number;
  /** The page actually shown: a page past the end is clamped to the last one. */
  page: number;
};

// Lifecycle order reads better than alphabetical ("approved" before "proposed" would surprise).
const statusOrder: Record<PortfolioRow["status"], number> = { proposed: 0, approved: 1, implementing: 2, live: 3, retired: 4 };
// Gartner's TIME model is read in the order of its acronym.
const quadrantOrder: Record<TimeQuadrant, number> = { tolerate: 0, invest: 1, migrate: 2, eliminate: 3 };

type SortKey = string | number | null;

function sortKey(row: PortfolioRow, column: SortColumn): SortKey {
  switch (column) {
    case "name":
    case "category":
    case "vendor":
      return row[column];
    case "status":
      return statusOrder[row.status];
    case "timeQuadrant":
      return row.timeQuadrant === null ? null : quadrantOrder[row.timeQuadrant];
    case "nextRenewal":
      return row.nextRenewal?.date ?? null;
    default: {
      const value = row[column];
      // NaN/Infinity come from degenerate cash flows; they are "no figure", not a huge one.
      return typeof value === "number" && Number.isFinite(value) ? value : null;
    }
  }
}

// Names sort the way the workspace's language sorts them; one collator per locale, made once.
const collators = new Map<Locale, Intl.Collator>();
function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
    collators.set(locale, collator);
  }
  return collator;
}

function compareKeys(a: SortKey, b: SortKey, collator: Intl.Collator): number {
  if (typeof a === "string" && typeof b === "string") return collator.compare(a, b);
  return (a as number) - (b as number);
}

function matchesMissing(row: PortfolioRow, missing: MissingFilter): boolean {
  return missing === "any" ? row.missing.length > 0 : row.missing.includes(missing as CompletenessGap);
}

/** Filters and sorts every row (no pagination): the CSV export wants them all. Text sorts in `locale`. */
export function filterSortPortfolio(rows: PortfolioRow[], query: Omit<TableQuery, "page" | "pageSize">, locale: Locale = "en-US"): PortfolioRow[] {
  const needle = query.q.trim().toLowerCase();
  const categories = query.category.length ? new Set(query.category) : null;
  const statuses = query.status.length ? new Set(query.status) : null;

  const filtered = rows.filter(
    (row) =>
      (!categories || categories.has(row.category)) &&
      (!statuses || statuses.has(row.status)) &&
      (!query.missing || matchesMissing(row, query.missing)) &&
      (!needle ||
        row.name.toLowerCase().includes(needle) ||
        row.vendor.toLowerCase().includes(needle) ||
        (row.ownerName?.toLowerCase().includes(needle) ?? false)),
  );

  // Keys computed once per row (not per comparison) keep 2,000 rows cheap; the index makes ties stable.
  const sign = query.dir === "desc" ? -1 : 1;
  const collator = collatorFor(locale);
  const decorated = filtered.map((row, index) => ({ row, index, key: sortKey(row, query.sort) }));
  decorated.sort((a, b) => {
    // Rows without the figure go last whichever way the column is sorted.
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return a.index - b.index;
      return a.key === null ? 1 : -1;
    }
    return sign * compareKeys(a.key, b.key, collator) || a.index - b.index;
  });
  return decorated.map((d) => d.row);
}

/** Totals of the rows the portfolio valuation counts (lib/portfolio/valuation.ts): proposals are left out. */
export function sumTotals(rows: PortfolioRow[]): PortfolioTotals {
  const totals: PortfolioTotals = { annualRunRateCents: 0, tcoCents: 0, npvCents: 0, proposedCount: 0 };
  for (const row of rows) {
    if (!countsInPortfolio(row.status)) {
      totals.proposedCount += 1;
      continue;
    }
    totals.annualRunRateCents += row.annualRunRateCents;
    totals.tcoCents += row.tcoCents;
    totals.npvCents += row.npvCents;
  }
  return totals;
}

/** One page of the portfolio with the count and totals of everything the filters match. */
export function queryPortfolio(rows: PortfolioRow[], query: TableQuery, locale: Locale = "en-US"): PortfolioPage {
  const matching = filterSortPortfolio(rows, query, locale);
  const pageSize = Math.max(1, Math.floor(query.pageSize) || 1);
  const pageCount = Math.max(1, Math.ceil(matching.length / pageSize));
  const page = Math.min(Math.max(1, Math.floor(query.page) || 1), pageCount);
  const start = (page - 1) * pageSize;
  return {
    rows: matching.slice(start, start + pageSize),
    total: matching.length,
    totals: sumTotals(matching),
    pageCount,
    page,
  };
}
