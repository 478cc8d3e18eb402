/**
 * The dashboard's view model for one month, from what the query read: pure, so it is tested on fixtures.
 * The money figures are the portfolio valuation (lib/portfolio/valuation.ts), the one every surface reads;
 * the trend and spend lay the counted technologies' monthly series on one calendar.
 */
import { format } from "date-fns";
import type { Investment } from "@/db/schema";
import { investmentStatuses, type Perspective } from "@/lib/domain/values";
import { roi } from "@/lib/finance";
import { annualRunRateCents, type EvaluatedTechnology } from "@/lib/portfolio/metrics";
import { monthOffset, nextRenewal } from "@/lib/portfolio/timeline";
import { calendarIndex, combinedCalendar, countsInPortfolio, isInUse, partOf, portfolioFlows, valuePortfolio, type Calendar } from "@/lib/portfolio/valuation";
import { buildScorecard } from "@/lib/scorecard/build";
import { monthOf, shiftMonth } from "@/lib/scorecard/month";
import type { KpiDefinitionRow, MeasurementRow, ScorecardView } from "@/lib/scorecard/types";
import { formatPercent, type Formats, type Locale } from "@/lib/format";
import { tileFigures } from "./explain";
import { dashboardPlanVsActual, type ActualsInput } from "./plan-vs-actual";
import { dateInMonth, daysBetween } from "./month";
import type { DashboardAlerts, DashboardTiles, DashboardView, PerspectiveCard, TimeMapPoint, TrendPoint } from "./types";

export const TREND_MONTHS = 24;
export const SPEND_MONTHS = 12;
export const RENEWAL_WINDOW_DAYS = 90;

export interface DashboardInput {
  /** The resolved month ('YYYY-MM-01') and the months offered (lib/dashboard/month.ts). */
  month: string;
  months: string[];
  annualDiscountRate: number;
  technologies: readonly EvaluatedTechnology[];
  kpis: readonly KpiDefinitionRow[];
  /** Each KPI's latest value with period ≤ month, and its latest with period ≤ month − 1. */
  valuesAtMonth: readonly MeasurementRow[];
  valuesAtPreviousMonth: readonly MeasurementRow[];
  goalsWithoutTechnology: readonly { id: string; title: string; perspective: Perspective }[];
  /** Payments and realised benefits recorded up to the month. */
  actuals: ActualsInput;
  /** The workspace's locale and currency, which the explanations and alerts are worded in. */
  formats: Formats;
  /** Renewals count days from today, whatever month is shown. */
  today: Date;
}

const indexOf = calendarIndex;

function prefixSums(values: readonly number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}

function scorecardAt(kpis: readonly KpiDefinitionRow[], values: readonly MeasurementRow[], month: string): ScorecardView {
  return buildScorecard({ kpis, measurements: values, bounds: { earliest: month, latest: month }, requestedMonth: month });
}

export function buildDashboard(input: DashboardInput): DashboardView {
  const { month, technologies } = input;
  const counted = technologies.filter((t) => countsInPortfolio(t.items.investment.status));
  const inUse = technologies.filter((t) => isInUse(t.items.investment.status));
  const cal = combinedCalendar(counted.map(partOf));
  const now = scorecardAt(input.kpis, input.valuesAtMonth, month);
  const before = scorecardAt(input.kpis, input.valuesAtPreviousMonth, shiftMonth(month, -1));
  const actual = dashboardPlanVsActual(technologies, input.actuals, month, input.formats);
  return {
    month,
    months: input.months,
    calendarStart: cal.start,
    technologyCount: technologies.length,
    tiles: headlineTiles(input, counted, inUse),
    overall: { score: now.overall, rag: now.overallRag, previousScore: before.overall },
    perspectives: perspectiveCards(now, before),
    trend: trend(cal, month),
    spendByCategory: spendByCategory(counted, cal, month),
    timeMap: timeMap(inUse),
    planVsActual: actual.panel,
    alerts: {
      kpisTurningRed: kpisTurningRed(now, before),
      belowExpectedRoi: belowExpectedRoi(inUse, input.annualDiscountRate, input.formats.locale),
      offPlan: actual.offPlan,
      renewals: renewals(inUse, input.today),
      goalsWithoutTechnology: input.goalsWithoutTechnology.map((g) => ({ id: g.id, title: g.title, perspective: g.perspective })),
    },
  };
}

