/**
 * "How was this computed?" for the dashboard's tiles: each figure with the formula from lib/finance's
 * explainers and its actual inputs, worded in the workspace's currency and locale. The numbers arrive computed
 * (lib/dashboard/build.ts); this file only words them, so a tile and its explanation cannot disagree.
 */
import { explain, monthlyRate } from "@/lib/finance";
import type { PortfolioFlows, PortfolioValuation } from "@/lib/portfolio/valuation";
import { formatMoney, formatMonth, formatPercent, type Formats, type Locale } from "@/lib/format";
import { shiftMonth } from "@/lib/scorecard/month";
import type { DashboardTiles, Figure } from "./types";

/** Everything the tiles show, computed: the portfolio valuation at the month and the flows to the month before. */
export interface TileFacts {
  formats: Formats;
  annualDiscountRate: number;
  valuation: PortfolioValuation;
  before: PortfolioFlows;
  runRate: { cents: number; previousCents: number; parts: { name: string; cents: number }[] };
}

/** Run-rate inputs list the largest technologies; the rest are summed in one line. */
export const RUN_RATE_PARTS_SHOWN = 6;

// The explainers compute eagerly; trivially solvable calls yield the formula text.
const formulaOf = {
  roi: explain.roi(1, 1).formula,
  npv: explain.npv(0, []).formula,
  irr: explain.irr([-1, 2]).formula,
  payback: explain.paybackPeriod([0]).formula,
  tco: explain.tco([], 1).formula,
};

function figure(value: number | null, previous: number | null, formula: string, inputs: Figure["inputs"], unavailable: string): Figure {
  return {
    value,
    previous,
    change: value !== null && previous !== null ? value - previous : null,
    formula,
    inputs,
    unavailable: value === null ? unavailable : null,
  };
}

/** "Jan 2024 – Mar 2026 (27 months)", or why nothing counts yet. */
function span(flows: PortfolioFlows, month: string, locale: Locale): string {
  if (!flows.calendarStart || flows.months === 0) return `none: the portfolio starts after ${formatMonth(month, locale)}`;
  const last = flows.months === 1 ? "" : ` – ${formatMonth(shiftMonth(flows.calendarStart, flows.months - 1), locale)}`;
  return `${formatMonth(flows.calendarStart, locale)}${last} (${flows.months} month${flows.months === 1 ? "" : "s"})`;
}

/** What every tile's explanation is worded with: the facts, the workspace's formats and the input lines several tiles share. */
interface Wording {
  f: TileFacts;
  v: PortfolioValuation;
  locale: Locale;
  money: (cents: number) => string;
  monthText: (month: string) => string;
  rateText: (rate: number | null) => string;
  months: Figure["inputs"][number];
  counted: Figure["inputs"][number];
  netToDate: Figure["inputs"][number];
}

function wordingOf(f: TileFacts): Wording {
  const { valuation: v } = f;
  const { locale } = f.formats;
  const money = (c: number) => formatMoney(c, f.formats);
  return {
    f,
    v,
    locale,
    money,
    monthText: (m) => formatMonth(m, locale),
    rateText: (x) => (x === null ? "n/a" : formatPercent(x, locale)),
    months: { label: "Months counted", value: span(v.toDate, v.month, locale) },
    counted: {
      label: "Technologies counted",
      value: `${v.countedCount}${v.proposedCount ? ` (${v.proposedCount} proposed left out until approved)` : ""}; retired ones up to their end`,
    },
    netToDate: { label: "Net cash flow to date (benefits − costs)", value: money(v.toDate.netCents) },
  };
}

function roiFigure({ f, v, money, monthText, rateText, months, counted }: Wording): DashboardTiles["roi"] {
  const { toDate: now, plan } = v;
  const roi = figure(
    now.roi,
    f.before.roi,
    `${formulaOf.roi}, undiscounted, on the counted technologies' benefits and costs to date`,
    [
      counted,
      months,
      { label: "Benefits to date", value: money(now.totalBenefitsCents) },
      { label: "Costs to date", value: money(now.totalCostsCents) },
      { label: "Over the plan (whole business case)", value: `${money(plan.totalBenefitsCents)} benefits on ${money(plan.totalCostsCents)} costs → ${rateText(plan.roi)}` },
    ],
    `No costs are recorded up to ${monthText(v.month)}, and ROI divides by the cost`,
  );
  return { ...roi, plan: plan.roi };
}

