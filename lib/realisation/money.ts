/**
 * Realised benefits in money, loaded: the benefit lines naming KPIs, those KPIs' values and the amounts
 * entered by hand, composed by the pure builders (realised-money.ts). The technology page, the dashboard,
 * the benefits page and the monthly report all read these figures from here.
 */
import "server-only";
import { sumActualBenefitsByMonth } from "@/db/queries/actual-benefits";
import { listKpiBenefitLines, listNamedKpiValuesBetween } from "@/db/queries/realisation";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { KpiMoneyInput, RealisedByTechnology } from "./money-types";
import { kpiMoneyInputs, realisedByTechnology } from "./realised-money";

/** Months from `from` to `to`, both 'YYYY-MM-01' and inclusive. */
export type MonthRange = { from: string; to: string };

/** The realised figures with the inputs that explain the KPI-realised part. */
export interface RealisedBenefits {
  byTechnology: RealisedByTechnology;
  inputs: KpiMoneyInput[];
}

/** Realised benefits and their inputs over `range`: three queries. */
export const loadRealisedDetail = tenantRead(async function loadRealisedDetail(ctx: TenantCtx, range: MonthRange): Promise<RealisedBenefits> {
  const [lines, points, entered] = await Promise.all([listKpiBenefitLines(ctx), listNamedKpiValuesBetween(ctx, range), sumActualBenefitsByMonth(ctx, range)]);
  const inputs = kpiMoneyInputs(lines, points);
  return { byTechnology: realisedByTechnology(inputs, entered), inputs };
});

/**
 * Realised benefits per technology and month over `range`: investment id → 'YYYY-MM-01' →
 * { fromKpisCents, enteredCents }. A month without a KPI value the technology has a share of and without an
 * entered amount is absent (no actuals for it).
 */
export async function loadRealisedBenefits(ctx: TenantCtx, range: MonthRange): Promise<RealisedByTechnology> {
  return (await loadRealisedDetail(ctx, range)).byTechnology;
}
