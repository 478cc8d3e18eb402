/**
 * The budget optimizer's search effort (nodesExplored), against facts that do not come from the
 * implementation: a cost scale the common divisor removes must leave the search unchanged, the memo
 * bounds the search by the number of (depth, budget left) states, and the LP bounds prune all but a
 * sliver of the subset tree. Fixtures are built inside each test.
 */
import { describe, expect, it } from "vitest";
import { mulberry32, optimizeBudget, type BudgetPlan, type Proposal } from "./index";

const p = (id: string, costCents: number, npvCents: number): Proposal => ({ id, costCents, npvCents, roi: null, alignmentScore: null });

/** The plan without its search effort, to compare two plans' answers. */
const answer = (plan: BudgetPlan) => ({ chosen: plan.chosen, totalValue: plan.totalValue, leftOut: plan.leftOut.map(({ id, reason, value, valueLost, displacedIds }) => ({ id, reason, value, valueLost, displacedIds })) });

describe("search effort", () => {
  it("costs in whole euros (or thousands) search exactly as the same costs in cents", () => {
    // The documented common divisor: scaling every cost by k, and the budget by k plus less than k,
    // changes nothing, not even the number of nodes. Value exactly proportional to cost (the hard
    // case) and a budget with a remainder, which an unscaled search would chase cent by cent.
    const rand = mulberry32(7);
    const rows = Array.from({ length: 24 }, () => 1 + Math.floor(rand() * 60));
    const base = rows.map((c, i) => p(`p${i}`, c, 3 * c));
    const budget = Math.floor(rows.reduce((s, c) => s + c, 0) / 2);
    const plan = optimizeBudget(base, budget, "npv");
    for (const k of [100, 1_000]) {
      const scaled = rows.map((c, i) => p(`p${i}`, c * k, 3 * c));
      const scaledPlan = optimizeBudget(scaled, budget * k + (k - 1), "npv");
      expect(answer(scaledPlan), `× ${k}`).toEqual(answer(plan));
      expect(scaledPlan.nodesExplored, `× ${k}`).toBe(plan.nodesExplored);
    }
  });

  it("identical proposals: the memo bounds each search by its (depth, budget left) states", () => {
    // 20 identical proposals and a smaller one, budget 31: every way of taking j of the 20 reaches the
    // same state (depth, budget left 31 − 3j) with the same value, which the memo searches once. So a
    // search visits at most 1 + 2 × (depth levels) × (budgets left) nodes — the tree of subsets would
    // have millions. The plan runs one search, plus one what-if per better_combination.
    const proposals = [...Array.from({ length: 20 }, (_, i) => p(`a${i}`, 3, 5)), p("z", 2, 3)];
    const plan = optimizeBudget(proposals, 31, "npv");
    expect(plan.chosen).toEqual(Array.from({ length: 10 }, (_, i) => `a${i}`));
    expect(plan.totalValue).toBe(50);
    const whatIfs = plan.leftOut.filter((l) => l.reason === "better_combination");
    expect(whatIfs).toHaveLength(11);
    for (const l of whatIfs) expect(l.valueLost).toBe(l.id === "z" ? 2 : 0);
    const statesPerSearch = (proposals.length + 1) * (31 + 1);
    expect(plan.nodesExplored).toBeLessThanOrEqual((1 + whatIfs.length) * (1 + 2 * statesPerSearch));
  });

  it("a what-if search starts from the optimal plan: node for node, traced by hand", () => {
    // a (1 → 6), b (5 → 7), c (6 → 9), d (6 → 1), budget 11. Ranked by value per cent: a (6), c (1.5),
    // b (1.4), d (0.17). Nodes are visits of (next proposal, budget left, value so far); a node whose
    // remaining proposals all fit is a leaf; otherwise it is pruned when even the LP relaxation (the
    // proposals that fit, then a fraction of the next, or the next forced in at the expense of a
    // fraction of the one before) cannot beat the best plan so far by a cent.
    // Main search (12 nodes): 1 root; 2 take a; 3 take c (budget left 4, value 15); 4 b does not fit;
    // 5 leaf {a, c} = 15. 6 a without c: left 10, at most 6 + 7 + 1 − 1.4 < 16, pruned. 7 without a:
    // 8 take c; 9 take b (left 0, value 16); 10 leaf {c, b} = 16; 11 c without b, pruned (only d left,
    // which does not fit); 12 without a and c: all of b and d fit, 8 < 16.
    // What-if a (forced in: budget 10 for c, b, d), seeded with {b, c}: c fits, b no longer does, so
    // the search starts from 9 − 1 = 8: 1 root; 2 take c; 3 b does not fit; 4 d does not fit either,
    // leaf {c} = 9; 5 without c, pruned. 5 nodes; with a, 15: one less than 16.
    // What-if d (budget 5 for a, c, b), seeded: c does not fit, b does, so the search starts from
    // 7 − 1 = 6: 1 root; 2 take a; 3 pruned (left 4, 6 + nothing that fits < 7); 4 without a; 5 leaf
    // {b} = 7. 5 nodes; with d, 8: eight less. Unseeded, node 3 would have to reach a leaf first.
    const proposals = [p("a", 1, 6), p("b", 5, 7), p("c", 6, 9), p("d", 6, 1)];
    const plan = optimizeBudget(proposals, 11, "npv");
    expect(plan.chosen).toEqual(["b", "c"]);
    expect(plan.leftOut.map((l) => [l.id, l.valueLost, l.displacedIds])).toEqual([
      ["a", 1, ["b"]],
      ["d", 8, ["c"]],
    ]);
    expect(plan.nodesExplored).toBe(12 + 5 + 5);
    // The main search alone is 12 nodes: with 12 allowed it is proven (the what-ifs go unexplained),
    // with 11 it is not.
    expect(optimizeBudget(proposals, 11, "npv", { maxNodes: 12 }).nodesExplored).toBe(12);
    expect(() => optimizeBudget(proposals, 11, "npv", { maxNodes: 11 })).toThrow(expect.objectContaining({ code: "NO_CONVERGENCE" }));
  });

  it("the LP bounds prune all but a sliver of the subset tree, also when the last proposal breaks the budget", () => {
    // Strongly correlated values (cost + 10): the classic hard case for branch and bound. 16 candidates
    // have 65,536 subsets; the bounds (including the fractional last proposal) leave a few dozen nodes.
    const rand = mulberry32(912);
    const n = 10 + Math.floor(rand() * 30);
    const proposals = Array.from({ length: n }, (_, i) => {
      const c = 1 + Math.floor(rand() * 100);
      return p(`p${i}`, c, c + 10);
    });
    const budget = Math.floor(proposals.reduce((s, x) => s + x.costCents, 0) * (0.1 + 0.8 * rand()));
    expect(n).toBe(16);
    const plan = optimizeBudget(proposals, budget, "npv");
    // The optimum by enumeration.
    let best = 0;
    for (let mask = 0; mask < 1 << n; mask++) {
      let cost = 0;
      let value = 0;
      for (let i = 0; i < n; i++) {
        if (mask & (1 << i)) {
          cost += proposals[i].costCents;
          value += proposals[i].npvCents;
        }
      }
      if (cost <= budget && value > best) best = value;
    }
    expect(plan.totalValue).toBe(best);
    expect(plan.nodesExplored).toBeLessThan(2 ** n / 100);
  });
});
