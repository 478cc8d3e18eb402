/**
 * The TIME map's lists: each technology with the four drivers behind its quadrant, and the quadrants'
 * lists in map order. The drivers' scores come from lib/finance's timeQuadrant explainer, fed the same
 * inputs lib/portfolio/metrics hands to timeQuadrant, so the scores shown lead to the placement shown.
 */
import { explain, TIME_RULES, type TimeQuadrant } from "@/lib/finance";
import type { QuadrantList, StrategyTechnology, TimeEntry } from "./types";

/** Map order: top row (high value) invest | migrate, bottom row tolerate | eliminate. */
export const TIME_ORDER: readonly TimeQuadrant[] = ["invest", "migrate", "tolerate", "eliminate"];

/** Every technology with its drivers, in name order; relative cost is the row's (against the mean of the technologies in use). */
export function buildTimeEntries(all: readonly StrategyTechnology[]): TimeEntry[] {
  return all
    .flatMap((t): TimeEntry[] => {
      const { row } = t;
      if (row.timeQuadrant === null) return []; // proposed or retired: off the map
      const relativeCost = row.relativeCost;
      const scores = explain.timeQuadrant({ alignmentScore: row.alignmentScore ?? 0, roi: row.roi ?? 0, riskScore: row.riskScore ?? 1, relativeCost }).inputs;
      return [{
        id: row.id,
        name: row.name,
        category: row.category,
        quadrant: row.timeQuadrant,
        businessValue: row.businessValue,
        costRisk: row.costRisk,
        annualRunRateCents: row.annualRunRateCents,
        drivers: {
          alignmentScore: row.alignmentScore,
          roi: row.roi,
          riskScore: row.riskScore,
          relativeCost,
          roiScore: scores.roiScore,
          riskPct: scores.riskPct,
          costPct: scores.costPct,
        },
      }];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** How far into its quadrant a technology sits: the distance past both dividing lines, in points. */
export function depthInQuadrant(e: Pick<TimeEntry, "quadrant" | "businessValue" | "costRisk">): number {
  const valueSide = e.quadrant === "invest" || e.quadrant === "migrate" ? 1 : -1;
  const costSide = e.quadrant === "migrate" || e.quadrant === "eliminate" ? 1 : -1;
  return valueSide * (e.businessValue - TIME_RULES.valueHigh) + costSide * (e.costRisk - TIME_RULES.costRiskHigh);
}

/** The four quadrants in map order, each listing its technologies clearest case first (then by name). */
export function buildQuadrantLists(entries: readonly TimeEntry[]): QuadrantList[] {
  return TIME_ORDER.map((quadrant) => {
    const own = entries
      .filter((e) => e.quadrant === quadrant)
      .sort((a, b) => depthInQuadrant(b) - depthInQuadrant(a) || a.name.localeCompare(b.name));
    return { quadrant, entries: own, runRateCents: own.reduce((sum, e) => sum + e.annualRunRateCents, 0) };
  });
}

/** The rules behind the map, for "How is this computed?": the thresholds and formula lib/finance uses. */
export function timeRules() {
  const { formula } = explain.timeQuadrant({ alignmentScore: 0, roi: 0, riskScore: 1, relativeCost: 0 });
  const v = TIME_RULES.valueHigh;
  const c = TIME_RULES.costRiskHigh;
  return {
    thresholds: TIME_RULES,
    formula,
    quadrants: [
      { quadrant: "invest", rule: `business value ≥ ${v} and cost & risk < ${c}` },
      { quadrant: "migrate", rule: `business value ≥ ${v} and cost & risk ≥ ${c}` },
      { quadrant: "tolerate", rule: `business value < ${v} and cost & risk < ${c}` },
      { quadrant: "eliminate", rule: `business value < ${v} and cost & risk ≥ ${c}` },
    ] satisfies { quadrant: TimeQuadrant; rule: string }[],
  };
}