/** The technologies in use with a recurring cost active in the month, largest annual run-rate first. */
function runRateParts(inUse: readonly EvaluatedTechnology[], month: string): { name: string; cents: number }[] {
  return inUse
    .map((t) => ({ name: t.items.investment.name, cents: annualRunRateCents(t.items, dateInMonth(month)) }))
    .filter((p) => p.cents !== 0)
    .sort((a, b) => b.cents - a.cents || a.name.localeCompare(b.name));
}

const totalCents = (parts: readonly { cents: number }[]) => parts.reduce((a, p) => a + p.cents, 0);

/** The headline tiles: the portfolio valuation at the month against the flows to the month before, the run-rate and the status counts. */
function headlineTiles(input: DashboardInput, counted: readonly EvaluatedTechnology[], inUse: readonly EvaluatedTechnology[]): DashboardTiles {
  const { month, annualDiscountRate } = input;
  const parts = runRateParts(inUse, month);
  return {
    ...tileFigures({
      formats: input.formats,
      annualDiscountRate,
      valuation: valuePortfolio(input.technologies, annualDiscountRate, month),
      before: portfolioFlows(counted.map(partOf), annualDiscountRate, shiftMonth(month, -1)),
      runRate: { cents: totalCents(parts), previousCents: totalCents(runRateParts(inUse, shiftMonth(month, -1))), parts },
    }),
    status: statusCounts(input.technologies, month),
  };
}

/** The TIME map's dots: technologies in use that have a quadrant. */
function timeMap(inUse: readonly EvaluatedTechnology[]): TimeMapPoint[] {
  return inUse.flatMap(({ row }) =>
    row.timeQuadrant === null
      ? []
      : [{ id: row.id, name: row.name, quadrant: row.timeQuadrant, businessValue: row.businessValue, costRisk: row.costRisk, annualRunRateCents: row.annualRunRateCents }],
  );
}

function statusCounts(technologies: readonly EvaluatedTechnology[], month: string): DashboardTiles["status"] {
  const counts = Object.fromEntries(investmentStatuses.map((s) => [s, 0])) as Record<Investment["status"], number>;
  let wentLive = 0;
  for (const { items } of technologies) {
    counts[items.investment.status]++;
    if (items.investment.goLiveDate && monthOf(items.investment.goLiveDate) === month) wentLive++;
  }
  return { counts, total: technologies.length, wentLive };
}

function perspectiveCards(now: ScorecardView, before: ScorecardView): PerspectiveCard[] {
  return now.perspectives.map((p, k) => {
    const previousScore = before.perspectives[k].score;
    return {
      perspective: p.perspective,
      score: p.score,
      rag: p.rag,
      previousScore,
      change: p.score !== null && previousScore !== null ? p.score - previousScore : null,
      kpiCount: p.kpiCount,
      scoredCount: p.scoredCount,
    };
  });
}

/** ROI to date at each month end (lib/finance's roi on the cumulative sums), and each month's flows. */
function trend(cal: Calendar, month: string): TrendPoint[] {
  const cumBenefits = prefixSums(cal.benefitsCents);
  const cumCosts = prefixSums(cal.costsCents);
  const last = cal.costsCents.length - 1;
  const points: TrendPoint[] = [];
  for (let k = TREND_MONTHS - 1; k >= 0; k--) {
    const m = shiftMonth(month, -k);
    const i = indexOf(cal, m);
    const upTo = Math.min(i, last);
    const cost = upTo >= 0 ? cumCosts[upTo] : 0;
    points.push({
      month: m,
      roiToDate: cost > 0 ? roi(cumBenefits[upTo], cost) : null,
      costCents: i >= 0 && i <= last ? cal.costsCents[i] : 0,
      benefitCents: i >= 0 && i <= last ? cal.benefitsCents[i] : 0,
    });
  }
  return points;
}

