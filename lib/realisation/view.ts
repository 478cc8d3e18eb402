/**
 * The benefits pages' figures: the evaluated portfolio (lib/portfolio/view.ts) and the linked KPIs loaded
 * through db/queries, composed by the pure builders (lib/realisation/benefits.ts, before-after.ts).
 */
import "server-only";
import { latestLinkedValues, linkedMeasurementBounds, listKpiOptions, listLinkedKpiDefinitions, listLinkedValuesBetween } from "@/db/queries/realisation";
import { listActualBenefits } from "@/db/queries/actual-benefits";
import { tenantRead } from "@/db/scope";
import { formatsOf, type TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { lastCompleteMonth } from "@/lib/portfolio/timeline";
import { getPortfolioModel } from "@/lib/portfolio/view";
import { parseMonthParam, resolveMonth } from "@/lib/scorecard/month";
import { beforeAfterWindow, buildBeforeAfter, parseWindowMonths } from "./before-after";
import { buildBenefitsRows, realisationOf } from "./benefits";
import type { BeforeAfterView, BenefitsRealisedView, LinkedKpi, LinkedKpiValue } from "./types";

type MonthParam = string | string[] | null | undefined;
type LatestValues = Map<string, { period: string; value: number }>;

const withLatest = <K extends LinkedKpi>(definitions: readonly K[], latest: LatestValues): (K & LinkedKpiValue)[] =>
  definitions.map((d) => ({ ...d, latest: latest.get(d.id) ?? null }));

/** `?month=` when valid, else the last complete month before `today`; either way clamped into the data's months. */
function shownMonth(month: MonthParam, bounds: { earliest: string; latest: string } | null, today: Date): string | null {
  return resolveMonth(parseMonthParam(Array.isArray(month) ? month[0] : month) ?? lastCompleteMonth(today), bounds);
}

/**
 * The benefits-realised table at `month` (`YYYY-MM`; missing or malformed → the last complete month before
 * `today`; either way clamped to the nearest month with values of linked KPIs): every technology with at
 * least one linked KPI, its business case to date beside what its KPIs show. Four queries besides the
 * (cached) portfolio model.
 */
export const getBenefitsRealised = tenantRead(async function getBenefitsRealised(
  ctx: TenantCtx,
  { month }: { month?: MonthParam } = {},
  today: Date = new Date(),
): Promise<BenefitsRealisedView> {
  const [model, definitions, bounds] = await Promise.all([getPortfolioModel(ctx, today), listLinkedKpiDefinitions(ctx), linkedMeasurementBounds(ctx)]);
  const shown = shownMonth(month, bounds, today);
  const latest: LatestValues = shown ? await latestLinkedValues(ctx, shown) : new Map();
  // Without any values yet the plan still runs to the default month; the realisation stays unknown.
  const rows = buildBenefitsRows(model.technologies, shown ?? lastCompleteMonth(today), withLatest(definitions, latest));
  return { month: shown, bounds, rows };
});

/**
 * One technology before and after its go-live: its linked KPIs over the `n` months (`?n=`, 1–24, default 6)
 * either side of the go-live month, with its benefits-realised figures at `month` (defaulted as above).
 * Unknown, foreign or malformed ids are "not found"; a technology without a go-live date or without linked
 * KPIs is a view saying so.
 */
export const getBeforeAfter = tenantRead(async function getBeforeAfter(
  ctx: TenantCtx,
  technologyId: string,
  { n, month }: { n?: MonthParam; month?: MonthParam } = {},
  today: Date = new Date(),
): Promise<BeforeAfterView> {
  if (!isUuid(technologyId)) throw new AppError("not_found");
  const [model, definitions, bounds] = await Promise.all([
    getPortfolioModel(ctx, today),
    listLinkedKpiDefinitions(ctx, technologyId),
    linkedMeasurementBounds(ctx),
  ]);
  const technology = model.technologies.find((t) => t.row.id === technologyId);
  if (!technology) throw new AppError("not_found");
  const months = parseWindowMonths(n);
  const { id, name, goLiveDate } = technology.row;
  if (definitions.length === 0) return { state: "no_kpis", technology: { id, name, goLiveDate }, n: months, figures: null };

  const shown = shownMonth(month, bounds, today);
  const window = goLiveDate ? beforeAfterWindow(goLiveDate, months) : null;
  const [latest, measurements] = await Promise.all([
    shown ? latestLinkedValues(ctx, shown, technologyId) : Promise.resolve<LatestValues>(new Map()),
    window
      ? listLinkedValuesBetween(ctx, technologyId, { from: window.before[0], to: window.after[window.after.length - 1], except: window.goLiveMonth })
      : Promise.resolve([]),
  ]);
  const figures = shown ? realisationOf(technology, shown, withLatest(definitions, latest)) : null;
  if (!goLiveDate || !window) return { state: "no_go_live", technology: { id, name }, n: months, figures };
  return {
    state: "ready",
    technology: { id, name, goLiveDate },
    n: months,
    window,
    kpis: buildBeforeAfter(definitions, measurements, window, formatsOf(ctx)),
    figures,
  };
});

/** The KPIs a benefit line can be realised through, for the technology form. */
export const loadKpiOptions = (ctx: TenantCtx) => listKpiOptions(ctx);

/** A technology's benefits entered as amounts, newest month first, for its page's list (components/actuals/benefit-list.tsx). */
export async function loadActualBenefitEntries(ctx: TenantCtx, technologyId: string) {
  const rows = await listActualBenefits(ctx, technologyId);
  return rows.map(({ id, version, month, amountCents, description }) => ({ id, version, month, amountCents, description }));
}
