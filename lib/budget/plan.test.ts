import { describe, expect, it } from "vitest";
import { formatMoney } from "@/lib/format";
import { numberMessage } from "@/lib/format/parse";
import { describeDifference, planBudget } from "./plan";
import { MAX_PROPOSALS, type BudgetProposal } from "./proposals";
import { budgetSchema, parseBudget } from "./schemas";

const p = (id: string, costUnits: number, npvUnits: number, roi: number | null, alignmentScore: number | null = null): BudgetProposal => ({
  id,
  name: id,
  vendor: "",
  costCents: costUnits * 100,
  npvCents: npvUnits * 100,
  roi,
  alignmentScore,
  horizonMonths: 36,
  plainNpvCents: npvUnits * 100,
});
const usd = (cents: number) => formatMoney(cents, { locale: "en-US", currency: "USD" });
const eur = (cents: number) => formatMoney(cents, { locale: "de-DE", currency: "EUR" });

// ROI first takes Alpha and has too little left for Bravo or Charlie; together those two are worth more.
const trap = [p("Alpha", 6_000, 5_900, 1.0, 20), p("Bravo", 5_000, 4_000, 0.8, 100), p("Charlie", 5_000, 4_000, 0.8, 100), p("Dud", 1_000, -200, -0.1, 100)];

describe("planBudget", () => {
  it("finds the better combination the highest-ROI-first pick misses, and says what each leaves out", () => {
    const c = planBudget(trap, 10_000_00, "npv");
    expect(c.optimal.chosen).toEqual(["Bravo", "Charlie"]);
    expect(c.naive.chosen).toEqual(["Alpha"]);
    expect(c.differenceCents).toBe(8_000_00 - 5_900_00);
    expect(c.optimal.leftOut.map((l) => [l.id, l.reason])).toEqual([
      ["Alpha", "better_combination"],
      ["Dud", "negative_value"],
    ]);
    expect(c.optimal.leftOut[0]).toMatchObject({ displacedIds: ["Bravo", "Charlie"], valueLost: 2_100_00 });
    expect(c.naive.leftOut.map((l) => [l.id, l.reason])).toEqual([
      ["Bravo", "budget_spent"],
      ["Charlie", "budget_spent"],
      ["Dud", "negative_value"],
    ]);
    expect(c.proposals.find((x) => x.id === "Alpha")).toMatchObject({ costCents: 6_000_00, value: 5_900_00, roi: 1.0 });
    expect(describeDifference(c, usd)).toBe("The optimal plan is worth $2,100 more in risk-adjusted NPV than picking the highest ROI first ($8,000 against $5,900).");
    expect(describeDifference(c, eur)).toBe("The optimal plan is worth 2.100\u00a0€ more in risk-adjusted NPV than picking the highest ROI first (8.000\u00a0€ against 5.900\u00a0€).");
  });

  it("weights value by alignment under the alignment objective", () => {
    const c = planBudget(trap, 6_000_00, "alignment_weighted");
    expect(c.proposals.find((x) => x.id === "Alpha")!.value).toBe(1_180_00); // 20% of 5,900
    expect(c.optimal.chosen).toEqual(["Bravo"]);
    expect(c.naive.chosen).toEqual(["Alpha"]);
    expect(c.differenceCents).toBe(4_000_00 - 1_180_00);
  });

  it("says so when ROI first happens to be optimal, and when nothing fits", () => {
    const same = planBudget([p("Only", 100, 50, 0.5)], 200_00, "npv");
    expect(same.differenceCents).toBe(0);
    expect(describeDifference(same, usd)).toBe("Picking the highest ROI first gives the optimal plan here: both fund the same technologies, worth $50 in risk-adjusted NPV.");
    const none = planBudget(trap, 500_00, "npv");
    expect(none.optimal.chosen).toEqual([]);
    expect(none.optimal.leftOut.find((l) => l.id === "Alpha")?.reason).toBe("over_budget");
    expect(describeDifference(none, usd)).toBe("Within a budget of $500 no proposal with a positive risk-adjusted NPV fits, so both plans fund nothing.");
  });

  it("never lets the naive plan beat the optimum", () => {
    for (const budget of [0, 1_000_00, 5_000_00, 6_000_00, 10_000_00, 11_000_00, 20_000_00]) {
      for (const objective of ["npv", "alignment_weighted"] as const) {
        const c = planBudget(trap, budget, objective);
        expect(c.optimal.totalValue).toBeGreaterThanOrEqual(c.naive.totalValue);
        expect(c.optimal.totalCostCents).toBeLessThanOrEqual(budget);
      }
    }
  });

  it(`refuses more than ${MAX_PROPOSALS} proposals`, () => {
    const many = Array.from({ length: MAX_PROPOSALS + 1 }, (_, i) => p(`P${i}`, 10, 20, 1));
    expect(() => planBudget(many, 100_00, "npv")).toThrow(/61 proposed technologies; the optimizer solves up to 60/);
    expect(() => planBudget(many.slice(1), 100_00, "npv")).not.toThrow();
  });
});

describe("the budget field", () => {
  it.each([
    ["5000", 5_000_00],
    ["5,000.50", 5_000_50],
    ["$ 12,000", 12_000_00],
    ["€750.5", 750_50, "EUR"],
    ["0", 0],
    ["1000000000", 100_000_000_000],
  ] as [string, number, string?][])("reads %j as %i cents", (raw, cents, currency = "USD") => {
    expect(parseBudget(raw, { locale: "en-US", currency })).toEqual({ cents });
  });

  it.each([
    ["", "Enter a budget."],
    ["-100", "The budget can't be negative."],
    ["-$100", "The budget can't be negative."],
    ["lots", numberMessage("en-US")],
    ["1e6", numberMessage("en-US")],
    ["12.345", "Use at most 2 decimal places."],
    ["1000000000.01", "That budget is too large: enter at most 1,000,000,000."],
    ["9".repeat(30), "That budget is too large: enter at most 1,000,000,000."],
  ])("refuses %j: %s", (raw, error) => {
    expect(parseBudget(raw, { locale: "en-US", currency: "USD" })).toEqual({ error });
  });

  it("requires a known objective", () => {
    expect(budgetSchema({ locale: "en-US", currency: "USD" }).safeParse({ budget: "100", objective: "npv" })).toMatchObject({ success: true, data: { budget: 100_00, objective: "npv" } });
    const bad = budgetSchema({ locale: "en-US", currency: "USD" }).safeParse({ budget: "100", objective: "roi" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["objective"] });
  });
});