function spendByCategory(technologies: readonly EvaluatedTechnology[], cal: Calendar, month: string): DashboardView["spendByCategory"] {
  const byCategory = new Map<Investment["category"], number>();
  const end = indexOf(cal, month);
  for (const t of technologies) {
    const costs = t.summary.series.costsCents;
    const shift = monthOffset(cal.start!, t.origin);
    let sum = 0;
    for (let i = Math.max(end - SPEND_MONTHS + 1, shift); i <= end && i - shift < costs.length; i++) sum += costs[i - shift];
    const category = t.items.investment.category;
    byCategory.set(category, (byCategory.get(category) ?? 0) + sum);
  }
  return [...byCategory]
    .filter(([, cents]) => cents !== 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([category, cents]) => ({ category, cents }));
}

function kpisTurningRed(now: ScorecardView, before: ScorecardView): DashboardAlerts["kpisTurningRed"] {
  const previousRag = new Map(before.perspectives.flatMap((p) => p.kpis.map((k) => [k.id, k.rag] as const)));
  return now.perspectives
    .flatMap((p) => p.kpis)
    .filter((k) => k.rag === "red" && previousRag.get(k.id) !== "red")
    .map((k) => ({ id: k.id, name: k.name, perspective: k.perspective, attainment: k.attainment!, previousRag: previousRag.get(k.id) ?? null }));
}

/** "8%", "7.5%" ("7,5 %"): the rate as a reader writes it, with up to 2 decimals as needed. */
function ratePercent(rate: number, locale: Locale): string {
  const hundredths = Math.round(rate * 10_000);
  const decimals = hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2;
  return formatPercent(rate, locale, decimals);
}

/**
 * Technologies in use whose business case returns less than the discount rate (NPV < 0), worst first. How
 * far a technology is behind its plan in money is the off-plan group's (lib/actuals/plan-vs-actual.ts).
 */
function belowExpectedRoi(technologies: readonly EvaluatedTechnology[], rate: number, locale: Locale): DashboardAlerts["belowExpectedRoi"] {
  return technologies
    .filter((t) => t.summary.npvCents < 0)
    .sort((a, b) => a.summary.npvCents - b.summary.npvCents || a.row.name.localeCompare(b.row.name))
    .map((t) => ({
      id: t.row.id,
      name: t.row.name,
      reason: "negative_npv" as const,
      npvCents: t.summary.npvCents,
      roi: t.summary.roi,
      detail: `Returns less than the ${ratePercent(rate, locale)} discount rate over its life`,
    }));
}

/**
 * Recurring costs whose next renewal, or whose notice deadline still ahead, falls within 90 days of
 * today; soonest first by the next date to act on (the notice deadline while it is ahead, else the
 * renewal). A contract that ends before its next renewal date does not renew and is left out.
 */
function renewals(technologies: readonly EvaluatedTechnology[], today: Date): DashboardAlerts["renewals"] {
  const day = format(today, "yyyy-MM-dd");
  const found: { renewal: DashboardAlerts["renewals"][number]; actIn: number }[] = [];
  for (const { items } of technologies) {
    for (const c of items.costs) {
      if (c.kind !== "recurring" || !c.renewalDate) continue;
      const next = nextRenewal(c.renewalDate, c.noticeDays, today);
      if (c.endMonth && monthOf(next.date) > c.endMonth) continue;
      const daysToRenewal = daysBetween(day, next.date);
      const daysToNotice = next.noticeDeadline ? daysBetween(day, next.noticeDeadline) : null;
      const noticeAhead = daysToNotice !== null && daysToNotice >= 0;
      if (daysToRenewal > RENEWAL_WINDOW_DAYS && !(noticeAhead && daysToNotice <= RENEWAL_WINDOW_DAYS)) continue;
      const renewal = { investmentId: items.investment.id, name: items.investment.name, renewalDate: next.date, noticeDeadline: next.noticeDeadline, daysToNotice, daysToRenewal };
      found.push({ renewal, actIn: noticeAhead ? daysToNotice : daysToRenewal });
    }
  }
  return found
    .sort((a, b) => a.actIn - b.actIn || a.renewal.daysToRenewal - b.renewal.daysToRenewal || a.renewal.name.localeCompare(b.renewal.name))
    .map((f) => f.renewal);
}
