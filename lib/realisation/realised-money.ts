/**
 * Realised benefits in money per technology and month, from the KPIs its benefit lines name (KPI change ×
 * value per unit, attributed between the technologies naming the same KPI) and from amounts entered by
 * hand. Pure, so the technology page, the dashboard, the benefits page and the report read one set of
 * numbers; the arithmetic is lib/finance's.
 */
import { realisedParts, type RealisedClaim } from "@/lib/finance";
import { monthOffset } from "@/lib/portfolio/timeline";
import type { KpiBenefitLine, KpiMoneyInput, MonthMoney, RealisedByTechnology } from "./money-types";

type Point = { kpiId: string; period: string; value: number };
type Entered = { investmentId: string; month: string; amountCents: number };

/** What a benefit line plans a year, to weigh technologies by planned benefit: a one-time amount counts once. */
export function plannedYearlyCents(line: Pick<KpiBenefitLine, "kind" | "frequency" | "amountCents">): number {
  return line.kind === "recurring" && line.frequency === "monthly" ? line.amountCents * 12 : line.amountCents;
}

/** One technology's claim on one KPI: its lines naming the KPI, their values per unit and plans added up. */
interface TechnologyClaim {
  investmentId: string;
  goLiveMonth: string | null;
  valuePerUnitCents: number;
  plannedBenefitCents: number;
}

interface KpiClaims {
  kpi: Pick<KpiBenefitLine, "kpiId" | "kpiName" | "unit" | "baseline" | "direction" | "attribution">;
  technologies: TechnologyClaim[];
}

/** The benefit lines naming KPIs, grouped by KPI and, within it, by technology (in first-seen order). */
export function groupClaims(lines: readonly KpiBenefitLine[]): KpiClaims[] {
  const byKpi = new Map<string, KpiClaims>();
  for (const line of lines) {
    const group = byKpi.get(line.kpiId) ?? byKpi.set(line.kpiId, { kpi: line, technologies: [] }).get(line.kpiId)!;
    let claim = group.technologies.find((t) => t.investmentId === line.investmentId);
    if (!claim) {
      const goLiveMonth = line.goLiveDate ? `${line.goLiveDate.slice(0, 7)}-01` : null;
      claim = { investmentId: line.investmentId, goLiveMonth, valuePerUnitCents: 0, plannedBenefitCents: 0 };
      group.technologies.push(claim);
    }
    // Two lines of one technology naming one KPI both gain from each unit of its change.
    claim.valuePerUnitCents += line.valuePerUnitCents;
    claim.plannedBenefitCents += plannedYearlyCents(line);
  }
  return [...byKpi.values()];
}

const toRealisedClaim = (t: TechnologyClaim, month: string): RealisedClaim => ({
  valuePerUnitCents: t.valuePerUnitCents,
  plannedBenefitCents: t.plannedBenefitCents,
  monthsLive: t.goLiveMonth === null ? null : monthOffset(t.goLiveMonth, month),
});

/** Every technology's part of one KPI's value in one month, with the inputs that explain it. */
function kpiMonthInputs(group: KpiClaims, point: Point): KpiMoneyInput[] {
  const { kpi, technologies } = group;
  const { attribution } = kpi;
  const parts = realisedParts(
    { value: point.value, baseline: kpi.baseline, direction: kpi.direction, attribution },
    technologies.map((t) => toRealisedClaim(t, point.period)),
  );
  return technologies.map((t, i) => ({
    investmentId: t.investmentId,
    month: point.period,
    kpiId: kpi.kpiId,
    kpiName: kpi.kpiName,
    unit: kpi.unit,
    value: point.value,
    baseline: kpi.baseline,
    direction: kpi.direction,
    attribution,
    valuePerUnitCents: t.valuePerUnitCents,
    technologiesSharing: technologies.length,
    ...parts[i],
  }));
}

/** Month, then KPI name: the order "how is this computed?" lists inputs in, the same before and after an export (ids change). */
const byMonthAndName = (a: KpiMoneyInput, b: KpiMoneyInput) => a.month.localeCompare(b.month) || a.kpiName.localeCompare(b.kpiName);

/** The inputs behind every KPI-realised figure: one row per technology, KPI and month with a value. */
export function kpiMoneyInputs(lines: readonly KpiBenefitLine[], points: readonly Point[]): KpiMoneyInput[] {
  const groups = new Map(groupClaims(lines).map((g) => [g.kpi.kpiId, g]));
  const inputs = points.flatMap((point) => {
    const group = groups.get(point.kpiId);
    return group ? kpiMonthInputs(group, point) : [];
  });
  // A stable sort: the technologies sharing one KPI's month keep their order.
  return inputs.sort(byMonthAndName);
}

function cell(byTechnology: RealisedByTechnology, investmentId: string, month: string): MonthMoney {
  const months = byTechnology.get(investmentId) ?? byTechnology.set(investmentId, new Map()).get(investmentId)!;
  return months.get(month) ?? months.set(month, { fromKpisCents: 0, enteredCents: 0 }).get(month)!;
}

/**
 * Realised benefits per technology and month: the KPI-realised cents summed over its KPIs, and the amounts
 * entered by hand summed. A month appears only when it has a KPI value the technology has a share of, or an
 * entered amount.
 */
export function realisedByTechnology(inputs: readonly KpiMoneyInput[], entered: readonly Entered[]): RealisedByTechnology {
  const byTechnology: RealisedByTechnology = new Map();
  // A technology with no share of the month (not live yet under time decay) realised nothing from it.
  for (const input of inputs) if (input.share > 0) cell(byTechnology, input.investmentId, input.month).fromKpisCents += input.cents;
  for (const row of entered) cell(byTechnology, row.investmentId, row.month).enteredCents += row.amountCents;
  return byTechnology;
}
