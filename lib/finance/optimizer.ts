/**
 * Budget optimizer (strategy module): the set of proposed technologies worth the most within a budget,
 * solved exactly as a 0/1 knapsack, beside the naive "highest ROI first" pick.
 *
 * Values are integer cents, so totals are exact and the optimum is reproducible:
 * - "npv": a proposal's value is its risk-adjusted NPV, npvCents;
 * - "alignment_weighted": npvCents × (alignmentScore ?? 0) / 100, rounded half-even to a cent, so an
 *   unaligned proposal (score 0 or none) is worth nothing and a fully aligned one its whole NPV.
 * A proposal worth ≤ 0 is never chosen, nor one costing more than the whole budget.
 *
 * Exact method: depth-first branch and bound over the proposals ranked by value per cent of cost
 * (ties: the costlier first, then input order), pruned by the Martello–Toth bound (the LP relaxation
 * with the break item decided) and by a memo of states already seen (same depth, same budget left, at
 * least as much value). Costs are first divided by their common divisor, so costs in whole euros or
 * thousands search a smaller state space. Among plans of equal value, the chosen one is the one that
 * takes the proposal where they first differ in that ranking. The answer is the proven optimum or a
 * FinanceError("NO_CONVERGENCE") at the node limit, never a guess. Realistic sets of 60 proposals take
 * well under 10 ms; adversarial ones (value exactly proportional to cost) can take up to about a second
 * before the limit (bench/optimizer.ts).
 */
import { FinanceError, invalid, requireFinite } from "./errors";
import { requireCents, roundHalfEven } from "./money";

export interface Proposal {
  id: string;
  /** Used in the `why` texts; defaults to the id. */
  name?: string;
  /** What counts against the budget: integer cents ≥ 0. */
  costCents: number;
  /** Risk-adjusted NPV, integer cents. */
  npvCents: number;
  /** Only the naive pick uses it (highest first); null ranks last. */
  roi: number | null;
  /** 0–100; null counts as 0 under "alignment_weighted". */
  alignmentScore: number | null;
}

export type Objective = "npv" | "alignment_weighted";

/**
 * negative_value: worth ≤ 0 under the objective; over_budget: costs more than the whole budget;
 * better_combination: the optimizer found more value without it; budget_spent: the naive pick ran
 * out of budget on higher-ROI proposals.
 */
export type LeftOutReason = "negative_value" | "over_budget" | "better_combination" | "budget_spent";

export interface LeftOut {
  id: string;
  reason: LeftOutReason;
  why: string;
  /** The proposal's value under the objective (cents). */
  value: number;
  /** better_combination (unless the node limit cut it short): the chosen proposals the best plan that includes this one drops. */
  displacedIds?: string[];
  /** better_combination only: optimum − best value of a plan that includes this one (≥ 0; 0 is a tie). */
  valueLost?: number;
}

export interface BudgetPlan {
  objective: Objective;
  method: "exact" | "highest_roi_first";
  exact: boolean;
  /** Ids in input order. */
  chosen: string[];
  /** Every other proposal, in input order. */
  leftOut: LeftOut[];
  budgetCents: number;
  totalCostCents: number;
  budgetLeftCents: number;
  /** Σ value under the objective, cents. */
  totalValue: number;
  /** Σ npvCents of the chosen set, whatever the objective. */
  totalNpvCents: number;
  /** Branch-and-bound nodes, including the what-if searches behind each better_combination; 0 for naive. */
  nodesExplored: number;
}

export interface OptimizeOptions {
  /**
   * Search nodes allowed per call, default 2,000,000 (about a second at worst). The optimum must be
   * proven within it or the call throws NO_CONVERGENCE; the what-if searches behind better_combination
   * use what is left, and past it those proposals keep their reason without displacedIds/valueLost.
   */
  maxNodes?: number;
}

export const OPTIMIZER_DEFAULT_MAX_NODES = 2_000_000;
const MEMO_MAX_ENTRIES = 1 << 18;

/** Proposal value under an objective, integer cents (see the module comment). */
export function proposalValue(p: Proposal, objective: Objective): number {
  return objective === "npv" ? p.npvCents : roundHalfEven((p.npvCents * (p.alignmentScore ?? 0)) / 100);
}

interface Prepared {
  values: number[];
  /** Input indices that can be chosen: value > 0 and cost ≤ budget. */
  candidates: number[];
  leftOut: Map<number, LeftOut>;
}

