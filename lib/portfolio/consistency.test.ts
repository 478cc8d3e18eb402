// One set of numbers: every surface that shows a portfolio figure, for every demo workspace and several
// months, reads the same value as the portfolio valuation (lib/portfolio/valuation.ts) and the dashboard;
// plan against actual reads the same on a technology's page, the dashboard, the benefits page and the report.
import type { Locale } from "@/lib/format/locales";
import Papa from "papaparse";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { portfolioCsv } from "@/lib/portfolio/table-csv";
import { db } from "@/db";
import { organizations, users } from "@/db/schema";
import { DEMO_USERS, seedDemo } from "@/db/seed";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { getBenchmark } from "@/lib/benchmarking/view";
import { getDashboard } from "@/lib/dashboard/view";
import { getBenefitsRealised } from "@/lib/realisation/view";
import { getMonthlyReview, loadReportBenefits } from "@/lib/reports/view";
import { getReviewPack } from "@/lib/review-pack/view";
import { evaluateScenario } from "@/lib/scenarios/engine";
import { loadScenarioScope } from "@/lib/scenarios/view";
import { getScorecard } from "@/lib/scorecard/view";
import { getStrategy } from "@/lib/strategy/view";
import { roi } from "@/lib/finance";
import { getWorkspacesOverview } from "@/lib/workspaces/view";
import { queryPortfolio } from "./table-query";
import { parseTableParams } from "./table-params";
import { countsInPortfolio, valuePortfolio } from "./valuation";
import { getPortfolioModel, getTechnologyDetail, getTechnologyPlanVsActual, listPortfolio } from "./view";

const TODAY = new Date("2026-12-07T12:00:00Z");
const DEFAULT_MONTH = "2026-11-01"; // the last complete month
const MONTHS = [undefined, "2026-10", "2026-06", "2025-12"] as const;
const SLUGS = ["harbor-bakery", "precision-parts", "ledger-and-co"] as const;
const LIKELY_AT_FACTOR_1 = { benefitMultiplier: 1, costMultiplier: 1, delayMonths: 0, adoptionRate: 1 };

const ctxs = new Map<string, TenantCtx>();

beforeAll(async () => {
  await seedDemo(db, { asOf: TODAY });
  const [consultant] = await db.select().from(users).where(eq(users.email, DEMO_USERS.consultant));
  for (const org of await db.select().from(organizations)) {
    ctxs.set(org.slug, { orgId: org.id, userId: consultant.id, role: "owner", org: { slug: org.slug, name: org.name, currency: org.currency, locale: org.locale as Locale } });
  }
});

const ctx = (slug: string) => ctxs.get(slug)!;

