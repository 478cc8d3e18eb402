import "server-only";
import { and, asc, between, eq, inArray, isNotNull, ne, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { benefitItems, investments, kpiMeasurements, kpis, type Kpi } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/** A KPI linked to one of the workspace's technologies (numerics already numbers). */
export type LinkedKpiDefinition = Pick<Kpi, "id" | "name" | "unit" | "direction"> & { baseline: number; target: number; investmentId: string };

/** A value of a linked KPI ('YYYY-MM-01'). */
export type LinkedKpiPoint = { kpiId: string; period: string; value: number };

/** KPIs linked to a technology of the workspace (one technology when `investmentId` is given). */
function linkedTo(investmentId?: string): SQL {
  return investmentId ? eq(kpis.investmentId, investmentId) : isNotNull(kpis.investmentId);
}

/** Linked KPI definitions, by name. The join repeats the org so a link can never reach another workspace's row. */
export const listLinkedKpiDefinitions = tenantRead(async function listLinkedKpiDefinitions(ctx: TenantCtx, investmentId?: string): Promise<LinkedKpiDefinition[]> {
  const rows = await db
    .select({
      id: kpis.id,
      name: kpis.name,
      unit: kpis.unit,
      direction: kpis.direction,
      baseline: kpis.baseline,
      target: kpis.target,
      investmentId: investments.id,
    })
    .from(kpis)
    .innerJoin(investments, and(eq(investments.orgId, kpis.orgId), eq(investments.id, kpis.investmentId)))
    .where(and(eq(kpis.orgId, ctx.orgId), linkedTo(investmentId)))
    .orderBy(asc(kpis.name));
  return rows.map((r) => ({ ...r, baseline: Number(r.baseline), target: Number(r.target) }));
});

/**
 * The values of one technology's linked KPIs from `from` to `to` ('YYYY-MM-01', inclusive), leaving out
 * the month `except` (its go-live month), by KPI then month: the before/after series.
 */
export const listLinkedValuesBetween = tenantRead(async function listLinkedValuesBetween(
  ctx: TenantCtx,
  investmentId: string,
  { from, to, except }: { from: string; to: string; except: string },
): Promise<LinkedKpiPoint[]> {
  const rows = await db
    .select({ kpiId: kpiMeasurements.kpiId, period: kpiMeasurements.period, value: kpiMeasurements.value })
    .from(kpiMeasurements)
    .innerJoin(kpis, and(eq(kpis.orgId, kpiMeasurements.orgId), eq(kpis.id, kpiMeasurements.kpiId)))
    .where(and(eq(kpiMeasurements.orgId, ctx.orgId), linkedTo(investmentId), between(kpiMeasurements.period, from, to), ne(kpiMeasurements.period, except)))
    .orderBy(asc(kpiMeasurements.kpiId), asc(kpiMeasurements.period));
  return rows.map((m) => ({ kpiId: m.kpiId, period: m.period, value: Number(m.value) }));
});

/** A benefit line naming a KPI with a value per unit, with its KPI's definition and its technology's go-live. */
export type KpiBenefitLine = {
  investmentId: string;
  goLiveDate: string | null;
  kind: "one_time" | "recurring";
  frequency: "monthly" | "annual" | null;
  amountCents: number;
  valuePerUnitCents: number;
  kpiId: string;
  kpiName: string;
  unit: Kpi["unit"];
  baseline: number;
  direction: Kpi["direction"];
  attribution: Kpi["attribution"];
};

/** Every benefit line that names a KPI and a value per unit (attribution needs them all), by KPI then technology. The joins repeat the org. */
export const listKpiBenefitLines = tenantRead(async function listKpiBenefitLines(ctx: TenantCtx): Promise<KpiBenefitLine[]> {
  const rows = await db
    .select({
      investmentId: benefitItems.investmentId,
      goLiveDate: investments.goLiveDate,
      kind: benefitItems.kind,
      frequency: benefitItems.frequency,
      amountCents: benefitItems.amountCents,
      valuePerUnitCents: benefitItems.valuePerUnitCents,
      kpiId: kpis.id,
      kpiName: kpis.name,
      unit: kpis.unit,
      baseline: kpis.baseline,
      direction: kpis.direction,
      attribution: kpis.attribution,
    })
    .from(benefitItems)
    .innerJoin(kpis, and(eq(kpis.orgId, benefitItems.orgId), eq(kpis.id, benefitItems.kpiId)))
    .innerJoin(investments, and(eq(investments.orgId, benefitItems.orgId), eq(investments.id, benefitItems.investmentId)))
    .where(and(eq(benefitItems.orgId, ctx.orgId), isNotNull(benefitItems.valuePerUnitCents)))
    .orderBy(asc(kpis.name), asc(investments.name), asc(benefitItems.createdAt), asc(benefitItems.id));
  return rows.map((r) => ({ ...r, valuePerUnitCents: r.valuePerUnitCents ?? 0, baseline: Number(r.baseline) }));
});

/** The values from `from` to `to` ('YYYY-MM-01', inclusive) of the KPIs benefit lines name, by KPI then month. */
export const listNamedKpiValuesBetween = tenantRead(async function listNamedKpiValuesBetween(
  ctx: TenantCtx,
  { from, to }: { from: string; to: string },
): Promise<LinkedKpiPoint[]> {
  const named = db
    .selectDistinct({ kpiId: benefitItems.kpiId })
    .from(benefitItems)
    .where(and(eq(benefitItems.orgId, ctx.orgId), isNotNull(benefitItems.kpiId), isNotNull(benefitItems.valuePerUnitCents)));
  const rows = await db
    .select({ kpiId: kpiMeasurements.kpiId, period: kpiMeasurements.period, value: kpiMeasurements.value })
    .from(kpiMeasurements)
    .where(and(eq(kpiMeasurements.orgId, ctx.orgId), between(kpiMeasurements.period, from, to), inArray(kpiMeasurements.kpiId, named)))
    .orderBy(asc(kpiMeasurements.kpiId), asc(kpiMeasurements.period));
  return rows.map((m) => ({ kpiId: m.kpiId, period: m.period, value: Number(m.value) }));
});

/** Every KPI of the workspace by name: what a benefit line can be realised through. */
export const listKpiOptions = tenantRead(async function listKpiOptions(ctx: TenantCtx): Promise<{ id: string; name: string; unit: Kpi["unit"] }[]> {
  return db.select({ id: kpis.id, name: kpis.name, unit: kpis.unit }).from(kpis).where(eq(kpis.orgId, ctx.orgId)).orderBy(asc(kpis.name));
});
