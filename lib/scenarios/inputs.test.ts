import { describe, expect, it } from "vitest";
import type { BenefitItem, CostItem, Investment } from "@/db/schema";
import { evaluatePortfolio, type TechnologyItems } from "@/lib/portfolio/metrics";
import { evaluateScenario } from "./engine";
import { scenarioTechnology } from "./inputs";
import { DEFAULT_SETTINGS, resolveCases } from "./settings";

const today = new Date("2026-03-15T12:00:00Z");

function tech(id: string, goLiveDate: string | null, costs: Partial<CostItem>[], benefits: Partial<BenefitItem>[]): TechnologyItems {
  const investment = { id, name: id, status: "live", goLiveDate, usefulLifeMonths: 36 } as Investment;
  return {
    investment,
    costs: costs.map((c) => ({ frequency: null, endMonth: null, annualUpliftPct: null, renewalDate: null, noticeDays: null, ...c }) as CostItem),
    benefits: benefits.map((b) => ({ frequency: null, endMonth: null, rampUpMonths: 0, confidence: "1", ...b }) as BenefitItem),
    risks: [],
    factors: [],
    alignments: [],
  };
}

const items = [
  tech("crm", "2025-03-01", [
    { category: "implementation", kind: "one_time", amountCents: 1_200_000, startMonth: "2025-01-01" },
    { category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 40_000, startMonth: "2025-03-01", annualUpliftPct: "4.5" },
  ], [{ category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 90_000, startMonth: "2025-04-01", rampUpMonths: 3, confidence: "0.7" }]),
  tech("pos", null, [
    { category: "licence", kind: "one_time", amountCents: 600_000, startMonth: "2024-06-01" },
    { category: "maintenance", kind: "recurring", frequency: "annual", amountCents: 50_000, startMonth: "2024-06-01", endMonth: "2026-06-01" },
  ], [{ category: "revenue_increase", kind: "recurring", frequency: "monthly", amountCents: 30_000, startMonth: "2024-08-01", endMonth: "2026-12-01" }]),
];

describe("scenarioTechnology", () => {
  it("converts a technology as the portfolio table does: at 1/1/0/1 its figures are the table's", () => {
    for (const evaluated of evaluatePortfolio(items, 0.08, today)) {
      const figures = evaluateScenario([scenarioTechnology(evaluated)], DEFAULT_SETTINGS.likely, 0.08);
      expect(figures.npvCents).toBe(evaluated.summary.npvCents);
      expect(figures.irrAnnual).toBe(evaluated.summary.irrAnnual);
      expect(figures.paybackMonths).toBe(evaluated.summary.paybackMonths);
      expect(figures.calendarStart).toBe(evaluated.origin);
    }
  });
});

describe("resolveCases", () => {
  const row = (id: string, kind: string, benefitMultiplier = "1.500") => ({ id, kind, name: id, benefitMultiplier, costMultiplier: "1.000", delayMonths: 2, adoptionRate: "0.900" });

  it("takes each kind's earliest row, ignores custom rows and fills the rest with the defaults", () => {
    const cases = resolveCases([row("c1", "custom"), row("p1", "pessimistic", "0.600"), row("p2", "pessimistic", "0.100")], "CRM");
    expect(cases.pessimistic).toEqual({ kind: "pessimistic", id: "p1", name: "p1", settings: { benefitMultiplier: 0.6, costMultiplier: 1, delayMonths: 2, adoptionRate: 0.9 } });
    expect(cases.optimistic).toEqual({ kind: "optimistic", id: null, name: "CRM — optimistic", settings: DEFAULT_SETTINGS.optimistic });
    expect(cases.likely.settings).toEqual({ benefitMultiplier: 1, costMultiplier: 1, delayMonths: 0, adoptionRate: 1 });
    expect(DEFAULT_SETTINGS.pessimistic).toEqual({ benefitMultiplier: 0.7, costMultiplier: 1.15, delayMonths: 3, adoptionRate: 0.8 });
  });
});
