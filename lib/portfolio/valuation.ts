/**
 * The portfolio's money, defined once. Every surface that shows a portfolio figure — dashboard, portfolio
 * table total, strategy's value chain, scenarios' likely case, the workspaces overview, benchmark, monthly
 * report, quarterly pack, exports — reads it from here.
 *
 * - Which technologies count: every one but the proposed (a proposal is not spent or earned until it is
 *   approved). A retired technology counts in history up to its end: its timeline stops at the last
 *   complete month (lib/portfolio/metrics.ts), so nothing after its retirement counts.
 * - NPV: each technology discounted to its own start (its month 0 is not discounted); the portfolio's NPV is
 *   the sum of its technologies' — what the table's rows add up to. To date: each technology's NPV of its
 *   months up to the chosen month.
 * - ROI: (Σ benefits − Σ costs) ÷ Σ costs over the counted technologies, undiscounted.
 * - IRR: the monthly IRR of the counted technologies' net flows laid on one calendar (an IRR does not depend
 *   on the date the flows are discounted to), annualised.
 * - Payback: of the technologies in use (approved, implementing, live), on their combined monthly net cash
 *   flow, counted from the earliest start among them, until it turns ≥ 0 for good — the month the money put
 *   into today's portfolio has come back.
 * - Run-rate: recurring costs active in the month, annualised, of the technologies in use.
 */
import type { Investment } from "@/db/schema";
import { evaluateFlows, monthlyNpv, roundHalfEven, type FlowFigures } from "@/lib/finance";
import { shiftMonth } from "@/lib/scorecard/month";
import type { EvaluatedTechnology } from "./metrics";
import { monthOffset } from "./timeline";

type Status = Investment["status"];

/** A proposal is not part of the portfolio's money until it is approved. */
export const countsInPortfolio = (status: Status): boolean => status !== "proposed";

/** In the portfolio today: in the run-rate, the TIME map, payback and delivery alerts. */
export const isInUse = (status: Status): boolean => status === "approved" || status === "implementing" || status === "live";

/** One technology as the valuation takes it: its monthly series (whole cents) from its origin, and its own NPV. */
export interface ValuationPart {
  status: Status;
  /** Month 0 of the series ('YYYY-MM-01'). */
  origin: string;
  benefitsCents: ArrayLike<number>;
  costsCents: ArrayLike<number>;
  /** The technology's NPV over its whole series, discounted to its origin. */
  npvCents: number;
}

/** The portfolio's months on one calendar: month 0 is the earliest origin. */
export interface Calendar {
  start: string | null;
  benefitsCents: number[];
  costsCents: number[];
}

/** Each part's series shifted to the calendar by its origin, and summed; `months` cuts every part at that calendar index. */
export function combinedCalendar(parts: readonly Pick<ValuationPart, "origin" | "benefitsCents" | "costsCents">[]): Calendar {
  if (parts.length === 0) return { start: null, benefitsCents: [], costsCents: [] };
  const start = parts.map((t) => t.origin).reduce((a, b) => (b < a ? b : a));
  const shifts = parts.map((t) => monthOffset(start, t.origin));
  const length = Math.max(...parts.map((t, k) => shifts[k] + t.costsCents.length));
  const benefitsCents = new Array<number>(length).fill(0);
  const costsCents = new Array<number>(length).fill(0);
  parts.forEach((t, k) => {
    for (let m = 0; m < t.costsCents.length; m++) {
      benefitsCents[shifts[k] + m] += t.benefitsCents[m];
      costsCents[shifts[k] + m] += t.costsCents[m];
    }
  });
  return { start, benefitsCents, costsCents };
}

/** Calendar index of a month; −1 and below before the calendar starts (or without parts). */
export const calendarIndex = (cal: Calendar, month: string): number => (cal.start ? monthOffset(cal.start, month) : -1);

/** One technology's NPV of its months up to and including `month`, at its own start; its plan NPV once all its months are past. */
function npvToDate(part: ValuationPart, annualDiscountRate: number, month: string): number {
  const n = Math.min(part.costsCents.length, Math.max(0, monthOffset(part.origin, month) + 1));
  if (n === part.costsCents.length) return part.npvCents;
  const net = Array.from({ length: n }, (_, m) => part.benefitsCents[m] - part.costsCents[m]);
  return roundHalfEven(monthlyNpv(annualDiscountRate, net));
}

export interface PortfolioFlows extends FlowFigures {
  /** The calendar's first month; null without counted technologies. */
  calendarStart: string | null;
  /** Calendar months counted. */
  months: number;
}

