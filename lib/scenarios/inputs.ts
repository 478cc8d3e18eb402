/**
 * A technology of the portfolio model as the scenario engine takes it: the same items in the same month
 * offsets from the same origin as lib/portfolio/metrics' evaluateTechnology (at 1/1/0/1 the figures are
 * the portfolio table's; the test checks it).
 */
import { toFinanceBenefit, toFinanceCost, type EvaluatedTechnology } from "@/lib/portfolio/metrics";
import type { ScenarioTechnology } from "./engine";

export function scenarioTechnology(t: Pick<EvaluatedTechnology, "origin" | "horizonMonths" | "items">): ScenarioTechnology {
  return {
    status: t.items.investment.status,
    origin: t.origin,
    horizonMonths: t.horizonMonths,
    costs: t.items.costs.map((c) => toFinanceCost(c, t.origin)),
    benefits: t.items.benefits.map((b) => toFinanceBenefit(b, t.origin)),
  };
}
