import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FinanceError, mulberry32, naiveByRoi, optimizeBudget, roundHalfEven, type BudgetPlan, type Objective, type Proposal } from "./index";

const p = (id: string, costCents: number, npvCents: number, roi: number | null = null, alignmentScore: number | null = null): Proposal => ({
  id,
  costCents,
  npvCents,
  roi,
  alignmentScore,
});

const valueOf = (x: Proposal, objective: Objective) => (objective === "npv" ? x.npvCents : roundHalfEven((x.npvCents * (x.alignmentScore ?? 0)) / 100));

/**
 * Every subset: the best value of any affordable set, and the documented pick among the sets reaching
 * it (worthless proposals never chosen; among equals, the set that takes the proposal where they first
 * differ, ranked by value per cent of cost, then the costlier, then input order).
 */
function bruteForce(proposals: Proposal[], budget: number, objective: Objective, mustInclude = -1) {
  const n = proposals.length;
  const values = proposals.map((x) => valueOf(x, objective));
  const density = proposals.map((x, i) => (x.costCents === 0 ? Infinity : values[i] / x.costCents));
  const order = proposals.map((_, i) => i).sort((a, b) => density[b] - density[a] || proposals[b].costCents - proposals[a].costCents || a - b);
  let best = -Infinity;
  let pick: number[] = [];
  let pickValue = -Infinity;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (mustInclude >= 0 && !(mask & (1 << mustInclude))) continue;
    let cost = 0;
    let value = 0;
    let worthless = false;
    for (let i = 0; i < n; i++) {
      if (!(mask & (1 << i))) continue;
      cost += proposals[i].costCents;
      value += values[i];
      if (values[i] <= 0) worthless = true;
    }
    if (cost > budget) continue;
    best = Math.max(best, value); // the optimum over all subsets, worthless proposals included
    const set = order.filter((i) => mask & (1 << i));
    if (!worthless && (value > pickValue || (value === pickValue && lexGreater(order, set, pick)))) {
      pick = set;
      pickValue = value;
    }
  }
  return { best, chosen: pick.sort((a, b) => a - b).map((i) => proposals[i].id) };
}

/** Going down the density order, a takes a proposal b does not before the converse happens. */
function lexGreater(order: number[], a: number[], b: number[]) {
  const A = new Set(a);
  const B = new Set(b);
  for (const i of order) if (A.has(i) !== B.has(i)) return A.has(i);
  return false;
}

function checkShape(plan: BudgetPlan, proposals: Proposal[], budget: number) {
  const ids = proposals.map((x) => x.id);
  const chosen = new Set(plan.chosen);
  expect(plan.chosen).toEqual(ids.filter((id) => chosen.has(id)));
  expect(plan.leftOut.map((l) => l.id)).toEqual(ids.filter((id) => !chosen.has(id)));
  const taken = proposals.filter((x) => chosen.has(x.id));
  expect(plan.totalCostCents).toBe(taken.reduce((s, x) => s + x.costCents, 0));
  expect(plan.totalCostCents).toBeLessThanOrEqual(budget);
  expect(plan.budgetLeftCents).toBe(budget - plan.totalCostCents);
  expect(plan.totalValue).toBe(taken.reduce((s, x) => s + valueOf(x, plan.objective), 0));
  expect(plan.totalNpvCents).toBe(taken.reduce((s, x) => s + x.npvCents, 0));
  for (const x of taken) expect(valueOf(x, plan.objective)).toBeGreaterThan(0);
}