function prepare(proposals: readonly Proposal[], budgetCents: number, objective: Objective): Prepared {
  if (!Array.isArray(proposals)) invalid("proposals must be an array");
  requireCents(budgetCents, "budgetCents");
  if (budgetCents < 0) invalid(`budgetCents must not be negative, got ${budgetCents}`);
  if (objective !== "npv" && objective !== "alignment_weighted") invalid(`unknown objective ${String(objective)}`);
  const ids = new Set<string>();
  const values: number[] = [];
  const candidates: number[] = [];
  const leftOut = new Map<number, LeftOut>();
  let totalValue = 0;
  let totalCost = 0;
  proposals.forEach((p, i) => {
    if (typeof p.id !== "string" || p.id === "") invalid(`proposals[${i}].id must be a non-empty string`);
    if (ids.has(p.id)) invalid(`proposal id ${p.id} appears twice`);
    ids.add(p.id);
    requireCents(p.costCents, `proposals[${i}].costCents`);
    if (p.costCents < 0) invalid(`proposals[${i}].costCents must not be negative, got ${p.costCents}`);
    requireCents(p.npvCents, `proposals[${i}].npvCents`);
    if (p.roi !== null) requireFinite(p.roi, `proposals[${i}].roi`);
    if (p.alignmentScore !== null) {
      requireFinite(p.alignmentScore, `proposals[${i}].alignmentScore`);
      if (p.alignmentScore < 0 || p.alignmentScore > 100) invalid(`proposals[${i}].alignmentScore must be between 0 and 100, got ${p.alignmentScore}`);
    }
    const value = proposalValue(p, objective);
    values.push(value);
    if (value <= 0) {
      const why =
        objective === "alignment_weighted" && !p.alignmentScore
          ? "it serves no strategic goal (alignment 0), so its alignment-weighted value is zero"
          : `its ${objective === "npv" ? "risk-adjusted NPV" : "alignment-weighted value"} is ${value < 0 ? "negative" : "zero"}`;
      leftOut.set(i, { id: p.id, reason: "negative_value", value, why });
    } else if (p.costCents > budgetCents) {
      leftOut.set(i, { id: p.id, reason: "over_budget", value, why: "it costs more than the whole budget" });
    } else {
      candidates.push(i);
      totalValue += value;
      totalCost += p.costCents;
    }
  });
  if (totalValue > Number.MAX_SAFE_INTEGER || totalCost > Number.MAX_SAFE_INTEGER) {
    throw new FinanceError("OVERFLOW", "the proposals' total value or cost does not fit in exact integer cents");
  }
  return { values, candidates, leftOut };
}

interface Item {
  index: number;
  cost: number;
  value: number;
}

/** Candidates by value per cent of cost, highest first (free ones first); ties: the costlier, then input order. */
function byDensity(items: Item[]): Item[] {
  const density = (it: Item) => (it.cost === 0 ? Infinity : it.value / it.cost);
  return items.map((it) => ({ it, d: density(it) })).sort((a, b) => b.d - a.d || b.it.cost - a.it.cost || a.it.index - b.it.index).map((x) => x.it);
}

interface NodeBudget {
  nodesLeft: number;
  used: number;
  limit: number;
}

/** The ranked items as arrays, with prefix sums: pc[k] / pv[k] = cost / value of items 0..k−1. */
interface Ranked {
  m: number;
  cost: Float64Array;
  value: Float64Array;
  pc: Float64Array;
  pv: Float64Array;
}

function ranked(items: readonly Item[]): Ranked {
  const m = items.length;
  const cost = Float64Array.from(items, (it) => it.cost);
  const value = Float64Array.from(items, (it) => it.value);
  const pc = new Float64Array(m + 1);
  const pv = new Float64Array(m + 1);
  for (let k = 0; k < m; k++) {
    pc[k + 1] = pc[k] + cost[k];
    pv[k + 1] = pv[k] + value[k];
  }
  return { m, cost, value, pc, pv };
}

/**
 * A known plan speeds the search up: greedily the seed's items, then any others that still fit. Its value
 * is one cent below the plan's, so the search still ends on the documented pick among equals.
 */
