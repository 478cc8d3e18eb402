import { buildTimeEntries } from "./time-map";
import type { StrategyTechnology, StrategyView } from "./types";
import { buildValueChain } from "./value-chain";

/** The strategy page's view model: the TIME map's entries and the value chain, from the evaluated portfolio. */
export function buildStrategyView(technologies: readonly StrategyTechnology[]): StrategyView {
  const counts = new Map<StrategyTechnology["row"]["category"], number>();
  for (const t of technologies) counts.set(t.row.category, (counts.get(t.row.category) ?? 0) + 1);
  return {
    technologyCount: technologies.length,
    entries: buildTimeEntries(technologies),
    valueChain: buildValueChain(technologies),
    categories: [...counts].map(([category, count]) => ({ category, count })).sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
  };
}
