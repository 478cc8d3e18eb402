import { describe, expect, it } from "vitest";
import type { BenefitItem, CostItem, Investment } from "@/db/schema";
import { evaluatePortfolio, type TechnologyItems } from "@/lib/portfolio/metrics";
import { defaultBudgetCents, proposalsFromPortfolio, toProposal } from "./proposals";

const today = new Date(2026, 5, 20, 12); // 20 Jun 2026, local time like the app's month arithmetic
const RATE = 0.08;
const base = { orgId: "org", createdAt: today };

function investment(over: Partial<Investment>): Investment {
  return {
    ...base, id: crypto.randomUUID(), name: "Tech", vendor: "", category: "crm", valueChainActivity: "operations", status: "proposed",
    goLiveDate: null, usefulLifeMonths: 36, ownerName: null, notes: "", version: 1, updatedAt: today, ...over,
  } as Investment;
}
function cost(over: Partial<CostItem>): CostItem {
  return {
    ...base, investmentId: "inv", id: crypto.randomUUID(), category: "implementation", description: "", kind: "one_time", frequency: null,
    amountCents: 0, startMonth: "2026-08-01", endMonth: null, renewalDate: null, noticeDays: null, annualUpliftPct: null, ...over,
  };
}
function benefit(over: Partial<BenefitItem>): BenefitItem {
  return {
    ...base, investmentId: "inv", id: crypto.randomUUID(), category: "cost_reduction", description: "", kind: "recurring", frequency: "monthly",
    amountCents: 0, startMonth: "2026-09-01", endMonth: null, rampUpMonths: 0, confidence: "1", calculator: null, kpiId: null, valuePerUnitCents: null, ...over,
  };
}
const tech = (inv: Partial<Investment>, costs: CostItem[], benefits: BenefitItem[] = [], alignments: TechnologyItems["alignments"] = []): TechnologyItems => ({
  investment: investment(inv),
  costs,
  benefits,
  risks: [],
  factors: [],
  alignments,
});

// Like the café's waste tracker: $1,200 + $400 up front and $236 a month from Aug 2026, 36 months of life.
const tracker = tech(
  { name: "Waste tracker" },
  [
    cost({ amountCents: 120_000 }),
    cost({ category: "training", amountCents: 40_000 }),
    cost({ category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 23_600 }),
  ],
  [benefit({ amountCents: 72_000, confidence: "0.750" })],
  [{ goalId: "g", strength: 5, goalWeight: 1 }],
);
// $1,000 now, $2,000 of benefit a year later at 50% confidence.
const bet = tech({ name: "Bet", usefulLifeMonths: 24 }, [cost({ amountCents: 100_000, startMonth: "2026-08-01" })], [
  benefit({ kind: "one_time", frequency: null, amountCents: 200_000, startMonth: "2027-08-01", confidence: "0.500" }),
]);
const live = tech({ name: "Live CRM", status: "live", goLiveDate: "2025-01-01" }, [cost({ amountCents: 50_000, startMonth: "2025-01-01" })]);

const evaluated = evaluatePortfolio([bet, live, tracker], RATE, today);
const byName = (name: string) => evaluated.find((e) => e.row.name === name)!;

describe("proposalsFromPortfolio", () => {
  it("takes only the proposed technologies, with their portfolio ROI and alignment", () => {
    const proposals = proposalsFromPortfolio(evaluated, RATE);
    expect(proposals.map((p) => p.name)).toEqual(["Bet", "Waste tracker"]);
    const t = proposals.find((p) => p.name === "Waste tracker")!;
    expect(t.id).toBe(byName("Waste tracker").row.id);
    expect(t.roi).toBe(byName("Waste tracker").row.roi);
    expect(t.alignmentScore).toBe(100);
    expect(proposals.find((p) => p.name === "Bet")!.alignmentScore).toBeNull();
  });

  it("counts the first 12 months of costs against the budget: up-front plus a year of run cost", () => {
    const t = toProposal(byName("Waste tracker"), RATE);
    expect(t.costCents).toBe(120_000 + 40_000 + 12 * 23_600); // $4,432
    // The whole life costs more: later months are not part of this year's budget.
    expect(byName("Waste tracker").row.tcoCents).toBe(160_000 + 36 * 23_600);
  });

  it("ignores costs after the first 12 months and counts only the horizon when it is shorter", () => {
    const late = tech({ name: "Late fee", usefulLifeMonths: 24 }, [cost({ amountCents: 10_000 }), cost({ amountCents: 99_000, startMonth: "2027-08-01" })]);
    const short = tech({ name: "Short", usefulLifeMonths: 3 }, [cost({ category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 1_000 })]);
    const [l, s] = evaluatePortfolio([late, short], RATE, today);
    expect(toProposal(l, RATE).costCents).toBe(10_000); // month 12 is the 13th month
    expect(toProposal(s, RATE).costCents).toBe(3_000);
  });

  it("values benefits at their confidence: NPV of −$1,000 now and 50% of $2,000 a year later", () => {
    const p = toProposal(byName("Bet"), RATE);
    // Month 12 discounted at the annual rate: −100,000 + 100,000 / 1.08 = −7,407.4 cents.
    expect(p.npvCents).toBe(-7_407);
    expect(p.plainNpvCents).toBe(byName("Bet").row.npvCents);
    expect(p.plainNpvCents).toBe(Math.round(-100_000 + 200_000 / 1.08)); // the table's NPV takes benefits at face value
  });

  it("equals the portfolio NPV when every benefit is certain", () => {
    const sure = tech({ name: "Sure" }, [cost({ amountCents: 50_000 })], [benefit({ amountCents: 5_000 })]);
    const [e] = evaluatePortfolio([sure], RATE, today);
    expect(toProposal(e, RATE).npvCents).toBe(e.row.npvCents);
  });

  it("maps nothing when nothing is proposed", () => {
    expect(proposalsFromPortfolio(evaluatePortfolio([live], RATE, today), RATE)).toEqual([]);
  });
});

describe("defaultBudgetCents", () => {
  const p = (...units: number[]) => units.map((u) => ({ costCents: u * 100 }));
  it.each([
    ["one proposal: at least its cost, rounded up", p(4_432), 4_500_00],
    ["40% of the total, rounded up", p(6_480, 10_080), 7_000_00],
    ["small amounts", p(177, 200, 50), 200_00],
    ["free proposals only", p(0, 0), 0],
    ["nothing proposed", p(), 0],
  ])("%s", (_label, proposals, expected) => {
    expect(defaultBudgetCents(proposals)).toBe(expected);
  });
});