/**
 * The portfolio's return figures over its counted technologies: up to the end of `month`, or over the whole
 * plan when `month` is null. The caller passes only counted parts (see countsInPortfolio).
 */
export function portfolioFlows(parts: readonly ValuationPart[], annualDiscountRate: number, month: string | null): PortfolioFlows {
  const cal = combinedCalendar(parts);
  const months = month === null ? cal.costsCents.length : Math.min(cal.costsCents.length, Math.max(0, calendarIndex(cal, month) + 1));
  const flows = evaluateFlows(cal.benefitsCents.slice(0, months), cal.costsCents.slice(0, months), annualDiscountRate);
  const npvCents = parts.reduce((sum, p) => sum + (month === null ? p.npvCents : npvToDate(p, annualDiscountRate, month)), 0);
  return { ...flows, npvCents, calendarStart: cal.start, months };
}

export interface Payback {
  /** The earliest start among the technologies in use ('YYYY-MM-01'); null when none is in use. */
  start: string | null;
  /** Months from `start` until their cumulative net cash flow turns ≥ 0 for good (interpolated); null if not within the plan. */
  months: number | null;
  /** The month it happens; null if never. */
  month: string | null;
}

/**
 * Months until a cumulative net cash flow turns ≥ 0 for good: after the last month it stands below zero,
 * interpolated inside the month it turns (as paybackPeriod interpolates). A portfolio keeps buying, so an
 * early month in profit says nothing about the money put in later; for one outlay followed by returns it
 * is paybackPeriod's answer. 0 when it never goes below zero; null when it ends below zero.
 */
export function finalBreakEven(net: readonly number[]): number | null {
  let cumulative = 0;
  let lastBelow = -1;
  let belowBy = 0;
  net.forEach((flow, t) => {
    cumulative += flow;
    if (cumulative < 0) [lastBelow, belowBy] = [t, cumulative];
  });
  if (lastBelow === -1) return 0;
  if (lastBelow === net.length - 1) return null;
  return lastBelow + -belowBy / net[lastBelow + 1];
}

/** Payback of the technologies in use, from the earliest start among them. */
export function portfolioPayback(parts: readonly ValuationPart[]): Payback {
  const inUse = parts.filter((p) => isInUse(p.status));
  const cal = combinedCalendar(inUse);
  if (!cal.start) return { start: null, months: null, month: null };
  const paybackMonths = finalBreakEven(cal.benefitsCents.map((b, m) => b - cal.costsCents[m]));
  return { start: cal.start, months: paybackMonths, month: paybackMonths === null ? null : shiftMonth(cal.start, Math.ceil(paybackMonths)) };
}

/** A technology's part in the valuation, from its evaluation. */
export const partOf = (t: EvaluatedTechnology): ValuationPart => ({
  status: t.items.investment.status,
  origin: t.origin,
  benefitsCents: t.summary.series.benefitsCents,
  costsCents: t.summary.series.costsCents,
  npvCents: t.summary.npvCents,
});

export interface PortfolioValuation {
  /** The month "to date" stands at ('YYYY-MM-01'). */
  month: string;
  /** Technologies counted in the money (all but proposed), and those left out as proposals. */
  countedCount: number;
  proposedCount: number;
  toDate: PortfolioFlows;
  plan: PortfolioFlows & {
    /** Σ the counted technologies' TCO (rounded per category and year). */
    tcoCents: number;
    /** NPV with every benefit × its confidence: Σ the counted technologies' risk-adjusted NPV. */
    riskAdjustedNpvCents: number;
  };
  payback: Payback & { reached: boolean };
}

/** The portfolio valuation at `month`: the one every surface reads. */
export function valuePortfolio(technologies: readonly EvaluatedTechnology[], annualDiscountRate: number, month: string): PortfolioValuation {
  const counted = technologies.filter((t) => countsInPortfolio(t.items.investment.status));
  const parts = counted.map(partOf);
  const payback = portfolioPayback(parts);
  return {
    month,
    countedCount: counted.length,
    proposedCount: technologies.length - counted.length,
    toDate: portfolioFlows(parts, annualDiscountRate, month),
    plan: {
      ...portfolioFlows(parts, annualDiscountRate, null),
      tcoCents: counted.reduce((sum, t) => sum + t.summary.tco.totalCents, 0),
      riskAdjustedNpvCents: counted.reduce((sum, t) => sum + t.row.riskAdjustedNpvCents, 0),
    },
    payback: { ...payback, reached: payback.month !== null && payback.month <= month },
  };
}
