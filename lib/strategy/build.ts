import { countsInPortfolio, isInUse } from "@/lib/portfolio/valuation";
import { buildTimeEntries } from "./time-map";
import type { StrategyTechnology, StrategyView } from "./types";
import { buildValueChain } from "./value-chain";

/**
 * The strategy page's view model, from the evaluated portfolio: the TIME map of the technologies in use, and
 * the value chain of the technologies the portfolio's money counts (all but proposed), so its total is the
 * portfolio valuation's.
 */
export function buildStrategyView(all: readonly StrategyTechnology[]): StrategyView {
  const technologies = all.filter((t) => countsInPortfolio(t.row.status));
  const entries = buildTimeEntries(all.filter((t) => isInUse(t.row.status)));
  // The category chips filter the TIME map, so they count what is on it.
  const counts = new Map<StrategyTechnology["row"]["category"], number>();
  for (const e of entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  return {
    technologyCount: technologies.length,
    entries,
    valueChain: buildValueChain(technologies),
    categories: [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  };
}
