/**
 * The budget optimizer's edges: the messages that name a bad proposal, exact limits (the whole budget
 * spent, the largest exact total, the node limit reached exactly), the texts of its reasons, and the
 * order of equals, all on small cases worked out by hand.
 */
import { describe, expect, it } from "vitest";
import { FinanceError, OPTIMIZER_DEFAULT_MAX_NODES, naiveByRoi, optimizeBudget, proposalValue, type Proposal } from "./index";

const p = (id: string, costCents: number, npvCents: number, roi: number | null = null, alignmentScore: number | null = null): Proposal => ({
  id,
  costCents,
  npvCents,
  roi,
  alignmentScore,
});

describe("optimizer inputs: messages", () => {
  it("names the offending proposal and field", () => {
    const ok = p("a", 1, 1);
    const cases: [() => unknown, string][] = [
      [() => optimizeBudget("a" as unknown as Proposal[], 10, "npv"), "proposals must be an array"],
      [() => optimizeBudget([ok], 1.5, "npv"), "budgetCents must be an integer number of cents, got 1.5"],
      [() => optimizeBudget([ok], -1, "npv"), "budgetCents must not be negative, got -1"],
      [() => optimizeBudget([ok], 10, "roi" as "npv"), "unknown objective roi"],
      [() => optimizeBudget([ok, p("", 1, 1)], 10, "npv"), "proposals[1].id must be a non-empty string"],
      [() => optimizeBudget([{ ...ok, id: 7 as unknown as string }], 10, "npv"), "proposals[0].id must be a non-empty string"],
      [() => optimizeBudget([ok, p("a", 2, 2)], 10, "npv"), "proposal id a appears twice"],
      [() => optimizeBudget([p("a", 0.5, 1)], 10, "npv"), "proposals[0].costCents must be an integer number of cents, got 0.5"],
      [() => optimizeBudget([p("a", -2, 1)], 10, "npv"), "proposals[0].costCents must not be negative, got -2"],
      [() => optimizeBudget([p("a", 1, 1.5)], 10, "npv"), "proposals[0].npvCents must be an integer number of cents, got 1.5"],
      [() => optimizeBudget([p("a", 1, 1, Number.NaN)], 10, "npv"), "proposals[0].roi must be a finite number, got NaN"],
      [() => optimizeBudget([p("a", 1, 1, null, Number.NaN)], 10, "npv"), "proposals[0].alignmentScore must be a finite number, got NaN"],
      [() => optimizeBudget([p("a", 1, 1, null, 100.5)], 10, "npv"), "proposals[0].alignmentScore must be between 0 and 100, got 100.5"],
      [() => optimizeBudget([p("a", 1, 1, null, -0.5)], 10, "npv"), "proposals[0].alignmentScore must be between 0 and 100, got -0.5"],
      [() => optimizeBudget([ok], 10, "npv", { maxNodes: 0 }), "maxNodes must be a positive integer, got 0"],
      [() => optimizeBudget([ok], 10, "npv", { maxNodes: 2.5 }), "maxNodes must be a positive integer, got 2.5"],
    ];
    for (const [run, message] of cases) expect(run).toThrow(message);
    expect(OPTIMIZER_DEFAULT_MAX_NODES).toBe(2_000_000);
    // Alignment at the ends of its range is accepted.
    expect(optimizeBudget([p("a", 1, 10, null, 0), p("b", 1, 10, null, 100)], 10, "alignment_weighted").chosen).toEqual(["b"]);
  });

  it("totals up to the largest exact integer are fine; one cent more is OVERFLOW", () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(optimizeBudget([p("a", 0, max)], 0, "npv").totalValue).toBe(max);
    expect(optimizeBudget([p("a", max, 1)], max, "npv").chosen).toEqual(["a"]);
    const overflow = new FinanceError("OVERFLOW", "the proposals' total value or cost does not fit in exact integer cents");
    expect(() => optimizeBudget([p("a", 0, max), p("b", 0, 1)], 0, "npv")).toThrow(overflow);
    expect(() => optimizeBudget([p("a", max, 1), p("b", 1, 1)], max, "npv")).toThrow(overflow);
  });
});