const wide = fc.record({
  costCents: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000 })),
  npvCents: fc.integer({ min: -5_000, max: 20_000 }),
  roi: fc.option(fc.double({ min: -1, max: 5, noNaN: true })),
  alignmentScore: fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }))),
});
/** Small numbers, so equal values, equal densities and exact fills are common. */
const tight = fc.record({
  costCents: fc.integer({ min: 0, max: 12 }),
  npvCents: fc.integer({ min: -3, max: 12 }),
  roi: fc.option(fc.integer({ min: -1, max: 3 })),
  alignmentScore: fc.option(fc.constantFrom(0, 25, 50, 100)),
});
/** Value nearly proportional to cost: the bounds are tight and pruning is on a knife's edge. */
const correlated = fc
  .record({ costCents: fc.integer({ min: 1, max: 40 }), noise: fc.integer({ min: -2, max: 2 }), roi: fc.option(fc.integer({ min: 0, max: 3 })), alignmentScore: fc.option(fc.constantFrom(50, 100)) })
  .map(({ noise, ...r }) => ({ ...r, npvCents: 3 * r.costCents + noise }));
const rows = (row: fc.Arbitrary<Omit<Proposal, "id">>) => fc.array(row, { minLength: 4, maxLength: 12, size: "max" });
const instance = fc
  .tuple(fc.oneof(rows(wide), rows(tight), rows(correlated)), fc.integer({ min: 0, max: 100 }))
  .map(([rows, percent]) => {
    const proposals = rows.map((r, i) => ({ id: `p${i}`, ...r }));
    return { proposals, budget: Math.round((percent / 100) * proposals.reduce((s, x) => s + x.costCents, 0)) };
  });
const objective = fc.constantFrom<Objective>("npv", "alignment_weighted");

