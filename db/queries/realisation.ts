import "server-only";
import { and, asc, between, desc, eq, isNotNull, lte, max, min, ne, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { investments, kpiMeasurements, kpis } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { toMonth } from "@/lib/portfolio/timeline";
import { beforeAfterWindow, buildBeforeAfter, parseWindowMonths } from "@/lib/realisation/before-after";
import { buildBenefitsRows, realisationOf } from "@/lib/realisation/benefits";
import type { BeforeAfterView, BenefitsRealisedView, LinkedKpi, LinkedKpiValue } from "@/lib/realisation/types";
import { parseMonthParam, resolveMonth } from "@/lib/scorecard/month";
import { loadPortfolioModel } from "./portfolio";

type MonthParam = string | string[] | null | undefined;

/** KPIs linked to a technology of the workspace (one technology when `investmentId` is given). */
function linkedTo(investmentId?: string): SQL {
  return investmentId ? eq(kpis.investmentId, investmentId) : isNotNull(kpis.investmentId);
}

/** Linked KPI definitions, by name. The join repeats the org so a link can never reach another workspace's row. */
async function linkedDefinitions(ctx: TenantCtx, investmentId?: string): Promise<(LinkedKpi & { investmentId: string })[]> {
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
}

/** First and last month with a value of any linked KPI: the benefits pages' month range. */
async function linkedBounds(ctx: TenantCtx): Promise<{ earliest: string; latest: string } | null> {
  const [range] = await db
    .select({ earliest: min(kpiMeasurements.period), latest: max(kpiMeasurements.period) })
    .from(kpiMeasurements)
    .innerJoin(kpis, and(eq(kpis.orgId, kpiMeasurements.orgId), eq(kpis.id, kpiMeasurements.kpiId)))
    .where(and(eq(kpiMeasurements.orgId, ctx.orgId), linkedTo()));
  return range?.earliest && range.latest ? { earliest: range.earliest, latest: range.latest } : null;
}

/** Each linked KPI's latest value up to and including `month`: one DISTINCT ON query. */
async function latestLinkedValues(ctx: TenantCtx, month: string, investmentId?: string): Promise<Map<string, { period: string; value: number }>> {
  const rows = await db
    .selectDistinctOn([kpiMeasurements.kpiId], { kpiId: kpiMeasurements.kpiId, period: kpiMeasurements.period, value: kpiMeasurements.value })
    .from(kpiMeasurements)
    .innerJoin(kpis, and(eq(kpis.orgId, kpiMeasurements.orgId), eq(kpis.id, kpiMeasurements.kpiId)))
    .where(and(eq(kpiMeasurements.orgId, ctx.orgId), lte(kpiMeasurements.period, month), linkedTo(investmentId)))
    .orderBy(kpiMeasurements.kpiId, desc(kpiMeasurements.period));
  return new Map(rows.map((r) => [r.kpiId, { period: r.period, value: Number(r.value) }]));
}

const withLatest = <K extends LinkedKpi>(definitions: readonly K[], latest: Map<string, { period: string; value: number }>): (K & LinkedKpiValue)[] =>
  definitions.map((d) => ({ ...d, latest: latest.get(d.id) ?? null }));

function resolveShownMonth(month: MonthParam, bounds: { earliest: string; latest: string } | null): string | null {
  return resolveMonth(parseMonthParam(Array.isArray(month) ? month[0] : month), bounds);
}

/**
 * The benefits-realised table at `month` (`YYYY-MM`; missing, malformed or out of range → the nearest month
 * with values of linked KPIs, by default the latest): every technology with at least one linked KPI, its
 * business case to date beside what its KPIs show. Four queries besides the (cached) portfolio model.
 */
export const getBenefitsRealised = tenantRead(async function getBenefitsRealised(ctx: TenantCtx, { month }: { month?: MonthParam } = {}, today: Date = new Date()): Promise<BenefitsRealisedView> {
  const [model, definitions, bounds] = await Promise.all([loadPortfolioModel(ctx, today), linkedDefinitions(ctx), linkedBounds(ctx)]);
  const shown = resolveShownMonth(month, bounds);
  const latest = shown ? await latestLinkedValues(ctx, shown) : new Map();
  // Without any values yet the plan still runs to this month; the realisation stays unknown.
  const rows = buildBenefitsRows(model.technologies, shown ?? toMonth(today), withLatest(definitions, latest));
  return { month: shown, bounds, rows };
});

/**
 * One technology before and after its go-live: its linked KPIs over the `n` months (`?n=`, 1–24, default 6)
 * either side of the go-live month, with its benefits-realised figures at `month`. Unknown, foreign or
 * malformed ids are "not found"; a technology without a go-live date or without linked KPIs is a view saying so.
 */
export const getBeforeAfter = tenantRead(async function getBeforeAfter(
  ctx: TenantCtx,
  technologyId: string,
  { n, month }: { n?: MonthParam; month?: MonthParam } = {},
  today: Date = new Date(),
): Promise<BeforeAfterView> {
  if (!isUuid(technologyId)) throw new AppError("not_found");
  const [model, definitions, bounds] = await Promise.all([loadPortfolioModel(ctx, today), linkedDefinitions(ctx, technologyId), linkedBounds(ctx)]);
  const technology = model.technologies.find((t) => t.row.id === technologyId);
  if (!technology) throw new AppError("not_found");
  const months = parseWindowMonths(n);
  const { id, name, goLiveDate } = technology.row;
  if (definitions.length === 0) return { state: "no_kpis", technology: { id, name, goLiveDate }, n: months, figures: null };

  const shown = resolveShownMonth(month, bounds);
  const window = goLiveDate ? beforeAfterWindow(goLiveDate, months) : null;
  const [latest, measurements] = await Promise.all([
    shown ? latestLinkedValues(ctx, shown, technologyId) : Promise.resolve(new Map()),
    window
      ? db
          .select({ kpiId: kpiMeasurements.kpiId, period: kpiMeasurements.period, value: kpiMeasurements.value })
          .from(kpiMeasurements)
          .innerJoin(kpis, and(eq(kpis.orgId, kpiMeasurements.orgId), eq(kpis.id, kpiMeasurements.kpiId)))
          .where(
            and(
              eq(kpiMeasurements.orgId, ctx.orgId),
              linkedTo(technologyId),
              between(kpiMeasurements.period, window.before[0], window.after[window.after.length - 1]),
              ne(kpiMeasurements.period, window.goLiveMonth),
            ),
          )
          .orderBy(asc(kpiMeasurements.kpiId), asc(kpiMeasurements.period))
      : Promise.resolve([]),
  ]);
  const figures = shown ? realisationOf(technology, shown, withLatest(definitions, latest)) : null;
  if (!goLiveDate || !window) return { state: "no_go_live", technology: { id, name }, n: months, figures };
  return {
    state: "ready",
    technology: { id, name, goLiveDate },
    n: months,
    window,
    kpis: buildBeforeAfter(
      definitions,
      measurements.map((m) => ({ kpiId: m.kpiId, period: m.period, value: Number(m.value) })),
      window,
      ctx.org.currency,
    ),
    figures,
  };
});
