/** The strategy page's URL state: ?quadrant= and ?category= narrow the TIME map; anything unknown is ignored. */
import { z } from "zod";
import { investmentCategories } from "@/lib/domain/values";
import type { TimeQuadrant } from "@/lib/finance";
import { TIME_ORDER } from "./time-map";
import type { InvestmentCategory, TimeEntry } from "./types";

export type StrategyFilters = { quadrant: TimeQuadrant | null; category: InvestmentCategory | null };

type Param = string | string[] | undefined;
const first = (v: Param) => (Array.isArray(v) ? v[0] : v);
const quadrantParam = z.enum(TIME_ORDER as [TimeQuadrant, ...TimeQuadrant[]]);
const categoryParam = z.enum(investmentCategories);

export function parseStrategyFilters(params: { quadrant?: Param; category?: Param }): StrategyFilters {
  const quadrant = quadrantParam.safeParse(first(params.quadrant));
  const category = categoryParam.safeParse(first(params.category));
  return { quadrant: quadrant.success ? quadrant.data : null, category: category.success ? category.data : null };
}

/** The map shows every quadrant of the chosen category; the quadrant filter narrows the lists beside it. */
export function filterByCategory(entries: readonly TimeEntry[], category: InvestmentCategory | null): TimeEntry[] {
  return category ? entries.filter((e) => e.category === category) : [...entries];
}

/** The page's URL with one filter changed (null removes it); the other is kept. */
export function strategyHref(slug: string, filters: StrategyFilters, change: Partial<StrategyFilters>): string {
  const next = { ...filters, ...change };
  const query = new URLSearchParams();
  if (next.quadrant) query.set("quadrant", next.quadrant);
  if (next.category) query.set("category", next.category);
  const qs = query.toString();
  return `/w/${slug}/strategy${qs ? `?${qs}` : ""}`;
}
