import { describe, expect, it } from "vitest";
import { editableValue } from "@/components/kpis/format-value";
import { LOCALES, type Locale } from "@/lib/format/locales";
import { technologySchema } from "@/lib/portfolio/schemas";
import type { TechnologyDetail } from "@/lib/portfolio/types";
import { factorWeightSum } from "./factor-rows";
import { emptyBenefit, liveCalculatorCents, toPayload, valuesFromDetail, type FactorRow } from "./form-values";

const detail = {
  investment: { name: "Till", vendor: "", category: "crm", valueChainActivity: "operations", status: "live", goLiveDate: null, usefulLifeMonths: 36, ownerName: null, notes: "" },
  costs: [
    { category: "subscription", description: "", kind: "recurring", frequency: "monthly", amountCents: 123456, startMonth: "2026-01-01", endMonth: null, renewalDate: null, noticeDays: 60, annualUpliftPct: "3.500" },
  ],
  benefits: [
    {
      category: "labour_savings",
      description: "",
      kind: "recurring",
      frequency: "monthly",
      amountCents: 50125,
      startMonth: "2026-01-01",
      endMonth: null,
      rampUpMonths: 0,
      confidence: "0.875",
      calculator: { type: "labour", hoursPerMonth: 12.5, hourlyRateCents: 4010 },
    },
    { category: "risk_reduction", description: "", kind: "one_time", frequency: null, amountCents: 1200, startMonth: "2026-01-01", endMonth: null, rampUpMonths: 0, confidence: "1", calculator: { type: "risk", probability: 0.025, impactCents: 48000 } },
  ],
  risks: [],
  factors: [
    { name: "Fit", weight: "33.330", score: 4, kind: "qualitative" },
    { name: "Cost", weight: "66.670", score: 2, kind: "quantitative" },
  ],
  alignments: [],
} as unknown as TechnologyDetail;

describe("the technology form shows stored numbers the workspace's way", () => {
  it.each([
    ["en-US", "1234.56", "3.5", "87.5", "12.5", "40.10", "2.5", "480", "33.33"],
    ["en-GB", "1234.56", "3.5", "87.5", "12.5", "40.10", "2.5", "480", "33.33"],
    ["de-DE", "1234,56", "3,5", "87,5", "12,5", "40,10", "2,5", "480", "33,33"],
    ["fr-FR", "1234,56", "3,5", "87,5", "12,5", "40,10", "2,5", "480", "33,33"],
    ["nl-NL", "1234,56", "3,5", "87,5", "12,5", "40,10", "2,5", "480", "33,33"],
  ] as const)("%s", (locale, amount, uplift, confidence, hours, rate, probability, impact, weight) => {
    const values = valuesFromDetail(detail, locale);
    expect(values.costs[0]).toMatchObject({ amount, annualUpliftPct: uplift, noticeDays: "60" });
    expect(values.benefits[0]).toMatchObject({ amount: locale.startsWith("en") ? "501.25" : "501,25", confidencePct: confidence, hoursPerMonth: hours, hourlyRate: rate });
    expect(values.benefits[1]).toMatchObject({ amount: "12", probabilityPct: probability, impact });
    expect(values.factors[0].weight).toBe(weight);
  });

  it("and what it shows is read back by the server as the same figures, in every locale", () => {
    for (const locale of LOCALES) {
      const parsed = technologySchema({ locale, currency: "EUR" }).parse(toPayload(valuesFromDetail(detail, locale), []));
      expect(parsed.costs[0]).toMatchObject({ amountCents: 123456, annualUpliftPct: 3.5, noticeDays: 60 });
      expect(parsed.benefits[0]).toMatchObject({ amountCents: 50125, confidence: 0.875, calculator: { hoursPerMonth: 12.5, hourlyRateCents: 4010 } });
      expect(parsed.benefits[1]).toMatchObject({ amountCents: 1200, calculator: { probability: 0.025, impactCents: 48000 } });
    }
  });
});

describe("the checks the form makes as you type read numbers as the server will", () => {
  const labour = (hoursPerMonth: string, hourlyRate: string) => ({ ...emptyBenefit(), calculator: "labour" as const, hoursPerMonth, hourlyRate });

  it.each([
    ["de-DE", "12,5", "40,10", 50125],
    ["de-DE", "12.5", "40,10", null],
    ["fr-FR", "12,5", "1\u202f000", 1250000],
    ["en-US", "12.5", "40.10", 50125],
    ["en-US", "12,5", "40.10", null],
    ["en-US", "1,234,5", "1", null],
  ] as const)("%s: %s hours at %s → %s cents", (locale, hours, rate, cents) => {
    expect(liveCalculatorCents(labour(hours, rate), { locale, currency: "EUR" })).toBe(cents);
  });

  const factors = (...weights: string[]): FactorRow[] => weights.map((weight, i) => ({ key: `${i}`, name: `F${i}`, weight, score: "3", kind: "qualitative" }));
  it.each([
    ["de-DE", ["33,33", "33,33", "33,34"], 100],
    ["en-US", ["33.33", "33.33", "33.34"], 100],
    ["en-US", ["33,33", "33.33", "33.34"], 66.67],
    ["nl-NL", ["12,5", "87,5"], 100],
  ] as [Locale, string[], number][])("%s: weights %j add up to %d", (locale, weights, sum) => {
    expect(factorWeightSum(factors(...weights), locale)).toBe(sum);
  });
});

describe("a KPI's stored figures as its edit form shows them", () => {
  it.each([
    ["en-US", "1234.5000", "1234.5"],
    ["de-DE", "1234.5000", "1234,5"],
    ["fr-FR", "-0.2500", "-0,25"],
    ["nl-NL", "12.0000", "12"],
    ["de-DE", null, ""],
  ] as const)("%s: %j → %j", (locale, stored, shown) => expect(editableValue(stored, locale)).toBe(shown));
});