describe("optimizeBudget against brute force", () => {
  it("finds the optimum and the documented tie-break, for both objectives", () => {
    fc.assert(
      fc.property(instance, objective, ({ proposals, budget }, obj) => {
        const plan = optimizeBudget(proposals, budget, obj);
        const brute = bruteForce(proposals, budget, obj);
        expect(plan.totalValue).toBe(brute.best);
        expect(plan.chosen).toEqual(brute.chosen);
        expect(plan.exact).toBe(true);
        checkShape(plan, proposals, budget);
      }),
      { numRuns: 1_000 },
    );
  });

  it("explains each better_combination with the exact best plan that includes it", () => {
    fc.assert(
      fc.property(instance, objective, ({ proposals, budget }, obj) => {
        const plan = optimizeBudget(proposals, budget, obj);
        for (const l of plan.leftOut) {
          const i = proposals.findIndex((x) => x.id === l.id);
          const x = proposals[i];
          const v = valueOf(x, obj);
          expect(l.value).toBe(v);
          if (v <= 0) expect(l.reason).toBe("negative_value");
          else if (x.costCents > budget) expect(l.reason).toBe("over_budget");
          else {
            expect(l.reason).toBe("better_combination");
            const forced = bruteForce(proposals, budget, obj, i);
            expect(l.valueLost).toBe(plan.totalValue - forced.best);
            expect(l.displacedIds!.length).toBeGreaterThan(0);
            expect(l.displacedIds).toEqual(plan.chosen.filter((id) => !forced.chosen.includes(id)));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("is never worse than highest-ROI-first", () => {
    fc.assert(
      fc.property(instance, objective, ({ proposals, budget }, obj) => {
        const naive = naiveByRoi(proposals, budget, obj);
        checkShape(naive, proposals, budget);
        expect(naive.exact).toBe(false);
        expect(optimizeBudget(proposals, budget, obj).totalValue).toBeGreaterThanOrEqual(naive.totalValue);
      }),
    );
  });

  it("is exact at 60 proposals (checked against a dynamic program over a small budget)", () => {
    const dp = (items: { cost: number; value: number }[], budget: number) => {
      const best = new Array<number>(budget + 1).fill(0);
      for (const { cost, value } of items) if (value > 0) for (let b = budget; b >= cost; b--) best[b] = Math.max(best[b], best[b - cost] + value);
      return best[budget];
    };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.tuple(fc.integer({ min: 1, max: 997 }), fc.integer({ min: -200, max: 2_000 })), { minLength: 60, maxLength: 60 }),
          // nearly equal value per cent: the hard case for the bounds
          fc.array(fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: -3, max: 3 })).map(([c, e]) => [c, 5 * c + e] as [number, number]), { minLength: 60, maxLength: 60 }),
        ),
        fc.integer({ min: 5, max: 90 }),
        (rows, percent) => {
          const proposals = rows.map(([c, v], i) => p(`p${i}`, c, v));
          const budget = Math.round((percent / 100) * rows.reduce((s, [c]) => s + c, 0));
          const plan = optimizeBudget(proposals, budget, "npv");
          expect(plan.totalValue).toBe(dp(rows.map(([cost, value]) => ({ cost, value })), budget));
          checkShape(plan, proposals, budget);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("optimizeBudget cases", () => {
  it("beats highest-ROI-first when the top-ROI proposal blocks a better pair", () => {
    const proposals = [p("erp", 6_000_000, 9_000_000, 1.5), p("crm", 5_000_000, 7_000_000, 1.4), p("bi", 5_000_000, 7_000_000, 1.4)];
    const naive = naiveByRoi(proposals, 10_000_000);
    expect(naive.chosen).toEqual(["erp"]);
    expect(naive.totalValue).toBe(9_000_000);
    expect(naive.leftOut.map((l) => l.reason)).toEqual(["budget_spent", "budget_spent"]);
    const plan = optimizeBudget(proposals, 10_000_000, "npv");
    expect(plan.chosen).toEqual(["crm", "bi"]);
    expect(plan.totalValue).toBe(14_000_000);
    expect(plan.budgetLeftCents).toBe(0);
    expect(plan.leftOut).toEqual([
      { id: "erp", reason: "better_combination", value: 9_000_000, why: "the budget buys more value with crm and bi", displacedIds: ["crm", "bi"], valueLost: 5_000_000 },
    ]);
  });

  it("weights NPV by alignment under alignment_weighted, and unaligned proposals are worth nothing", () => {
    const proposals = [p("a", 100, 1_000, null, 20), p("b", 100, 400, null, 100), p("c", 10, 5_000, null, null)];
    const plan = optimizeBudget(proposals, 100, "alignment_weighted");
    expect(plan.chosen).toEqual(["b"]);
    expect(plan.totalValue).toBe(400);
    expect(plan.totalNpvCents).toBe(400);
    expect(plan.leftOut.map((l) => [l.id, l.reason, l.value])).toEqual([["a", "better_combination", 200], ["c", "negative_value", 0]]);
    expect(plan.leftOut[1].why).toContain("alignment 0");
    expect(optimizeBudget(proposals, 100, "npv").chosen).toEqual(["c"]);
    // 333 × 50/100 = 166.5 → 166 (half-even)
    expect(optimizeBudget([p("x", 1, 333, null, 50)], 1, "alignment_weighted").totalValue).toBe(166);
  });

  it("never takes a proposal with negative or zero value, even a free one", () => {
    const plan = optimizeBudget([p("loss", 0, -1), p("flat", 0, 0), p("gain", 5, 10)], 100, "npv");
    expect(plan.chosen).toEqual(["gain"]);
    expect(plan.leftOut.map((l) => [l.reason, l.why])).toEqual([
      ["negative_value", "its risk-adjusted NPV is negative"],
      ["negative_value", "its risk-adjusted NPV is zero"],
    ]);
    const allNegative = optimizeBudget([p("a", 1, -5), p("b", 2, -1)], 10, "npv");
    expect(allNegative.chosen).toEqual([]);
    expect(allNegative.totalValue).toBe(0);
  });

  it("with a zero budget takes only free proposals", () => {
    const plan = optimizeBudget([p("free", 0, 7), p("paid", 1, 100), p("free-loss", 0, -7)], 0, "npv");
    expect(plan.chosen).toEqual(["free"]);
    expect(plan.leftOut.map((l) => l.reason)).toEqual(["over_budget", "negative_value"]);
    expect(plan.budgetLeftCents).toBe(0);
    expect(optimizeBudget([], 0, "npv")).toMatchObject({ chosen: [], leftOut: [], totalValue: 0, totalCostCents: 0 });
  });

  it("when everything costs more than the budget, chooses nothing", () => {
    const plan = optimizeBudget([p("a", 101, 500), p("b", 200, 1_000)], 100, "npv");
    expect(plan.chosen).toEqual([]);
    expect(plan.leftOut.map((l) => [l.reason, l.why])).toEqual([
      ["over_budget", "it costs more than the whole budget"],
      ["over_budget", "it costs more than the whole budget"],
    ]);
    expect(plan.budgetLeftCents).toBe(100);
  });

  it("breaks ties toward the denser proposal, then the costlier, then input order", () => {
    // {a} and {b, c} are both worth 10; c is the densest proposal (4/2), so {b, c} wins, and a is told it was a tie.
    const plan = optimizeBudget([p("b", 8, 6), p("c", 2, 4), p("a", 10, 10)], 10, "npv");
    expect(plan.chosen).toEqual(["b", "c"]);
    expect(plan.leftOut).toEqual([
      { id: "a", reason: "better_combination", value: 10, valueLost: 0, displacedIds: ["b", "c"], why: "the same value comes from b and c; on a tie, the plan with the best value-for-money proposal wins" },
    ]);
    // Equal density: the costlier first ({big} over {s1, s2}); identical proposals: the earlier one.
    expect(optimizeBudget([p("s1", 2, 2), p("s2", 2, 2), p("big", 4, 4)], 4, "npv").chosen).toEqual(["big"]);
    expect(optimizeBudget([p("x", 5, 5), p("y", 5, 5)], 5, "npv").chosen).toEqual(["x"]);
    expect(optimizeBudget([p("y", 5, 5), p("x", 5, 5)], 5, "npv").chosen).toEqual(["y"]);
  });

  it("is deterministic, and independent of input order when densities differ", () => {
    const rand = mulberry32(99);
    const proposals = Array.from({ length: 40 }, (_, i) => p(`p${i}`, 1 + Math.floor(rand() * 50_000), Math.floor(rand() * 90_000) - 10_000, rand(), Math.floor(rand() * 101)));
    const budget = 300_000;
    for (const obj of ["npv", "alignment_weighted"] as const) {
      const plan = optimizeBudget(proposals, budget, obj);
      expect(optimizeBudget(proposals, budget, obj)).toEqual(plan);
      const reversed = optimizeBudget([...proposals].reverse(), budget, obj);
      expect([...reversed.chosen].sort()).toEqual([...plan.chosen].sort());
      expect(reversed.totalValue).toBe(plan.totalValue);
    }
  });

  it("solves equal-density sets of 60 (subset sums) through the common divisor and the memo", () => {
    // Every proposal worth exactly its cost, costs in whole euros, an odd budget no subset can fill.
    const rand = mulberry32(7);
    const proposals = Array.from({ length: 60 }, (_, i) => {
      const cost = 200 * (1 + Math.floor(rand() * 400));
      return p(`p${i}`, cost, cost);
    });
    const plan = optimizeBudget(proposals, 2_000_001, "npv");
    expect(plan.totalValue).toBe(2_000_000);
    expect(plan.totalCostCents).toBe(2_000_000);
  });

  it("throws NO_CONVERGENCE at the node limit rather than answer without proof", () => {
    const rand = mulberry32(3);
    const proposals = Array.from({ length: 60 }, (_, i) => p(`p${i}`, 1_000 + Math.floor(rand() * 1e9), 5_000 + Math.floor(rand() * 1e9)));
    const budget = Math.floor(proposals.reduce((s, x) => s + x.costCents, 0) / 2);
    const attempt = () => optimizeBudget(proposals, budget, "npv", { maxNodes: 50 });
    expect(attempt).toThrow(FinanceError);
    expect(attempt).toThrow(expect.objectContaining({ code: "NO_CONVERGENCE" }));
  });

  it("past the node limit for the what-ifs, still returns the proven optimum, marked unexplained", () => {
    const rand = mulberry32(11);
    const proposals = Array.from({ length: 30 }, (_, i) => p(`p${i}`, 100 + Math.floor(rand() * 10_000), Math.floor(rand() * 20_000) - 2_000));
    const budget = 60_000;
    const full = optimizeBudget(proposals, budget, "npv");
    // The smallest limit that does not throw is the main search's own node count: nothing left for what-ifs.
    let lo = 1;
    let hi = full.nodesExplored;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      try {
        optimizeBudget(proposals, budget, "npv", { maxNodes: mid });
        hi = mid;
      } catch (e) {
        expect(e).toMatchObject({ code: "NO_CONVERGENCE" });
        lo = mid + 1;
      }
    }
    const cut = optimizeBudget(proposals, budget, "npv", { maxNodes: lo });
    expect(cut.nodesExplored).toBeLessThan(full.nodesExplored);
    expect(cut.chosen).toEqual(full.chosen);
    expect(cut.totalValue).toBe(full.totalValue);
    const unexplained = cut.leftOut.filter((l) => l.reason === "better_combination");
    expect(unexplained.length).toBeGreaterThan(0);
    for (const l of unexplained) {
      expect(l.valueLost).toBeUndefined();
      expect(l.why).toContain("node limit");
    }
  });

  it("rejects invalid input with FinanceError", () => {
    const ok = p("a", 1, 1);
    const bad: [Proposal[], number, Objective][] = [
      [[ok], -1, "npv"],
      [[ok], 1.5, "npv"],
      [[ok, p("a", 2, 2)], 10, "npv"],
      [[p("", 1, 1)], 10, "npv"],
      [[p("a", -1, 1)], 10, "npv"],
      [[p("a", 0.5, 1)], 10, "npv"],
      [[p("a", 1, Number.NaN)], 10, "npv"],
      [[p("a", 1, 1.25)], 10, "npv"],
      [[p("a", 1, 1, Number.POSITIVE_INFINITY)], 10, "npv"],
      [[p("a", 1, 1, null, 101)], 10, "npv"],
      [[p("a", 1, 1, null, -1)], 10, "alignment_weighted"],
      [[ok], 10, "roi" as Objective],
    ];
    for (const [proposals, budget, obj] of bad) {
      expect(() => optimizeBudget(proposals, budget, obj)).toThrow(FinanceError);
      expect(() => naiveByRoi(proposals, budget, obj)).toThrow(FinanceError);
    }
    expect(() => optimizeBudget([ok], 10, "npv", { maxNodes: 0 })).toThrow(FinanceError);
    const huge = [p("a", 1, Number.MAX_SAFE_INTEGER), p("b", 1, Number.MAX_SAFE_INTEGER)];
    expect(() => optimizeBudget(huge, 10, "npv")).toThrow(expect.objectContaining({ code: "OVERFLOW" }));
  });
});

describe("naiveByRoi", () => {
  it("takes proposals by ROI, highest first, null last, skipping what no longer fits", () => {
    const proposals = [p("none", 20, 50, null), p("low", 30, 40, 0.2), p("high", 60, 90, 2), p("mid", 50, 60, 1)];
    const plan = naiveByRoi(proposals, 100);
    expect(plan.chosen).toEqual(["low", "high"]);
    expect(plan.totalCostCents).toBe(90);
    expect(plan.leftOut).toEqual([
      { id: "none", reason: "budget_spent", value: 50, why: "higher-ROI picks (high and low) left too little budget" },
      { id: "mid", reason: "budget_spent", value: 60, why: "higher-ROI picks (high) left too little budget" },
    ]);
    expect(plan).toMatchObject({ method: "highest_roi_first", exact: false, nodesExplored: 0 });
  });
});
