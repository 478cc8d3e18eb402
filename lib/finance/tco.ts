/**
 * Total cost of ownership over a horizon, split by cost category and by investment year (months
 * 0–11 are year 0). Each (category, year) cell is rounded half-even once; every total is a sum of
 * rounded cells, so the parts always add up to the whole to the cent, as users check it.
 */
import { addCostItem, requireHorizon, type CostItem } from "./cashflow";
import { requireNonNegative } from "./errors";
import { roundHalfEven } from "./money";

export interface TcoBreakdown {
  totalCents: number;
  byCategory: Record<string, number>;
  byYear: number[];
  /** cents per category per investment year */
  byCategoryAndYear: Record<string, number[]>;
}

export interface TcoOptions {
  /** Scenario cost multiplier; defaults to 1. */
  costMultiplier?: number;
}

export function tco(costs: readonly CostItem[], horizonMonths: number, options: TcoOptions = {}): TcoBreakdown {
  const horizon = requireHorizon(horizonMonths);
  const multiplier = requireNonNegative(options.costMultiplier ?? 1, "costMultiplier");
  const monthly = new Map<string, Float64Array>();
  costs.forEach((item, i) => {
    const category = String(item.category);
    let series = monthly.get(category);
    if (!series) monthly.set(category, (series = new Float64Array(horizon)));
    addCostItem(series, item, multiplier, `costs[${i}]`);
  });

  const years = Math.ceil(horizon / 12);
  const byYear = new Array<number>(years).fill(0);
  const byCategoryAndYear: Record<string, number[]> = {};
  const byCategory: Record<string, number> = {};
  let totalCents = 0;
  for (const [category, series] of monthly) {
    const cells = new Array<number>(years).fill(0);
    for (let y = 0; y < years; y++) {
      let sum = 0;
      for (let m = y * 12; m < Math.min(horizon, y * 12 + 12); m++) sum += series[m];
      cells[y] = roundHalfEven(sum);
      byYear[y] += cells[y];
    }
    const categoryTotal = cells.reduce((a, b) => a + b, 0);
    byCategoryAndYear[category] = cells;
    byCategory[category] = categoryTotal;
    totalCents += categoryTotal;
  }
  return { totalCents, byCategory, byYear, byCategoryAndYear };
}
