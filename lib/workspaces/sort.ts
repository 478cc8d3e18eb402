/**
 * The overview table's sort, kept in the URL (`?sort=roi&dir=desc`) and applied on the server. Pure.
 *
 * Money columns (NPV, annual spend) compare the amounts as stored, each in its workspace's own currency,
 * without conversion: the table shows the currency beside every amount so a mixed list reads honestly.
 */
import { z } from "zod";
import { perspectives } from "@/lib/domain/values";
import { DEFAULT_LOCALE, type Locale } from "@/lib/format/locales";
import type { WorkspaceOverviewRow } from "./overview";

export const overviewColumns = ["name", "role", "currency", "roi", "npv", "spend", ...perspectives, "red_kpis", "last_month"] as const;
export type OverviewColumn = (typeof overviewColumns)[number];
export type SortDir = "asc" | "desc";
export type OverviewSort = { sort: OverviewColumn; dir: SortDir };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Anything malformed falls back to the workspace name, A→Z. */
export const overviewSortSchema = z.object({
  sort: z.preprocess(first, z.enum(overviewColumns).catch("name")),
  dir: z.preprocess(first, z.enum(["asc", "desc"]).catch("asc")),
});

export function parseOverviewSort(searchParams: Record<string, string | string[] | undefined>): OverviewSort {
  return overviewSortSchema.parse({ sort: searchParams.sort, dir: searchParams.dir });
}

const roleRank = { owner: 0, admin: 1, member: 2, viewer: 3 } as const;

function valueOf(row: WorkspaceOverviewRow, column: OverviewColumn): string | number | null {
  switch (column) {
    case "name":
      return row.name;
    case "role":
      return roleRank[row.role];
    case "currency":
      return row.currency;
    case "roi":
      return row.roi;
    case "npv":
      return row.npvCents;
    case "spend":
      return row.annualSpendCents;
    case "red_kpis":
      return row.redKpis;
    case "last_month":
      return row.lastMonthWithData;
    default:
      return row.perspectives[column].score;
  }
}

/** The locale the whole list is read in: the one its workspaces share, else the default. */
export function overviewLocale(rows: readonly Pick<WorkspaceOverviewRow, "locale">[]): Locale {
  const locales = new Set(rows.map((r) => r.locale));
  return locales.size === 1 ? [...locales][0] : DEFAULT_LOCALE;
}

/** A new array; rows without a value go last in either direction, ties by name; text case-blind, in `locale`. */
export function sortOverview(rows: readonly WorkspaceOverviewRow[], { sort, dir }: OverviewSort, locale: Locale = overviewLocale(rows)): WorkspaceOverviewRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const text = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const exact = new Intl.Collator(locale, { numeric: true });
  return [...rows].sort((a, b) => {
    const x = valueOf(a, sort);
    const y = valueOf(b, sort);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else if (x !== y) {
      return sign * (typeof x === "number" && typeof y === "number" ? x - y : text.compare(String(x), String(y)));
    }
    return exact.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
  });
}

/** The link a column header points to: the same column flips direction; a new one starts where it reads best. */
export function nextSort(current: OverviewSort, column: OverviewColumn): OverviewSort {
  if (current.sort === column) return { sort: column, dir: current.dir === "asc" ? "desc" : "asc" };
  const textual = column === "name" || column === "role" || column === "currency";
  return { sort: column, dir: textual ? "asc" : "desc" };
}
