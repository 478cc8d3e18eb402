/**
 * Scenario figures for one technology or a whole portfolio, by the portfolio valuation's rules
 * (lib/portfolio/valuation.ts): a case applies the same settings to every technology's flows, and the
 * scope is then valued exactly as the dashboard values the portfolio — NPV as the sum of each technology's
 * NPV at its own start, ROI and IRR on the flows laid on one calendar, payback of the technologies in use.
 * At 1/1/0/1 (the likely case's defaults) the portfolio's figures are the dashboard's plan (tested).
 * The Monte Carlo values the same technologies with lib/finance's npvModel, each at its own start.
 */
import type { Investment } from "@/db/schema";
import { evaluateFlows, rawCashFlows, roundSeries, type BenefitItem, type CostItem, type FlowFigures, type ScenarioAdjustment } from "@/lib/finance";
import { portfolioFlows, portfolioPayback, type ValuationPart } from "@/lib/portfolio/valuation";
import { caseKinds, type CaseKind, type ScenarioSettings } from "./settings";

/** One technology as finance sees it: items in month offsets from its origin ('YYYY-MM-01'). */
export interface ScenarioTechnology {
  status: Investment["status"];
  origin: string;
  horizonMonths: number;
  costs: readonly CostItem[];
  benefits: readonly BenefitItem[];
}

export interface ScenarioFigures extends FlowFigures {
  /** First month of the calendar the figures count from; null without technologies. */
  calendarStart: string | null;
  calendarMonths: number;
  /** The month payback counts from: the technology's start, or the earliest start of the portfolio's technologies in use. */
  paybackStart: string | null;
}

export function toAdjustment(s: ScenarioSettings): ScenarioAdjustment {
  return { benefitMultiplier: s.benefitMultiplier, costMultiplier: s.costMultiplier, delayMonths: s.delayMonths, adoptionRate: s.adoptionRate };
}

/** One technology's part under a case: its rounded monthly series and its own NPV (unrounded flows, as evaluateInvestment). */
function partUnder(t: ScenarioTechnology, scenario: ScenarioAdjustment, annualDiscountRate: number): ValuationPart {
  const raw = rawCashFlows({ costs: t.costs, benefits: t.benefits, horizonMonths: t.horizonMonths, scenario });
  const series = roundSeries(raw);
  return {
    status: t.status,
    origin: t.origin,
    benefitsCents: series.benefitsCents,
    costsCents: series.costsCents,
    npvCents: evaluateFlows(raw.benefits, raw.costs, annualDiscountRate).npvCents,
  };
}

/**
 * NPV, IRR, payback and ROI of the scope under one case's settings. `scope` "portfolio" values the
 * technologies as the portfolio valuation does (payback of those in use); "technology" values one as
 * evaluateInvestment does (several are then valued together, as a portfolio without the in-use rule).
 */
export function evaluateScenario(
  techs: readonly ScenarioTechnology[],
  settings: ScenarioSettings,
  annualDiscountRate: number,
  scope: "portfolio" | "technology" = "technology",
): ScenarioFigures {
  const scenario = toAdjustment(settings);
  if (scope === "technology" && techs.length === 1) {
    // One technology's figures are evaluateInvestment's with the scenario: on its unrounded months.
    const [t] = techs;
    const raw = rawCashFlows({ costs: t.costs, benefits: t.benefits, horizonMonths: t.horizonMonths, scenario });
    return { ...evaluateFlows(raw.benefits, raw.costs, annualDiscountRate), calendarStart: t.origin, calendarMonths: t.horizonMonths, paybackStart: t.origin };
  }
  const parts = techs.map((t) => partUnder(t, scenario, annualDiscountRate));
  const { calendarStart, months, ...flows } = portfolioFlows(parts, annualDiscountRate, null);
  if (scope === "technology") return { ...flows, calendarStart, calendarMonths: months, paybackStart: calendarStart };
  const payback = portfolioPayback(parts);
  return { ...flows, paybackMonths: payback.months, calendarStart, calendarMonths: months, paybackStart: payback.start };
}

/** The three cases of a scope with their figures, side by side. */
export function evaluateCases<C extends { settings: ScenarioSettings }>(
  techs: readonly ScenarioTechnology[],
  cases: Record<CaseKind, C>,
  annualDiscountRate: number,
  scope: "portfolio" | "technology" = "technology",
): (C & { figures: ScenarioFigures })[] {
  return caseKinds.map((kind) => ({ ...cases[kind], figures: evaluateScenario(techs, cases[kind].settings, annualDiscountRate, scope) }));
}