function seededBest(items: readonly Item[], capacity: number, seed?: Set<number>): { take: boolean[]; value: number } {
  const take = new Array<boolean>(items.length).fill(false);
  let value = -1;
  if (!seed) return { take, value };
  let cap = capacity;
  for (const pass of [true, false]) {
    items.forEach((it, k) => {
      if (seed.has(it.index) === pass && !take[k] && it.cost <= cap) {
        take[k] = true;
        cap -= it.cost;
        value += it.value;
      }
    });
  }
  return { take, value };
}

/**
 * Martello–Toth bound: whole items while they fit, then the break item b either left out (a fraction of
 * the next item fills the rest) or forced in (a fraction of the item before it makes room). True when the
 * subtree cannot beat best; the fractions get a relative margin so rounding never prunes the optimum.
 */
function cannotBeat({ m, cost, value, pc, pv }: Ranked, k: number, cap: number, val: number, best: number): boolean {
  let b = k;
  let hi = m;
  while (b < hi) {
    const mid = (b + hi + 1) >> 1;
    if (pc[mid] - pc[k] <= cap) b = mid;
    else hi = mid - 1;
  }
  const gap = best + 1 - (val + pv[b] - pv[k]);
  if (gap <= 0) return false;
  const rem = cap - (pc[b] - pc[k]);
  const without = b + 1 < m ? ((rem * value[b + 1]) / cost[b + 1]) * (1 + 1e-12) : 0;
  const withIt = b > k && cost[b - 1] > 0 ? value[b] - (((cost[b] - rem) * value[b - 1]) / cost[b - 1]) * (1 - 1e-12) : -Infinity;
  return without < gap && withIt < gap;
}

/** States already seen: (depth, budget left) → the most value reached there, up to MEMO_MAX_ENTRIES. */
function stateMemo(m: number): (k: number, cap: number, val: number) => boolean {
  const memo = Array.from({ length: m + 1 }, () => new Map<number, number>());
  let size = 0;
  return (k, cap, val) => {
    const seen = memo[k].get(cap);
    if (seen !== undefined && seen >= val) return true; // an earlier prefix reached this budget with at least this value
    if (size < MEMO_MAX_ENTRIES) {
      if (seen === undefined) size++;
      memo[k].set(cap, val);
    }
    return false;
  };
}

function countNode(budget: NodeBudget): void {
  if (--budget.nodesLeft < 0) {
    throw new FinanceError("NO_CONVERGENCE", `budget optimizer: ${budget.limit} search nodes were not enough to prove the optimum`);
  }
  budget.used++;
}

