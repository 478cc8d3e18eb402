import { parseISO } from "date-fns";
import type { BenefitItem, CostItem, Risk, ScoringFactor } from "@/db/schema";
import type { TechnologyItems } from "@/db/queries/portfolio";
import {
  alignmentScore,
  evaluateInvestment,
  MAX_HORIZON_MONTHS,
  riskScore,
  timeQuadrant,
  weightedScore,
  type BenefitItem as FinanceBenefit,
  type CostItem as FinanceCost,
  type InvestmentSummary,
} from "@/lib/finance";
import { earliestMonth, lastCompleteMonth, monthOffset, nextRenewal, toMonth } from "./timeline";
import { isInUse } from "./valuation";
import type { CompletenessGap, PortfolioRow } from "./types";

export type { TechnologyItems };

/**
 * The analysis timeline of one technology: it starts at its earliest cost, benefit or go-live month and
 * runs for its useful life after go-live (or after that start, while it has no go-live date). A retired
 * technology's timeline ends with the last complete month: it counts in history up to its end, and nothing
 * planned after its retirement counts.
 */
export function timelineOf(items: Pick<TechnologyItems, "investment" | "costs" | "benefits">, today: Date) {
  const { investment, costs, benefits } = items;
  const origin = earliestMonth([investment.goLiveDate, ...costs.map((c) => c.startMonth), ...benefits.map((b) => b.startMonth)], toMonth(today));
  const lifeStart = investment.goLiveDate ? monthOffset(origin, `${investment.goLiveDate.slice(0, 7)}-01`) : 0;
  const life = lifeStart + investment.usefulLifeMonths;
  const history = investment.status === "retired" ? monthOffset(origin, lastCompleteMonth(today)) + 1 : life;
  const horizonMonths = Math.min(MAX_HORIZON_MONTHS, Math.max(1, Math.min(life, history)));
  return { origin, horizonMonths };
}

/** A stored cost line as lib/finance takes it: months become offsets from the technology's origin. */
export function toFinanceCost(c: CostItem, origin: string): FinanceCost {
  return {
    category: c.category,
    kind: c.kind,
    frequency: c.frequency ?? undefined,
    amountCents: c.amountCents,
    startMonth: monthOffset(origin, c.startMonth),
    endMonth: c.endMonth ? monthOffset(origin, c.endMonth) : undefined,
    annualUpliftPct: c.annualUpliftPct === null ? undefined : Number(c.annualUpliftPct),
  };
}

/** A stored benefit line as lib/finance takes it. */
export function toFinanceBenefit(b: BenefitItem, origin: string): FinanceBenefit {
  return {
    category: b.category,
    kind: b.kind,
    frequency: b.frequency ?? undefined,
    amountCents: b.amountCents,
    startMonth: monthOffset(origin, b.startMonth),
    endMonth: b.endMonth ? monthOffset(origin, b.endMonth) : undefined,
    rampUpMonths: b.rampUpMonths,
    confidence: Number(b.confidence),
  };
}

/**
 * A technology's figures over its timeline, as planned and risk-adjusted: the planned figures take every
 * benefit at its full amount, the risk-adjusted NPV each benefit × its confidence. Both are shown side by side.
 */
export function evaluateTechnology(items: TechnologyItems, annualDiscountRate: number, today: Date) {
  const { origin, horizonMonths } = timelineOf(items, today);
  const input = {
    costs: items.costs.map((c) => toFinanceCost(c, origin)),
    benefits: items.benefits.map((b) => toFinanceBenefit(b, origin)),
    horizonMonths,
    annualDiscountRate,
  };
  const summary: InvestmentSummary = evaluateInvestment(input);
  const riskAdjustedNpvCents = items.benefits.every((b) => Number(b.confidence) === 1) ? summary.npvCents : evaluateInvestment({ ...input, riskAdjusted: true }).npvCents;
  return { origin, horizonMonths, summary, riskAdjustedNpvCents };
}

/** Recurring costs active in `today`'s month, annualised, for a technology in use (not proposed, not retired). */
export function annualRunRateCents(items: Pick<TechnologyItems, "investment" | "costs">, today: Date): number {
  if (!isInUse(items.investment.status)) return 0;
  const month = toMonth(today);
  return items.costs
    .filter((c) => c.kind === "recurring" && c.startMonth <= month && (!c.endMonth || c.endMonth >= month))
    .reduce((sum, c) => sum + (c.frequency === "monthly" ? c.amountCents * 12 : c.amountCents), 0);
}

