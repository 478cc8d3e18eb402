/**
 * Test fixtures: a small portfolio evaluated by the same lib/portfolio/metrics code the app runs, so the
 * strategy builders are tested on real rows and summaries rather than hand-typed figures.
 */
import type { BenefitItem, CostItem, Investment, Risk } from "@/db/schema";
import { evaluatePortfolio, type EvaluatedTechnology, type TechnologyItems } from "@/lib/portfolio/metrics";

export const fixtureToday = new Date("2026-03-15T12:00:00Z");
const base = { orgId: "org", createdAt: fixtureToday };
let seq = 0;

function investment(name: string, over: Partial<Investment>): Investment {
  return {
    orgId: "org", id: `inv-${name.toLowerCase()}`, name, vendor: "", category: "other", valueChainActivity: "operations",
    status: "live", goLiveDate: "2026-01-01", usefulLifeMonths: 36, ownerName: "Ana", notes: "", version: 1, createdAt: fixtureToday, updatedAt: fixtureToday, ...over,
  };
}

/** A one-time cost in the go-live month. */
export function oneTimeCost(investmentId: string, amountCents: number, over: Partial<CostItem> = {}): CostItem {
  return {
    ...base, investmentId, id: `c${++seq}`, category: "licence", description: "", kind: "one_time", frequency: null, amountCents,
    startMonth: "2026-01-01", endMonth: null, renewalDate: null, noticeDays: null, annualUpliftPct: null, ...over,
  };
}

export function monthlyCost(investmentId: string, amountCents: number, over: Partial<CostItem> = {}): CostItem {
  return oneTimeCost(investmentId, amountCents, { category: "subscription", kind: "recurring", frequency: "monthly", ...over });
}

export function oneTimeBenefit(investmentId: string, amountCents: number, over: Partial<BenefitItem> = {}): BenefitItem {
  return {
    ...base, investmentId, id: `b${++seq}`, category: "cost_reduction", description: "", kind: "one_time", frequency: null, amountCents,
    startMonth: "2026-01-01", endMonth: null, rampUpMonths: 0, confidence: "1", calculator: null, ...over,
  };
}

export function risk(investmentId: string, likelihood: number, impact: number): Risk {
  return { ...base, investmentId, id: `r${++seq}`, type: "vendor", title: "Risk", likelihood, impact, mitigation: "", status: "open" };
}

type Spec = Partial<Investment> & { costs?: (id: string) => CostItem[]; benefits?: (id: string) => BenefitItem[]; risks?: (id: string) => Risk[]; alignment?: number };

export function technology(name: string, spec: Spec = {}): TechnologyItems {
  const { costs, benefits, risks, alignment, ...over } = spec;
  const inv = investment(name, over);
  return {
    investment: inv,
    costs: costs?.(inv.id) ?? [],
    benefits: benefits?.(inv.id) ?? [],
    risks: risks?.(inv.id) ?? [],
    factors: [],
    alignments: alignment ? [{ goalId: "g1", strength: alignment, goalWeight: 1 }] : [],
  };
}

export function evaluate(items: TechnologyItems[], rate = 0.08): EvaluatedTechnology[] {
  return evaluatePortfolio(items, rate, fixtureToday);
}

/**
 * Marketing & sales: Shop (cost 10,000, benefit 15,000 → ROI 0.5) and CRM (cost 30,000, benefit 50,000 →
 * ROI 0.667), together 65,000 on 40,000 → 0.625. Service: Chatbot with a subscription. Operations: ERP,
 * costly and risky. Inbound logistics: Warehouse, valuable but costly and risky. Firm infrastructure:
 * Firewall, all cost. Procurement: Idea, nothing entered yet.
 */
export function samplePortfolio(): EvaluatedTechnology[] {
  return evaluate([
    technology("Shop", { valueChainActivity: "marketing_sales", category: "ecommerce", alignment: 5, costs: (id) => [oneTimeCost(id, 1_000_000)], benefits: (id) => [oneTimeBenefit(id, 1_500_000)], risks: (id) => [risk(id, 1, 2)] }),
    technology("CRM", { valueChainActivity: "marketing_sales", category: "crm", alignment: 4, costs: (id) => [oneTimeCost(id, 3_000_000)], benefits: (id) => [oneTimeBenefit(id, 5_000_000)] }),
    technology("Chatbot", { valueChainActivity: "service", category: "cx_automation", alignment: 3, costs: (id) => [monthlyCost(id, 20_000)], benefits: (id) => [oneTimeBenefit(id, 1_000_000)] }),
    technology("ERP", { valueChainActivity: "operations", category: "erp", alignment: 1, costs: (id) => [oneTimeCost(id, 9_000_000), monthlyCost(id, 150_000)], benefits: (id) => [oneTimeBenefit(id, 2_000_000)], risks: (id) => [risk(id, 5, 5)] }),
    technology("Warehouse", { valueChainActivity: "inbound_logistics", category: "process_automation", alignment: 5, costs: (id) => [oneTimeCost(id, 12_000_000)], benefits: (id) => [oneTimeBenefit(id, 30_000_000)], risks: (id) => [risk(id, 4, 5)] }),
    technology("Firewall", { valueChainActivity: "firm_infrastructure", category: "cybersecurity", costs: (id) => [monthlyCost(id, 50_000)], risks: (id) => [risk(id, 2, 2)] }),
    technology("Idea", { valueChainActivity: "procurement", category: "other", status: "proposed", goLiveDate: null }),
  ]);
}