/** Exact 0/1 knapsack by branch and bound; items sorted by byDensity, all values > 0. */
function knapsack(items: readonly Item[], capacity: number, budget: NodeBudget, seed?: Set<number>): { take: boolean[]; value: number } {
  const r = ranked(items);
  const { m, cost, value, pc, pv } = r;
  const dominated = stateMemo(m);
  const cur = new Array<boolean>(m).fill(false);
  let { take: bestTake, value: best } = seededBest(items, capacity, seed);

  const visit = (k: number, cap: number, val: number): void => {
    countNode(budget);
    if (pc[m] - pc[k] <= cap) {
      // Everything left fits: taking it all is the best (and first, include-first) plan of this subtree.
      const total = val + pv[m] - pv[k];
      if (total > best) {
        best = total;
        bestTake = cur.slice();
        for (let j = k; j < m; j++) bestTake[j] = true;
      }
      return;
    }
    if (cannotBeat(r, k, cap, val, best) || dominated(k, cap, val)) return;
    if (cost[k] <= cap) {
      cur[k] = true;
      visit(k + 1, cap - cost[k], val + value[k]);
      cur[k] = false;
    }
    visit(k + 1, cap, val);
  };
  visit(0, capacity, 0);
  return { take: bestTake, value: best };
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** "A", "A and B", "A, B and C", "A, B and 3 others". */
function listNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  if (names.length > 3) return `${names.slice(0, 2).join(", ")} and ${names.length - 2} others`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function finishPlan(
  proposals: readonly Proposal[],
  budgetCents: number,
  objective: Objective,
  prep: Prepared,
  chosen: Set<number>,
  method: BudgetPlan["method"],
  nodesExplored: number,
): BudgetPlan {
  let totalCostCents = 0;
  let totalValue = 0;
  let totalNpvCents = 0;
  for (const i of chosen) {
    totalCostCents += proposals[i].costCents;
    totalValue += prep.values[i];
    totalNpvCents += proposals[i].npvCents;
  }
  return {
    objective,
    method,
    exact: method === "exact",
    chosen: proposals.filter((_, i) => chosen.has(i)).map((p) => p.id),
    leftOut: [...prep.leftOut.entries()].sort((a, b) => a[0] - b[0]).map(([, l]) => l),
    budgetCents,
    totalCostCents,
    budgetLeftCents: budgetCents - totalCostCents,
    totalValue,
    totalNpvCents,
    nodesExplored,
  };
}

/**
 * The most valuable set of proposals costing at most budgetCents, exact. Every proposal left out gets
 * a reason; for better_combination, the best plan forced to include it is solved too, giving what it
 * would displace and the value lost.
 */
export function optimizeBudget(proposals: readonly Proposal[], budgetCents: number, objective: Objective, options: OptimizeOptions = {}): BudgetPlan {
  const prep = prepare(proposals, budgetCents, objective);
  const limit = options.maxNodes ?? OPTIMIZER_DEFAULT_MAX_NODES;
  if (!Number.isSafeInteger(limit) || limit < 1) invalid(`maxNodes must be a positive integer, got ${limit}`);
  const budget = { nodesLeft: limit, used: 0, limit };
  const unit = prep.candidates.reduce((g, i) => gcd(g, proposals[i].costCents), 0) || 1;
  const capacity = Math.floor(budgetCents / unit);
  const items = byDensity(prep.candidates.map((i) => ({ index: i, cost: proposals[i].costCents / unit, value: prep.values[i] })));
  const best = knapsack(items, capacity, budget);
  const chosen = new Set(items.filter((_, k) => best.take[k]).map((it) => it.index));

  let explaining = true;
  for (const x of items) {
    if (chosen.has(x.index)) continue;
    const id = proposals[x.index].id;
    const rest = items.filter((it) => it !== x);
    let forced: { take: boolean[]; value: number } | null = null;
    try {
      if (explaining) forced = knapsack(rest, capacity - x.cost, budget, chosen);
    } catch (e) {
      // The plan is proven optimal already; only the what-if ran out of nodes, so it goes unexplained.
      if (!(e instanceof FinanceError) || e.code !== "NO_CONVERGENCE") throw e;
      explaining = false;
    }
    if (!forced) {
      prep.leftOut.set(x.index, { id, reason: "better_combination", value: x.value, why: "the best plan does without it (what it would displace was not worked out within the node limit)" });
      continue;
    }
    const withX = new Set(rest.filter((_, k) => forced.take[k]).map((it) => it.index));
    const displaced = [...chosen].filter((i) => !withX.has(i)).sort((a, b) => a - b);
    const valueLost = best.value - (forced.value + x.value);
    const names = listNames(displaced.map((i) => proposals[i].name ?? proposals[i].id));
    prep.leftOut.set(x.index, {
      id,
      reason: "better_combination",
      value: x.value,
      why: valueLost > 0 ? `the budget buys more value with ${names}` : `the same value comes from ${names}; on a tie, the plan with the best value-for-money proposal wins`,
      displacedIds: displaced.map((i) => proposals[i].id),
      valueLost,
    });
  }
  return finishPlan(proposals, budgetCents, objective, prep, chosen, "exact", budget.used);
}

/**
 * The naive pick: proposals by ROI, highest first (null last, ties in input order), each taken if it
 * still fits. It skips the same worthless and over-budget proposals as optimizeBudget, so the gap
 * between the two is the cost of ranking by ROI alone.
 */
export function naiveByRoi(proposals: readonly Proposal[], budgetCents: number, objective: Objective = "npv"): BudgetPlan {
  const prep = prepare(proposals, budgetCents, objective);
  const order = [...prep.candidates].sort((a, b) => {
    const ra = proposals[a].roi ?? -Infinity;
    const rb = proposals[b].roi ?? -Infinity;
    return ra === rb ? a - b : rb - ra;
  });
  const chosen = new Set<number>();
  const takenNames: string[] = [];
  let left = budgetCents;
  for (const i of order) {
    const p = proposals[i];
    if (p.costCents <= left) {
      chosen.add(i);
      takenNames.push(p.name ?? p.id);
      left -= p.costCents;
    } else {
      prep.leftOut.set(i, { id: p.id, reason: "budget_spent", value: prep.values[i], why: `higher-ROI picks (${listNames([...takenNames])}) left too little budget` });
    }
  }
  return finishPlan(proposals, budgetCents, objective, prep, chosen, "highest_roi_first", 0);
}