function npvFigure({ f, v, locale, money, monthText, months, counted, netToDate }: Wording): DashboardTiles["npvCents"] {
  const { plan } = v;
  const npv = figure(
    v.toDate.npvCents,
    f.before.npvCents,
    `Σ over the counted technologies of each one's NPV at its own start: v_0 + ${formulaOf.npv}, monthly, v_m = its net cash flow of month m (month 0 = its first month, not discounted), r = monthly rate i; to date = its months up to ${monthText(v.month)}`,
    [
      counted,
      { label: "Discount rate (annual)", value: formatPercent(f.annualDiscountRate, locale) },
      { label: "Monthly rate i = (1 + r)^(1/12) − 1", value: formatPercent(monthlyRate(f.annualDiscountRate), locale, 4) },
      months,
      netToDate,
      { label: "NPV over the plan (Σ the portfolio table's rows)", value: money(plan.npvCents) },
      { label: "Risk-adjusted NPV over the plan (each benefit × its confidence)", value: money(plan.riskAdjustedNpvCents) },
    ],
    "",
  );
  return { ...npv, planCents: plan.npvCents, riskAdjustedPlanCents: plan.riskAdjustedNpvCents };
}

function irrFigure({ f, v, locale, rateText, months, netToDate }: Wording): DashboardTiles["irrAnnual"] {
  const now = v.toDate;
  const irr = figure(
    now.irrAnnual,
    f.before.irrAnnual,
    `${formulaOf.irr} on the counted technologies' monthly net cash flow to date, laid on one calendar; annual = (1 + monthly)^12 − 1`,
    [
      months,
      netToDate,
      ...(now.irrMonthly !== null ? [{ label: "Monthly IRR", value: formatPercent(now.irrMonthly, locale, 2) }] : []),
      { label: "IRR over the plan (annual)", value: rateText(v.plan.irrAnnual) },
    ],
    "The flows to date do not start with an outlay or do not change sign yet",
  );
  return { ...irr, plan: v.plan.irrAnnual };
}

function paybackFigure({ v, monthText }: Wording): DashboardTiles["paybackMonths"] {
  const start = v.payback.start ? monthText(v.payback.start) : null;
  const payback = figure(
    v.payback.months,
    v.payback.months, // the plan's payback does not depend on the month shown
    `${formulaOf.payback}, on the monthly net cash flow of the technologies in use (approved, implementing, live) over their plan, in months from the earliest start among them`,
    [
      { label: "Counted from", value: start ? `${start}, the earliest start of a technology in use` : "no technology in use" },
      { label: "Pays back in", value: v.payback.month ? `${monthText(v.payback.month)}${v.payback.reached ? " (reached)" : " (not yet)"}` : "never within the plan" },
    ],
    start ? "The cumulative net cash flow of the technologies in use stays below zero over their whole plan" : "No technology is in use yet",
  );
  return { ...payback, paybackMonth: v.payback.month, reached: v.payback.reached, start: v.payback.start };
}

/** The largest technologies' run-rates, the rest summed in one line. */
function runRateInputs({ f, money, monthText, v }: Wording): Figure["inputs"] {
  const { parts } = f.runRate;
  if (parts.length === 0) return [{ label: `Recurring costs active in ${monthText(v.month)}`, value: "none" }];
  const rest = parts.slice(RUN_RATE_PARTS_SHOWN);
  return [
    ...parts.slice(0, RUN_RATE_PARTS_SHOWN).map((p) => ({ label: p.name, value: money(p.cents) })),
    ...(rest.length ? [{ label: `${rest.length} more technologies`, value: money(rest.reduce((a, p) => a + p.cents, 0)) }] : []),
  ];
}

function runRateFigure(w: Wording): DashboardTiles["runRateCents"] {
  const { runRate } = w.f;
  return figure(
    runRate.cents,
    runRate.previousCents,
    `Σ over the technologies in use: recurring costs active in ${w.monthText(w.v.month)}, monthly amount × 12 + annual amount`,
    runRateInputs(w),
    "",
  );
}

function tcoFigure({ f, v, money, monthText, months, counted }: Wording): DashboardTiles["tcoCents"] {
  const { toDate: now, plan } = v;
  const roundingGap = plan.totalCostsCents - plan.tcoCents;
  const tco = figure(
    now.totalCostsCents,
    f.before.totalCostsCents,
    `Σ the counted technologies' monthly costs up to the end of ${monthText(v.month)}; over the plan, Σ each one's TCO: ${formulaOf.tco}`,
    [
      counted,
      months,
      { label: "Costs to date", value: money(now.totalCostsCents) },
      { label: "TCO over the plan (Σ the technologies' TCO)", value: money(plan.tcoCents) },
      // Amounts with an annual uplift have fractions of a cent: TCO rounds per category and year, the
      // monthly series per month, so the two totals can differ by a few cents.
      ...(roundingGap !== 0
        ? [{ label: "Plan costs added month by month (rounded per month, not per year)", value: formatMoney(plan.totalCostsCents, f.formats, { showCents: true }) }]
        : []),
    ],
    "",
  );
  return { ...tco, planCents: plan.tcoCents };
}

export function tileFigures(f: TileFacts): Omit<DashboardTiles, "status"> {
  const w = wordingOf(f);
  return {
    roi: roiFigure(w),
    npvCents: npvFigure(w),
    irrAnnual: irrFigure(w),
    paybackMonths: paybackFigure(w),
    runRateCents: runRateFigure(w),
    tcoCents: tcoFigure(w),
  };
}