export function alignmentOf(items: Pick<TechnologyItems, "alignments">): number | null {
  const served = items.alignments.filter((a) => a.strength > 0);
  return served.length ? alignmentScore(served.map((a) => ({ strength: a.strength, goalWeight: a.goalWeight }))) : null;
}

/** The highest open risk; closed risks no longer count. */
export function highestRisk(risks: readonly Risk[]): number | null {
  const open = risks.filter((r) => r.status !== "closed");
  return open.length ? Math.max(...open.map((r) => riskScore(r.likelihood, r.impact))) : null;
}

export function factorScore(factors: readonly ScoringFactor[]): number | null {
  if (factors.length === 0) return null;
  try {
    return weightedScore(factors.map((f) => ({ weight: Number(f.weight), score: f.score })));
  } catch {
    return null; // weights that do not sum to 100 give no score rather than a wrong one
  }
}

function gaps(items: TechnologyItems): CompletenessGap[] {
  const missing: CompletenessGap[] = [];
  if (!items.investment.ownerName?.trim()) missing.push("owner");
  if (items.benefits.length === 0) missing.push("benefit");
  if (!items.alignments.some((a) => a.strength > 0)) missing.push("goal");
  if (items.risks.length === 0) missing.push("risk");
  return missing;
}

function renewalOf(costs: readonly CostItem[], today: Date): PortfolioRow["nextRenewal"] {
  const upcoming = costs
    .filter((c) => c.kind === "recurring" && c.renewalDate)
    .map((c) => nextRenewal(c.renewalDate!, c.noticeDays, today))
    .sort((a, b) => a.date.localeCompare(b.date));
  return upcoming[0] ?? null;
}

export type EvaluatedTechnology = { items: TechnologyItems; row: PortfolioRow } & ReturnType<typeof evaluateTechnology>;

/** Every technology's row; relative cost for the TIME map compares each annualised TCO with the portfolio's mean. */
export function computePortfolioRows(all: readonly TechnologyItems[], annualDiscountRate: number, today: Date): PortfolioRow[] {
  return evaluatePortfolio(all, annualDiscountRate, today).map((e) => e.row);
}

/**
 * Every technology with its timeline, its finance summary and its table row. Relative cost for the TIME
 * quadrant compares each technology's annualised TCO with the mean of the technologies in use.
 */
export function evaluatePortfolio(all: readonly TechnologyItems[], annualDiscountRate: number, today: Date): EvaluatedTechnology[] {
  const evaluated = all.map((items) => ({ items, ...evaluateTechnology(items, annualDiscountRate, today) }));
  const annualTco = evaluated.map((e) => e.summary.tco.totalCents / (e.horizonMonths / 12));
  const inUse = annualTco.filter((_, i) => isInUse(evaluated[i].items.investment.status));
  const meanAnnualTco = inUse.reduce((a, b) => a + b, 0) / (inUse.length || 1);
  return evaluated.map((e, i) => {
    const { items, summary } = e;
    const relativeCost = meanAnnualTco > 0 ? annualTco[i] / meanAnnualTco : 0;
    const alignment = alignmentOf(items);
    const risk = highestRisk(items.risks);
    const { quadrant, businessValue, costRisk } = timeQuadrant({
      alignmentScore: alignment ?? 0,
      roi: summary.roi ?? 0,
      riskScore: risk ?? 1,
      relativeCost,
    });
    const inv = items.investment;
    const row: PortfolioRow = {
      id: inv.id,
      name: inv.name,
      vendor: inv.vendor,
      category: inv.category,
      status: inv.status,
      valueChainActivity: inv.valueChainActivity,
      ownerName: inv.ownerName,
      goLiveDate: inv.goLiveDate,
      usefulLifeMonths: inv.usefulLifeMonths,
      version: inv.version,
      // The run-rate of the month every page defaults to: the last complete one.
      annualRunRateCents: annualRunRateCents(items, parseISO(lastCompleteMonth(today))),
      tcoCents: summary.tco.totalCents,
      roi: summary.roi,
      npvCents: summary.npvCents,
      riskAdjustedNpvCents: e.riskAdjustedNpvCents,
      irrAnnual: summary.irrAnnual,
      paybackMonths: summary.paybackMonths,
      alignmentScore: alignment,
      riskScore: risk,
      timeQuadrant: isInUse(inv.status) ? quadrant : null,
      businessValue,
      costRisk,
      relativeCost,
      missing: gaps(items),
      nextRenewal: renewalOf(items.costs, today),
    };
    return { ...e, row };
  });
}
