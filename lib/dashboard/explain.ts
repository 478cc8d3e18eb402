/**
 * "How was this computed?" for the dashboard's tiles: each figure with the formula from lib/finance's
 * explainers and its actual inputs, worded in the workspace currency. The numbers arrive computed
 * (lib/dashboard/build.ts); this file only words them, so a tile and its explanation cannot disagree.
 */
import { explain, monthlyRate, type FlowFigures } from "@/lib/finance";
import { formatMoney, formatPercent } from "@/lib/format";
import { formatMonth, shiftMonth } from "@/lib/scorecard/month";
import type { DashboardTiles, Figure } from "./types";

/** Everything the tiles show, computed; `previous` figures are as of the end of the month before. */
export interface TileFacts {
  currency: string;
  annualDiscountRate: number;
  technologyCount: number;
  calendarStart: string | null;
  month: string;
  /** Calendar months counted to date at the chosen month (0 before the calendar starts). */
  monthsToDate: number;
  planMonths: number;
  now: FlowFigures;
  before: FlowFigures;
  plan: FlowFigures;
  payback: { month: string | null; reached: boolean };
  runRate: { cents: number; previousCents: number; parts: { name: string; cents: number }[] };
  /** Σ of the technologies' TCO (rounded per category and year), beside `plan.totalCostsCents` (rounded per month). */
  planTcoCents: number;
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
function span(f: TileFacts): string {
  if (!f.calendarStart || f.monthsToDate === 0) return `none: the portfolio starts after ${formatMonth(f.month)}`;
  const last = f.monthsToDate === 1 ? "" : ` – ${formatMonth(shiftMonth(f.calendarStart, f.monthsToDate - 1))}`;
  return `${formatMonth(f.calendarStart)}${last} (${f.monthsToDate} month${f.monthsToDate === 1 ? "" : "s"})`;
}

const rateText = (x: number | null) => (x === null ? "n/a" : formatPercent(x));

export function tileFigures(f: TileFacts): Omit<DashboardTiles, "status"> {
  const money = (c: number) => formatMoney(c, f.currency);
  const i = monthlyRate(f.annualDiscountRate);
  const months = { label: "Months counted", value: span(f) };
  const start = f.calendarStart ? formatMonth(f.calendarStart) : "the first month";
  const netToDate = { label: "Net cash flow to date (benefits − costs)", value: money(f.now.netCents) };

  const roi = figure(
    f.now.roi,
    f.before.roi,
    `${formulaOf.roi}, undiscounted, on every technology's benefits and costs to date`,
    [
      months,
      { label: "Benefits to date", value: money(f.now.totalBenefitsCents) },
      { label: "Costs to date", value: money(f.now.totalCostsCents) },
      { label: "Over the plan (whole business case)", value: `${money(f.plan.totalBenefitsCents)} benefits on ${money(f.plan.totalCostsCents)} costs → ${rateText(f.plan.roi)}` },
    ],
    `No costs are recorded up to ${formatMonth(f.month)}, and ROI divides by the cost`,
  );

  const npv = figure(
    f.now.npvCents,
    f.before.npvCents,
    `v_0 + ${formulaOf.npv}, monthly: v_m = the portfolio's net cash flow of month m, r = monthly rate i; month 0 (${start}) is not discounted`,
    [
      { label: "Discount rate (annual)", value: formatPercent(f.annualDiscountRate) },
      { label: "Monthly rate i = (1 + r)^(1/12) − 1", value: `${(i * 100).toFixed(4)}%` },
      months,
      netToDate,
      { label: "NPV over the plan", value: money(f.plan.npvCents) },
    ],
    "",
  );

  const irr = figure(
    f.now.irrAnnual,
    f.before.irrAnnual,
    `${formulaOf.irr} on the portfolio's monthly net cash flow to date; annual = (1 + monthly)^12 − 1`,
    [
      months,
      netToDate,
      ...(f.now.irrMonthly !== null ? [{ label: "Monthly IRR", value: `${(f.now.irrMonthly * 100).toFixed(2)}%` }] : []),
      { label: "IRR over the plan (annual)", value: rateText(f.plan.irrAnnual) },
    ],
    "The flows to date do not start with an outlay or do not change sign yet",
  );

  const payback = figure(
    f.plan.paybackMonths,
    f.plan.paybackMonths, // the plan's payback does not depend on the month shown
    `${formulaOf.payback}, on the portfolio's monthly net cash flow over the plan, in months from ${start}`,
    [
      { label: "Plan", value: f.calendarStart ? `${f.planMonths} months from ${start}` : "no technologies" },
      { label: "Net cash flow over the plan", value: money(f.plan.netCents) },
      { label: "Pays back in", value: f.payback.month ? `${formatMonth(f.payback.month)}${f.payback.reached ? " (reached)" : " (not yet)"}` : "never within the plan" },
    ],
    f.technologyCount === 0
      ? "There are no technologies yet"
      : "The portfolio's cumulative net cash flow stays below zero over the whole plan",
  );

  const shown = f.runRate.parts.slice(0, RUN_RATE_PARTS_SHOWN);
  const rest = f.runRate.parts.slice(RUN_RATE_PARTS_SHOWN);
  const runRate = figure(
    f.runRate.cents,
    f.runRate.previousCents,
    `Σ over technologies not retired: recurring costs active in ${formatMonth(f.month)}, monthly amount × 12 + annual amount`,
    f.runRate.parts.length === 0
      ? [{ label: `Recurring costs active in ${formatMonth(f.month)}`, value: "none" }]
      : [
          ...shown.map((p) => ({ label: p.name, value: money(p.cents) })),
          ...(rest.length ? [{ label: `${rest.length} more technologies`, value: money(rest.reduce((a, p) => a + p.cents, 0)) }] : []),
        ],
    "",
  );

  const roundingGap = f.plan.totalCostsCents - f.planTcoCents;
  const tco = figure(
    f.now.totalCostsCents,
    f.before.totalCostsCents,
    `Σ every technology's monthly costs up to the end of ${formatMonth(f.month)}; over the plan, Σ each technology's TCO: ${formulaOf.tco}`,
    [
      months,
      { label: "Costs to date", value: money(f.now.totalCostsCents) },
      { label: "TCO over the plan (Σ the technologies' TCO)", value: money(f.planTcoCents) },
      // Amounts with an annual uplift have fractions of a cent: TCO rounds per category and year, the
      // monthly series per month, so the two totals can differ by a few cents.
      ...(roundingGap !== 0
        ? [{ label: "Plan costs added month by month (rounded per month, not per year)", value: formatMoney(f.plan.totalCostsCents, f.currency, { showCents: true }) }]
        : []),
    ],
    "",
  );

  return {
    roi: { ...roi, plan: f.plan.roi },
    npvCents: { ...npv, planCents: f.plan.npvCents },
    irrAnnual: { ...irr, plan: f.plan.irrAnnual },
    paybackMonths: { ...payback, paybackMonth: f.payback.month, reached: f.payback.reached },
    runRateCents: runRate,
    tcoCents: { ...tco, planCents: f.planTcoCents },
  };
}
