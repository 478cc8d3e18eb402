/** The TIME map's geometry: 0–100 scores to SVG coordinates, and how the dots shrink as they multiply. */
import { TIME_RULES, type TimeQuadrant } from "@/lib/finance";

export const MAP = { width: 640, height: 440, left: 52, right: 16, top: 16, bottom: 44 } as const;
export const PLOT = { width: MAP.width - MAP.left - MAP.right, height: MAP.height - MAP.top - MAP.bottom } as const;

const clamp = (v: number) => Math.min(100, Math.max(0, Number.isFinite(v) ? v : 0));

/** Cost & risk (0–100) → x; more cost and risk to the right. */
export const xOf = (costRisk: number): number => MAP.left + (clamp(costRisk) / 100) * PLOT.width;
/** Business value (0–100) → y; more value higher up. */
export const yOf = (businessValue: number): number => MAP.top + (1 - clamp(businessValue) / 100) * PLOT.height;

/** Dots get smaller as the portfolio grows so that 300 technologies still read as a cloud, not a blot. */
export function dotRadius(count: number): number {
  if (count <= 40) return 7;
  if (count <= 120) return 5;
  return 3.5;
}

/** Quadrant rectangles in SVG coordinates, from the thresholds in lib/finance (the same the quadrant uses). */
export function quadrantRects(): Record<TimeQuadrant, { x: number; y: number; width: number; height: number }> {
  const midX = xOf(TIME_RULES.costRiskHigh);
  const midY = yOf(TIME_RULES.valueHigh);
  const right = MAP.left + PLOT.width;
  const bottom = MAP.top + PLOT.height;
  return {
    invest: { x: MAP.left, y: MAP.top, width: midX - MAP.left, height: midY - MAP.top },
    migrate: { x: midX, y: MAP.top, width: right - midX, height: midY - MAP.top },
    tolerate: { x: MAP.left, y: midY, width: midX - MAP.left, height: bottom - midY },
    eliminate: { x: midX, y: midY, width: right - midX, height: bottom - midY },
  };
}

export const quadrantOrder: TimeQuadrant[] = ["invest", "migrate", "tolerate", "eliminate"];

export function countByQuadrant(points: { quadrant: TimeQuadrant }[]): Record<TimeQuadrant, number> {
  const counts: Record<TimeQuadrant, number> = { invest: 0, migrate: 0, tolerate: 0, eliminate: 0 };
  for (const p of points) counts[p.quadrant] += 1;
  return counts;
}

/** What each quadrant advises, for the labels and the list. */
export const quadrantAdvice: Record<TimeQuadrant, string> = {
  invest: "Invest: high value, low cost & risk",
  migrate: "Migrate: high value, high cost & risk",
  tolerate: "Tolerate: low value, low cost & risk",
  eliminate: "Eliminate: low value, high cost & risk",
};

/** A dot as the browser receives it: [technology id, name, x, y, index in quadrantOrder]. */
export type MapDot = [id: string, name: string, x: number, y: number, quadrant: number];

/** All dots of one quadrant as one SVG path of circles: one element instead of hundreds. */
export function dotsPath(dots: readonly MapDot[], quadrant: number, r: number): string {
  let d = "";
  for (const [, , x, y, q] of dots) if (q === quadrant) d += `M${x - r} ${y}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
  return d;
}

/** The dot under (x, y), within `reach`; the nearest wins where dots overlap. */
export function nearestDot(dots: readonly MapDot[], x: number, y: number, reach: number): number | null {
  let best: number | null = null;
  let bestDistance = reach * reach;
  dots.forEach(([, , dx, dy], i) => {
    const distance = (dx - x) ** 2 + (dy - y) ** 2;
    if (distance <= bestDistance) [best, bestDistance] = [i, distance];
  });
  return best;
}
