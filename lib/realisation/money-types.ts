import type { AttributionMethod } from "@/lib/domain/values";
import type { Direction } from "@/lib/finance";
import type { KpiUnit } from "@/lib/kpis/unit-rules";

/** One technology-month of realised benefits: from its KPIs (change × value per unit, attributed) and entered by hand. */
export type MonthMoney = { fromKpisCents: number; enteredCents: number };

/** Investment id → month ('YYYY-MM-01') → realised benefits. Months without either are absent. */
export type RealisedByTechnology = Map<string, Map<string, MonthMoney>>;

/** A benefit line naming a KPI with a value per unit, with what the realisation needs of its KPI and technology. */
export type { KpiBenefitLine } from "@/db/queries/realisation";

/** The inputs behind one technology's realised benefit from one KPI in one month: "how is this computed?". */
export interface KpiMoneyInput {
  investmentId: string;
  month: string;
  kpiId: string;
  kpiName: string;
  unit: KpiUnit;
  value: number;
  baseline: number;
  direction: Direction;
  attribution: AttributionMethod;
  /** Cents one unit of change is worth to this technology (its lines naming the KPI added up). */
  valuePerUnitCents: number;
  /** How many technologies' benefit lines name the KPI. */
  technologiesSharing: number;
  /** This technology's attributed share of the change, 0–1. */
  share: number;
  /** The units of change that share is, in the KPI's good direction. */
  units: number;
  cents: number;
}
