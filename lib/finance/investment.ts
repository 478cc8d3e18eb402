/**
 * One call that turns an investment's items into every headline figure, for the dashboard and the
 * detail page. Figures are computed on the unrounded monthly series and rounded once at the end.
 * Discounting is monthly at (1 + annual)^(1/12) − 1, and month 0 is "now": it is not discounted
 * (NPV = Σ net_m / (1+i)^m, m = 0..H−1, i.e. net_0 + npv(i, net_1..)).
 */
import { rawCashFlows, roundSeries, type CashFlowInput, type CashFlowSeries } from "./cashflow";
import { FinanceError } from "./errors";
import { annualizeMonthlyRate, monthlyRate, roundHalfEven } from "./money";
import { discountedPaybackPeriod, paybackPeriod } from "./payback";
import { irr, npv } from "./returns";
import { tco, type TcoBreakdown } from "./tco";

export interface InvestmentInput extends CashFlowInput {
  /** Annual effective discount rate, e.g. 0.08. */
  annualDiscountRate: number;
}

export interface InvestmentSummary {
  series: CashFlowSeries;
  totalBenefitsCents: number;
  totalCostsCents: number;
  netCents: number;
  /** (benefits − costs) / costs over the horizon, undiscounted; null without costs. */
  roi: number | null;
  npvCents: number;
  /**
   * Monthly IRR of the net series and its annual equivalent; null when no rate exists, or when the
   * flows do not start with an outlay (nothing invested up front: a root may exist, but it is no return).
   */
  irrMonthly: number | null;
  irrAnnual: number | null;
  paybackMonths: number | null;
  discountedPaybackMonths: number | null;
  tco: TcoBreakdown;
}

/** NPV in cents of a monthly net series whose month 0 is not discounted. */
export function monthlyNpv(annualDiscountRate: number, net: readonly number[]): number {
  const i = monthlyRate(annualDiscountRate);
  return net.length === 0 ? 0 : net[0] + npv(i, net.slice(1));
}

export function evaluateInvestment(input: InvestmentInput): InvestmentSummary {
  const raw = rawCashFlows(input);
  const series = roundSeries(raw);
  const totalBenefitsCents = series.benefitsCents.reduce((a, b) => a + b, 0);
  const totalCostsCents = series.costsCents.reduce((a, b) => a + b, 0);
  return {
    ...evaluateFlows(raw.benefits, raw.costs, input.annualDiscountRate),
    // Totals add the rounded months, so they match the series a user can add up on screen.
    series,
    totalBenefitsCents,
    totalCostsCents,
    netCents: totalBenefitsCents - totalCostsCents,
    tco: tco(input.costs, input.horizonMonths, { costMultiplier: input.scenario?.costMultiplier }),
  };
}

export type FlowFigures = Omit<InvestmentSummary, "series" | "tco">;

/**
 * The return figures of any monthly benefit and cost series (cents, month 0 undiscounted) — one
 * technology's, a portfolio's combined months, or the months up to a date — by the same rules as
 * evaluateInvestment.
 */
export function evaluateFlows(benefits: ArrayLike<number>, costs: ArrayLike<number>, annualDiscountRate: number): FlowFigures {
  const net = Array.from(benefits, (b, m) => b - costs[m]);
  const totalBenefits = sum(benefits);
  const totalCosts = sum(costs);
  const irrMonthly = investmentIrr(net);
  return {
    totalBenefitsCents: roundHalfEven(totalBenefits),
    totalCostsCents: roundHalfEven(totalCosts),
    netCents: roundHalfEven(totalBenefits - totalCosts),
    roi: totalCosts > 0 ? (totalBenefits - totalCosts) / totalCosts : null,
    npvCents: roundHalfEven(monthlyNpv(annualDiscountRate, net)),
    irrMonthly,
    irrAnnual: irrMonthly === null ? null : annualizeMonthlyRate(irrMonthly),
    paybackMonths: net.length ? paybackPeriod(net) : null,
    discountedPaybackMonths: net.length ? discountedPaybackPeriod(monthlyRate(annualDiscountRate), net) : null,
  };
}

function sum(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}

/**
 * The monthly IRR that describes an investment. With an outlay first, flows that change sign again (a
 * decommissioning cost at the end, an annual fee in the last month) can have several roots; the one that
 * describes the investment has the sign of its undiscounted result (a profit → a positive rate). irr()
 * returns the root nearest its guess, so the guess steps outwards until the root lands on that side.
 * Null when nothing is invested up front or no such root exists.
 */
function investmentIrr(net: readonly number[]): number | null {
  if (!startsWithOutlay(net)) return null;
  const profitable = net.reduce((a, b) => a + b, 0) > 0;
  for (const guess of profitable ? [0.01, 0.1, 1, 10] : [0.01, -0.1, -0.5, -0.9]) {
    const rate = rateOrNull(() => irr(net, guess));
    if (rate === null) return null;
    if (profitable ? rate > 0 : rate <= 0) return rate;
  }
  return null;
}

/** The first non-zero net flow is negative: money goes in before it comes back. */
export function startsWithOutlay(net: ArrayLike<number>): boolean {
  for (let i = 0; i < net.length; i++) if (net[i] !== 0) return net[i] < 0;
  return false;
}

function rateOrNull(solve: () => number): number | null {
  try {
    return solve();
  } catch (e) {
    if (e instanceof FinanceError && (e.code === "NO_SIGN_CHANGE" || e.code === "NO_CONVERGENCE")) return null;
    throw e;
  }
}
