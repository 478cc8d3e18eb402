import { TimeMapChart } from "@/components/dashboard/time-map-chart";
import type { TimeQuadrant } from "@/lib/finance";
import type { TimeEntry } from "@/lib/strategy/types";

/** The TIME map at full width; a chosen quadrant stays bright while the others fade. */
export function StrategyTimeMap({ entries, slug, focus }: { entries: TimeEntry[]; slug: string; focus: TimeQuadrant | null }) {
  return (
    <div data-testid="strategy-time-map" data-count={entries.length}>
      <TimeMapChart points={entries} slug={slug} focus={focus} />
    </div>
  );
}