describe.each(SLUGS)("%s: one set of numbers", (slug) => {
  it("knows its demo workspace", () => {
    expect(ctxs.has(slug)).toBe(true);
  });

  it.each(MONTHS)("dashboard, monthly report and the valuation agree at month %s", async (month) => {
    const dashboard = await getDashboard(ctx(slug), { month }, TODAY);
    expect(dashboard.month).toBe(month ? `${month}-01` : DEFAULT_MONTH);
    const model = await getPortfolioModel(ctx(slug), TODAY);
    const v = valuePortfolio(model.technologies, model.annualDiscountRate, dashboard.month);
    const { tiles } = dashboard;
    expect(tiles.roi.value).toBe(v.toDate.roi);
    expect(tiles.npvCents.value).toBe(v.toDate.npvCents);
    expect(tiles.irrAnnual.value).toBe(v.toDate.irrAnnual);
    expect(tiles.tcoCents.value).toBe(v.toDate.totalCostsCents);
    expect(tiles.roi.plan).toBe(v.plan.roi);
    expect(tiles.npvCents.planCents).toBe(v.plan.npvCents);
    expect(tiles.irrAnnual.plan).toBe(v.plan.irrAnnual);
    expect(tiles.tcoCents.planCents).toBe(v.plan.tcoCents);
    expect(tiles.paybackMonths.value).toBe(v.payback.months);
    expect(tiles.paybackMonths.start).toBe(v.payback.start);

    const review = await getMonthlyReview(ctx(slug), month, TODAY);
    const headline = Object.fromEntries(review.headline.map((r) => [r.key, r.value]));
    expect(review.month).toBe(dashboard.month);
    expect(headline).toMatchObject({ roi: tiles.roi.value, npv: tiles.npvCents.value, irr: tiles.irrAnnual.value, runRate: tiles.runRateCents.value, tco: tiles.tcoCents.value });
    const byPerspective = Object.fromEntries(review.perspectives.map((p) => [p.perspective, p.score]));
    expect(byPerspective).toEqual({ overall: dashboard.overall.score, ...Object.fromEntries(dashboard.perspectives.map((p) => [p.perspective, p.score])) });

    // Perspective scores: the scorecard of the same month.
    const scorecard = await getScorecard(ctx(slug), { month: dashboard.month.slice(0, 7) }, TODAY);
    expect(scorecard.perspectives.map((p) => p.score)).toEqual(dashboard.perspectives.map((p) => p.score));
  });

  it("the overview and benchmark show the dashboard's default month", async () => {
    const dashboard = await getDashboard(ctx(slug), {}, TODAY);
    const row = (await getWorkspacesOverview(ctx(slug).userId, TODAY)).find((r) => r.slug === slug)!;
    expect(row.month).toBe(dashboard.month);
    expect(row.roi).toBe(dashboard.tiles.roi.value);
    expect(row.npvCents).toBe(dashboard.tiles.npvCents.value);
    expect(row.annualSpendCents).toBe(dashboard.tiles.runRateCents.value);
    for (const card of dashboard.perspectives) expect(row.perspectives[card.perspective].score, card.perspective).toBe(card.score);
    const scorecard = await getScorecard(ctx(slug), {}, TODAY);
    expect(scorecard.month).toBe(dashboard.month);
    expect(row.redKpis).toBe(scorecard.perspectives.reduce((n, p) => n + p.kpis.filter((k) => k.rag === "red").length, 0));

    const benchmark = await getBenchmark(ctx(slug), TODAY);
    if (benchmark?.status === "ok") expect(benchmark.rows.find((r) => r.metric === "roi")!.value).toBe(row.roi);
  });

  it("the portfolio table's total, its CSV export, the value chain and the likely scenario are the plan", async () => {
    const dashboard = await getDashboard(ctx(slug), {}, TODAY);
    const plan = { npvCents: dashboard.tiles.npvCents.planCents, tcoCents: dashboard.tiles.tcoCents.planCents, roi: dashboard.tiles.roi.plan };

    const rows = await listPortfolio(ctx(slug), TODAY);
    const table = queryPortfolio(rows, parseTableParams(new URLSearchParams()));
    expect(table.totals.npvCents).toBe(plan.npvCents);
    expect(table.totals.tcoCents).toBe(plan.tcoCents);
    expect(table.totals.annualRunRateCents).toBe(dashboard.tiles.runRateCents.value);
    expect(table.totals.proposedCount).toBe(rows.filter((r) => r.status === "proposed").length);

    const csv = Papa.parse<Record<string, string>>(portfolioCsv(rows, ctx(slug).org.currency), { header: true }).data;
    const counted = csv.filter((r, i) => countsInPortfolio(rows[i].status));
    const npvColumn = Object.keys(csv[0]).find((k) => /^NPV/.test(k))!;
    expect(counted.reduce((sum, r) => sum + Math.round(Number(r[npvColumn]) * 100), 0)).toBe(plan.npvCents);

    const strategy = await getStrategy(ctx(slug), TODAY);
    expect(strategy.valueChain.totals.npvCents).toBe(plan.npvCents);
    expect(strategy.valueChain.totals.tcoCents).toBe(plan.tcoCents);
    expect(strategy.valueChain.totals.roi).toBe(plan.roi);

    const scope = await loadScenarioScope(ctx(slug), "portfolio", TODAY);
    const likely = evaluateScenario(scope.members, LIKELY_AT_FACTOR_1, scope.annualDiscountRate, "portfolio");
    expect(likely.npvCents).toBe(plan.npvCents);
    expect(likely.roi).toBe(plan.roi);
    expect(likely.irrAnnual).toBe(dashboard.tiles.irrAnnual.plan);
    expect(likely.paybackMonths).toBe(dashboard.tiles.paybackMonths.value);
    expect(likely.paybackStart).toBe(dashboard.tiles.paybackMonths.start);
  });

  it("plan against actual: the dashboard adds up what each technology's page shows, and its plan is the valuation's", async () => {
    const dashboard = await getDashboard(ctx(slug), {}, TODAY);
    const model = await getPortfolioModel(ctx(slug), TODAY);
    const counted = model.technologies.filter((t) => countsInPortfolio(t.items.investment.status));
    const pages = await Promise.all(
      counted.map(async (t) => ({ id: t.row.id, ...(await getTechnologyPlanVsActual(ctx(slug), await getTechnologyDetail(ctx(slug), t.row.id, TODAY), TODAY)).figures })),
    );
    const compared = pages.filter((p) => p.since !== null);
    const sum = (pick: (p: (typeof pages)[number]) => number, of = compared) => of.reduce((total, p) => total + pick(p), 0);
    const pva = dashboard.planVsActual;
    expect(pva.withActuals).toBe(compared.length);
    expect(pva.withoutActuals).toBe(pages.length - compared.length);
    expect(pva.toDate).toMatchObject({
      plannedCostCents: sum((p) => p.toDate.plannedCostCents),
      actualCostCents: sum((p) => p.toDate.actualCostCents),
      plannedBenefitCents: sum((p) => p.toDate.plannedBenefitCents),
      realisedBenefitCents: sum((p) => p.toDate.realisedBenefitCents),
    });
    const both = compared.filter((p) => p.hasCostActuals && p.hasBenefitActuals);
    expect(pva.roiTechnologies).toBe(both.length);
    if (both.length > 0) {
      expect(pva.toDate.realisedRoi).toBe(roi(sum((p) => p.toDate.realisedBenefitCents, both), sum((p) => p.toDate.actualCostCents, both)));
      expect(pva.toDate.plannedRoi).toBe(roi(sum((p) => p.toDate.plannedBenefitCents, both), sum((p) => p.toDate.plannedCostCents, both)));
    }
    // Every page's plan, with what it sets apart before its actuals began, is the valuation's plan to date.
    const v = valuePortfolio(model.technologies, model.annualDiscountRate, dashboard.month);
    expect(sum((p) => p.toDate.plannedCostCents + p.beforeActuals.plannedCostCents, pages)).toBe(v.toDate.totalCostsCents);
    expect(sum((p) => p.toDate.plannedCostCents + p.beforeActuals.plannedCostCents, pages)).toBe(dashboard.tiles.tcoCents.value);
    expect(sum((p) => p.toDate.plannedBenefitCents + p.beforeActuals.plannedBenefitCents, pages)).toBe(v.toDate.totalBenefitsCents);
    // Needs attention names a technology by the same figures its page shows.
    for (const o of dashboard.alerts.offPlan) {
      const page = pages.find((p) => p.id === o.id)!;
      expect(o.offPlanCents, o.name).toBe((page.hasCostActuals ? page.toDate.costVarianceCents : 0) - (page.hasBenefitActuals ? page.toDate.benefitVarianceCents : 0));
    }
  });

  it("benefits realised: the benefits page and the monthly report show each technology's page figures", async () => {
    const dashboard = await getDashboard(ctx(slug), {}, TODAY);
    const benefits = await getBenefitsRealised(ctx(slug), {}, TODAY);
    const report = await loadReportBenefits(ctx(slug), dashboard.month, TODAY);
    expect(benefits.month).toBe(dashboard.month);
    expect(report.month).toBe(dashboard.month);
    expect(benefits.rows.length).toBeGreaterThan(0);
    for (const row of benefits.rows) {
      const page = (await getTechnologyPlanVsActual(ctx(slug), await getTechnologyDetail(ctx(slug), row.id, TODAY), TODAY)).figures;
      expect(row.figures.toDate, row.name).toEqual(page.toDate);
      expect(row.figures.since, row.name).toBe(page.since);
      expect(report.rows.find((r) => r.id === row.id)?.figures.toDate, row.name).toEqual(page.toDate);
    }
  });

  it("the quarterly pack reads the dashboard at the quarter's end", async () => {
    const pack = await getReviewPack(ctx(slug), undefined, TODAY);
    const end = await getDashboard(ctx(slug), { month: pack.end.slice(0, 7) }, TODAY);
    const headline = Object.fromEntries(pack.headline.map((r) => [r.key, r.value]));
    expect(headline).toMatchObject({ roi: end.tiles.roi.value, npv: end.tiles.npvCents.value, runRate: end.tiles.runRateCents.value });
  });
});
