/**
 * The benefits pages' figures: the evaluated portfolio (lib/portfolio/view.ts), the payments and realised
 * benefits (lib/realisation/money.ts) and the linked KPIs loaded through db/queries, composed by the pure
 * builders (lib/realisation/benefits-money.ts, before-after.ts).
 */
import "server-only";
import { listActualBenefits } from "@/db/queries/actual-benefits";
import { actualCostsByMonth } from "@/db/queries/actuals-summary";
import { listKpiOptions, listLinkedKpiDefinitions, listLinkedValuesBetween } from "@/db/queries/realisation";
import { tenantRead } from "@/db/scope";
import { formatsOf, type TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { lastCompleteMonth } from "@/lib/portfolio/timeline";
import { getPortfolioModel, type PortfolioModel } from "@/lib/portfolio/view";
import { parseMonthParam, resolveMonth } from "@/lib/scorecard/month";
import { beforeAfterWindow, buildBeforeAfter, parseWindowMonths } from "./before-after";
import { buildMoneyBenefits, moneyRowOf, type ActualsInput, type MoneyBenefitsRow, type MoneyBenefitsTotals } from "./benefits-money";
import { loadRealisedDetail } from "./money";
import type { BeforeAfterView } from "./types";

type MonthParam = string | string[] | null | undefined;

/** `?month=` when valid, else the last complete month before `today`; either way clamped into `bounds`. */
function shownMonth(month: MonthParam, bounds: { earliest: string; latest: string }, today: Date): string {
  return resolveMonth(parseMonthParam(Array.isArray(month) ? month[0] : month) ?? lastCompleteMonth(today), bounds)!;
}

/** The benefits page at one month, in money. */
export interface MoneyBenefitsView {
  /** The month shown ('YYYY-MM-01'): `?month=`, else the last complete month, clamped into `bounds`. */
  month: string;
  /** From the portfolio's first month to the last complete month, for the month selector. */
  bounds: { earliest: string; latest: string };
  rows: MoneyBenefitsRow[];
  totals: MoneyBenefitsTotals;
}

/** The month shown: `?month=` when valid, else the last complete month; clamped from the portfolio's first month to the last complete one. */
function moneyMonth(month: MonthParam, model: PortfolioModel, today: Date): { month: string; bounds: { earliest: string; latest: string } } {
  const latest = lastCompleteMonth(today);
  const earliest = model.technologies.map((t) => t.origin).reduce((a, b) => (b < a ? b : a), latest);
  const bounds = { earliest: earliest < latest ? earliest : latest, latest };
  return { month: shownMonth(month, bounds, today), bounds };
}

/** Payments and realised benefits (with their inputs) from the portfolio's first month to `month`. */
async function loadActuals(ctx: TenantCtx, from: string, month: string): Promise<ActualsInput> {
  const [costs, realised] = await Promise.all([actualCostsByMonth(ctx, month), loadRealisedDetail(ctx, { from, to: month })]);
  return { costs, realised: realised.byTechnology, inputs: realised.inputs };
}

/**
 * The benefits page at `month` (`YYYY-MM`; missing or malformed → the last complete month before `today`):
 * every technology that planned or realised a benefit, its planned benefits to date beside what its KPIs
 * (change × value per unit, attributed) and the amounts entered show it realised, on the technology page's
 * plan-against-actual figures. Three queries besides the (cached) portfolio model.
 */
export const getBenefitsRealised = tenantRead(async function getBenefitsRealised(
  ctx: TenantCtx,
  { month }: { month?: MonthParam } = {},
  today: Date = new Date(),
): Promise<MoneyBenefitsView> {
  const model = await getPortfolioModel(ctx, today);
  const shown = moneyMonth(month, model, today);
  const actuals = await loadActuals(ctx, shown.bounds.earliest, shown.month);
  return { ...shown, ...buildMoneyBenefits(model.technologies, actuals, shown.month) };
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
  const [model, definitions] = await Promise.all([getPortfolioModel(ctx, today), listLinkedKpiDefinitions(ctx, technologyId)]);
  const technology = model.technologies.find((t) => t.row.id === technologyId);
  if (!technology) throw new AppError("not_found");
  const months = parseWindowMonths(n);
  const { id, name, goLiveDate } = technology.row;
  const shown = moneyMonth(month, model, today);
  const window = goLiveDate ? beforeAfterWindow(goLiveDate, months) : null;
  const [actuals, measurements] = await Promise.all([
    loadActuals(ctx, shown.bounds.earliest, shown.month),
    window && definitions.length
      ? listLinkedValuesBetween(ctx, technologyId, { from: window.before[0], to: window.after[window.after.length - 1], except: window.goLiveMonth })
      : Promise.resolve([]),
  ]);
  const figures = moneyRowOf(technology, actuals, shown.month);
  if (definitions.length === 0) return { state: "no_kpis", technology: { id, name, goLiveDate }, n: months, figures };
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
