/**
 * The dashboard's plan against actual: every counted technology's comparison (lib/actuals/plan-vs-actual.ts,
 * the one the technology page shows) summed for the portfolio, the technologies furthest off plan for
 * "Needs attention", and how each figure is computed. Pure.
 */
import { planVsActual, portfolioPlanVsActual, type OffPlan, type PlanVsActualTotals, type RealisedMonth, type TechnologyComparison } from "@/lib/actuals/plan-vs-actual";
import { formatMoney, formatMonth, formatPercent, type Formats } from "@/lib/format";
import type { EvaluatedTechnology } from "@/lib/portfolio/metrics";
import { countsInPortfolio } from "@/lib/portfolio/valuation";
import type { DashboardAlerts, DashboardPlanVsActual } from "./types";

/** What was recorded up to the month: payments per technology and month, realised benefits, and the unmatched payments. */
export interface ActualsInput {
  costs: ReadonlyMap<string, ReadonlyMap<string, number>>;
  realised: ReadonlyMap<string, ReadonlyMap<string, RealisedMonth>>;
  unmatched: { count: number; cents: number };
}

const NO_ACTUALS = new Map<never, never>();

/** Each technology's plan against its actuals up to `month`, as its page shows it. */
function technologyComparisons(technologies: readonly EvaluatedTechnology[], actuals: Omit<ActualsInput, "unmatched">, month: string): TechnologyComparison[] {
  return technologies.map((t) => {
    const { id, name } = t.items.investment;
    const plan = { origin: t.origin, costsCents: t.summary.series.costsCents, benefitsCents: t.summary.series.benefitsCents };
    const recorded = { costsByMonth: actuals.costs.get(id) ?? NO_ACTUALS, benefitsByMonth: actuals.realised.get(id) ?? NO_ACTUALS };
    return { id, name, figures: planVsActual(plan, recorded, month) };
  });
}

function offPlanDetail(o: OffPlan, formats: Formats): string {
  const money = (c: number) => formatMoney(c, formats);
  const t = o.toDate;
  const sides = [
    o.hasCostActuals && `spent ${money(t.actualCostCents)} against ${money(t.plannedCostCents)} planned`,
    o.hasBenefitActuals && `realised ${money(t.realisedBenefitCents)} against ${money(t.plannedBenefitCents)} planned`,
  ].filter(Boolean);
  return `${money(o.offPlanCents)} worse than plan to date: ${sides.join("; ")}`;
}

/** Payments filed under proposals up to the month: theirs, but not the portfolio's until approved. */
function proposalSpend(proposals: readonly EvaluatedTechnology[], costs: ActualsInput["costs"]): { count: number; cents: number } {
  const months = proposals.flatMap((t) => [...(costs.get(t.items.investment.id)?.values() ?? [])]);
  return { count: proposals.filter((t) => costs.has(t.items.investment.id)).length, cents: months.reduce((a, c) => a + c, 0) };
}

function explainSpend(
  p: ReturnType<typeof portfolioPlanVsActual>,
  unmatched: ActualsInput["unmatched"],
  proposals: { count: number; cents: number },
  formats: Formats,
): DashboardPlanVsActual["spend"] {
  const money = (c: number) => formatMoney(c, formats);
  const t = p.toDate;
  return {
    formula: `Σ payments filed under each technology with actuals, from the month its actuals began to the end of ${formatMonth(p.month, formats.locale)}; plan = its cash-flow plan over the same months; variance = actual − plan`,
    inputs: [
      { label: "Planned cost, same months", value: money(t.plannedCostCents) },
      { label: "Actual cost", value: money(t.actualCostCents) },
      { label: "Variance", value: `${money(t.costVarianceCents)}${t.costVarianceRatio === null ? "" : ` (${formatPercent(t.costVarianceRatio, formats.locale)})`}` },
      { label: "Technologies compared", value: String(p.withActuals) },
      { label: "Technologies without actuals (left out)", value: p.withoutActuals.map((w) => w.name).join(", ") || "none" },
      { label: "Unmatched payments (not counted)", value: `${unmatched.count} · ${money(unmatched.cents)}` },
      { label: "Paid for proposals (not counted until approved)", value: `${proposals.count} · ${money(proposals.cents)}` },
    ],
  };
}

const sum = (totals: readonly PlanVsActualTotals[], pick: (t: PlanVsActualTotals) => number) => totals.reduce((a, t) => a + pick(t), 0);

function explainRoi(p: ReturnType<typeof portfolioPlanVsActual>, comparisons: readonly TechnologyComparison[], formats: Formats): DashboardPlanVsActual["roi"] {
  const money = (c: number) => formatMoney(c, formats);
  const both = comparisons.filter((c) => c.figures.hasCostActuals && c.figures.hasBenefitActuals).map((c) => c.figures.toDate);
  return {
    formula:
      "over the technologies with both payments and benefits recorded, each from the month its actuals began: realised = (Σ benefits realised − Σ actual costs) ÷ Σ actual costs; planned = (Σ planned benefits − Σ planned costs) ÷ Σ planned costs over the same months",
    inputs: [
      { label: "Technologies compared", value: String(p.roiTechnologies) },
      { label: "Benefits realised (KPI change × value per unit, attributed, + amounts entered)", value: money(sum(both, (f) => f.realisedBenefitCents)) },
      { label: "Actual costs", value: money(sum(both, (f) => f.actualCostCents)) },
      { label: "Planned benefits", value: money(sum(both, (f) => f.plannedBenefitCents)) },
      { label: "Planned costs", value: money(sum(both, (f) => f.plannedCostCents)) },
      { label: "Left out: actuals on one side only (e.g. payments, no benefit measured)", value: p.leftOutOfRoi.map((t) => t.name).join(", ") || "none" },
    ],
  };
}

/** The dashboard's plan-against-actual panel and its "furthest off plan" alerts, over the counted technologies (proposals left out). */
export function dashboardPlanVsActual(
  technologies: readonly EvaluatedTechnology[],
  actuals: ActualsInput,
  month: string,
  formats: Formats,
): { panel: DashboardPlanVsActual; offPlan: DashboardAlerts["offPlan"] } {
  const counted = technologies.filter((t) => countsInPortfolio(t.items.investment.status));
  const comparisons = technologyComparisons(counted, actuals, month);
  const p = portfolioPlanVsActual(comparisons, month);
  return {
    panel: {
      toDate: p.toDate,
      withActuals: p.withActuals,
      withoutActuals: p.withoutActuals.length,
      roiTechnologies: p.roiTechnologies,
      leftOutOfRoi: p.leftOutOfRoi.length,
      unmatched: actuals.unmatched,
      spend: explainSpend(p, actuals.unmatched, proposalSpend(technologies.filter((t) => !countsInPortfolio(t.items.investment.status)), actuals.costs), formats),
      roi: explainRoi(p, comparisons, formats),
    },
    offPlan: p.offPlan.map((o) => ({ id: o.id, name: o.name, offPlanCents: o.offPlanCents, detail: offPlanDetail(o, formats) })),
  };
}