describe("optimizer reasons and texts", () => {
  it("negative_value explains itself under either objective", () => {
    const plan = optimizeBudget([p("loss", 1, -100, null, 50), p("flat", 1, 1, null, 10), p("unaligned", 1, 100, null, 0)], 10, "alignment_weighted");
    expect(plan.leftOut.map((l) => [l.id, l.value, l.why])).toEqual([
      ["loss", -50, "its alignment-weighted value is negative"],
      ["flat", 0, "its alignment-weighted value is zero"],
      ["unaligned", 0, "it serves no strategic goal (alignment 0), so its alignment-weighted value is zero"],
    ]);
    expect(optimizeBudget([p("unaligned", 1, -100, null, null)], 10, "npv").leftOut[0].why).toBe("its risk-adjusted NPV is negative");
    expect(proposalValue(p("x", 1, 1_000, null, 25), "alignment_weighted")).toBe(250);
    expect(proposalValue(p("x", 1, 1_000, null, 25), "npv")).toBe(1_000);
  });

  it("names what a better combination would displace: one, two, three, or two and the rest", () => {
    // One big proposal against k small ones that together are worth more.
    const displaced = (k: number) => {
      const small = Array.from({ length: k }, (_, i) => ({ ...p(`s${i}`, 10, 20), name: `Small ${i + 1}` }));
      const plan = optimizeBudget([p("big", 10 * k, 10 * k), ...small], 10 * k, "npv");
      expect(plan.chosen).toEqual(small.map((s) => s.id));
      const big = plan.leftOut.find((l) => l.id === "big")!;
      expect(big.valueLost).toBe(10 * k);
      expect(big.displacedIds).toEqual(small.map((s) => s.id));
      return big.why;
    };
    expect(displaced(1)).toBe("the budget buys more value with Small 1");
    expect(displaced(2)).toBe("the budget buys more value with Small 1 and Small 2");
    expect(displaced(3)).toBe("the budget buys more value with Small 1, Small 2 and Small 3");
    expect(displaced(4)).toBe("the budget buys more value with Small 1, Small 2 and 2 others");
    expect(displaced(6)).toBe("the budget buys more value with Small 1, Small 2 and 4 others");
  });

  it("what-ifs: the best plan that includes a left-out proposal, and what it costs", () => {
    // Budget 10: a (6, 9), b (5, 7), c (5, 7), d (4, 3). Best: b + c = 14. With a: a + d = 12, lost 2.
    // With d: d + a = 12 (6 left after d), lost 2, displacing both b and c.
    const plan = optimizeBudget([p("a", 6, 9), p("b", 5, 7), p("c", 5, 7), p("d", 4, 3)], 10, "npv");
    expect(plan.chosen).toEqual(["b", "c"]);
    expect(plan.leftOut).toEqual([
      { id: "a", reason: "better_combination", value: 9, why: "the budget buys more value with b and c", displacedIds: ["b", "c"], valueLost: 2 },
      { id: "d", reason: "better_combination", value: 3, why: "the budget buys more value with b and c", displacedIds: ["b", "c"], valueLost: 2 },
    ]);
  });

  it("the node limit is exact: a one-node search needs maxNodes 1", () => {
    const plan = optimizeBudget([p("a", 5, 7)], 10, "npv", { maxNodes: 1 });
    expect(plan).toMatchObject({ chosen: ["a"], nodesExplored: 1 });
    expect(() => optimizeBudget([p("a", 5, 7), p("b", 6, 8)], 10, "npv", { maxNodes: 1 })).toThrow(
      new FinanceError("NO_CONVERGENCE", "budget optimizer: 1 search nodes were not enough to prove the optimum"),
    );
  });

  it("equal value per cent and equal cost: input order decides", () => {
    for (const ids of [["x", "y", "z"], ["z", "y", "x"], ["y", "z", "x"]]) {
      const plan = optimizeBudget(ids.map((id) => p(id, 5, 5)), 10, "npv");
      expect(plan.chosen).toEqual(ids.slice(0, 2));
      expect(plan.leftOut[0]).toMatchObject({ id: ids[2], valueLost: 0, displacedIds: [ids[1]] });
    }
  });
});

describe("naiveByRoi: order and fit", () => {
  it("ROI ties keep input order; a proposal that exactly fits what is left is taken", () => {
    const plan = naiveByRoi([p("a", 40, 50, 1), p("b", 60, 70, 1), p("c", 60, 80, 1)], 100);
    expect(plan.chosen).toEqual(["a", "b"]);
    expect(plan.budgetLeftCents).toBe(0);
    expect(plan.leftOut).toEqual([{ id: "c", reason: "budget_spent", value: 80, why: "higher-ROI picks (a and b) left too little budget" }]);
    expect(naiveByRoi([p("c", 60, 80, 1), p("b", 60, 70, 1), p("a", 40, 50, 1)], 100).chosen).toEqual(["c", "a"]);
  });

  it("a proposal without ROI comes after every proposal with one, even a negative ROI", () => {
    const plan = naiveByRoi([p("unknown", 60, 500, null), p("poor", 60, 10, -0.5)], 100);
    expect(plan.chosen).toEqual(["poor"]);
    expect(plan.leftOut[0]).toMatchObject({ id: "unknown", reason: "budget_spent" });
    expect(naiveByRoi([p("u1", 60, 5, null), p("u2", 40, 5, null)], 60, "npv").chosen).toEqual(["u1"]);
    // The objective only changes the values reported.
    expect(naiveByRoi([p("a", 1, 100, 1, 50)], 1, "alignment_weighted").totalValue).toBe(50);
    expect(naiveByRoi([p("a", 1, 100, 1, 50)], 1).totalValue).toBe(100);
  });
});
