import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { BenefitItem, CostItem, ScoringFactor } from "@/db/schema";
import type { Formats } from "@/lib/format";
import { BenefitsTable } from "./benefits-table";
import { calculatorText } from "./calculator-text";
import { CostsTable } from "./costs-table";
import { FactorsTable } from "./factors-table";

const today = new Date("2026-03-15T12:00:00Z");
const base = { orgId: "org", investmentId: "inv", createdAt: today };
const usd: Formats = { locale: "en-US", currency: "USD" };
const eur: Formats = { locale: "de-DE", currency: "EUR" };

const cost: CostItem = {
  ...base, id: "c1", category: "subscription", description: "Licences", kind: "recurring", frequency: "monthly", amountCents: 123_456,
  startMonth: "2026-01-01", endMonth: "2027-12-01", renewalDate: "2026-09-01", noticeDays: 30, annualUpliftPct: "3.5",
};
const benefit: BenefitItem = {
  ...base, id: "b1", category: "labour_savings", description: "Fewer hours", kind: "recurring", frequency: "monthly", amountCents: 57_200,
  startMonth: "2026-02-01", endMonth: null, rampUpMonths: 0, confidence: "0.855", calculator: { type: "labour", hoursPerMonth: 1_040, hourlyRateCents: 2_250 }, kpiId: null, valuePerUnitCents: null,
};
const factors: ScoringFactor[] = [
  { ...base, id: "f1", name: "Fit", weight: "60", score: 4, kind: "qualitative" },
  { ...base, id: "f2", name: "Cost", weight: "40", score: 3, kind: "qualitative" },
];

const costs = (formats: Formats) => renderToStaticMarkup(createElement(CostsTable, { costs: [cost], formats, today }));
const benefits = (formats: Formats) => renderToStaticMarkup(createElement(BenefitsTable, { benefits: [benefit], formats }));

describe("the detail tables", () => {
  it("show an entered amount with its cents, months, dates and percentages in en-US", () => {
    expect(costs(usd)).toContain("$1,234.56");
    expect(costs(usd)).toContain("Jan 2026 – Dec 2027");
    expect(costs(usd)).toContain("Sep 1, 2026");
    expect(costs(usd)).toContain("3.5%");
    expect(benefits(usd)).toContain("$572");
    expect(benefits(usd)).toContain("85.5%");
    expect(benefits(usd)).toContain("1,040 h/month × $22.50/h");
  });

  it("write the same figures the workspace's way in de-DE", () => {
    const c = costs(eur);
    expect(c).toContain("1.234,56\u00a0€");
    expect(c).toContain("Jan. 2026 – Dez. 2027");
    expect(c).toContain("01.09.2026");
    expect(c).toContain("Notice by 02.08.2026");
    expect(c).toContain("3,5\u00a0%");
    const b = benefits(eur);
    expect(b).toContain("572\u00a0€");
    expect(b).toContain("85,5\u00a0%");
    expect(b).toContain("1.040 h/month × 22,50\u00a0€/h");
  });

  it("write the factor weights and the weighted score in the locale", () => {
    const html = renderToStaticMarkup(createElement(FactorsTable, { factors, weightedScore: 3.6, locale: "de-DE" }));
    expect(html).toContain("60,0\u00a0%");
    expect(html).toContain("2,40");
    expect(html).toContain("3,60 of 5");
  });

  it("words a calculator with the locale's numbers, and refuses an unknown one", () => {
    expect(calculatorText({ type: "risk", probability: 0.05, impactCents: 1_000_000 }, eur)).toBe("5\u00a0% yearly probability × 10.000,00\u00a0€ loss avoided");
    expect(calculatorText({ type: "mystery" }, usd)).toBeNull();
  });
});
