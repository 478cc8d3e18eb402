/**
 * "How is this computed?" for the headline figures of a technology's detail page: for each figure the
 * value the app shows, the formula from `lib/finance`'s explainers and the actual inputs, formatted.
 * Pure (no db): the page passes the `TechnologyDetail` it loaded and the workspace's formats.
 *
 * Values always come from the detail (the summary and the portfolio row), so the explanation can never
 * disagree with the tile; inputs are shown from the monthly series rounded to the cent.
 */
import { explain, monthlyRate } from "@/lib/finance";
import { label } from "@/lib/domain/labels";
import { formatMoney, formatMonth, formatNumber, formatPercent, type Formats, type Locale } from "@/lib/format";
import { lastCompleteMonth } from "./timeline";
import type { TechnologyDetail } from "./types";
import { isInUse } from "./valuation";

export type FigureKey =
  | "roi" | "aro" | "npv" | "riskAdjustedNpv" | "irr" | "payback" | "discountedPayback" | "tco" | "runRate" | "weightedScore" | "alignment" | "risk";

export type FigureExplanation = {
  key: FigureKey;
  label: string;
  value: number | null;
  /** The value formatted for the tile, or "n/a". */
  display: string;
  formula: string;
  inputs: { label: string; value: string }[];
  /** "Not available because …" when value is null. */
  unavailable: string | null;
};

/** Annual figures for the Return on Automation; see `annualFigures`. */
export type AnnualFigures = {
  initialInvestmentCents: number;
  annualOperatingCostsCents: number;
  /** Recurring benefits annualised + one-time benefits ÷ useful life. */
  annualBenefitsCents: number;
  usefulLifeYears: number;
};

const SERIES_HEAD = 12;

/** A duration in months with one decimal: "14.5 months" / "14,5 months" (the word stays English). */
export const months = (x: number, locale: Locale) => `${formatNumber(x, locale, 1)} months`;

/** Month `offset` of a timeline starting at `originMonth` ('YYYY-MM-01') → "Mar 2026" / "März 2026". */
export function monthLabel(originMonth: string, offset: number, locale: Locale): string {
  const [year, month] = originMonth.split("-").map(Number);
  const index = year * 12 + (month - 1) + offset;
  return formatMonth(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`, locale);
}

/** The first `head` values and how many more: "[−$5,000, $300, …] … 48 more". */
export function summarizeSeries(values: readonly number[], fmt: (v: number) => string, head = SERIES_HEAD): string {
  const shown = values.slice(0, head).map(fmt).join(", ");
  const rest = values.length - head;
  return rest > 0 ? `[${shown}, …] … ${rest} more` : `[${shown}]`;
}

type Item = { kind: string; frequency: string | null; amountCents: number };
const annualised = (i: Item) => (i.kind !== "recurring" ? 0 : i.frequency === "annual" ? i.amountCents : i.amountCents * 12);
const oneTime = (i: Item) => (i.kind === "one_time" ? i.amountCents : 0);
const sum = <T>(items: readonly T[], f: (i: T) => number) => items.reduce((a, i) => a + f(i), 0);

/** The two parts of the annual benefits: recurring benefits annualised, and one-time benefits in total. */
export function benefitParts(detail: Pick<TechnologyDetail, "benefits">): { recurringAnnualCents: number; oneTimeCents: number } {
  return { recurringAnnualCents: sum(detail.benefits, annualised), oneTimeCents: sum(detail.benefits, oneTime) };
}

/**
 * The annual view the Return on Automation needs, derived from the cost and benefit lines (the monthly
 * series mixes one-time and recurring amounts, so it cannot be split back): initial investment = all
 * one-time costs; annual operating cost = every recurring cost annualised at its base price (monthly × 12,
 * annual × 1, before uplift); useful life = the technology's useful life in years; annual benefits =
 * every recurring benefit annualised at full ramp-up and before confidence, plus every one-time benefit
 * spread straight-line over the useful life (amount ÷ life), just as the formula spreads one-time costs
 * (initial ÷ life). So a technology whose benefits are all one-off still has a return a year, rather than
 * −100%. Not rounded: only what is shown is rounded.
 */
export function annualFigures(detail: Pick<TechnologyDetail, "costs" | "benefits" | "investment">): AnnualFigures {
  const usefulLifeYears = detail.investment.usefulLifeMonths / 12;
  const { recurringAnnualCents, oneTimeCents } = benefitParts(detail);
  return {
    initialInvestmentCents: sum(detail.costs, oneTime),
    annualOperatingCostsCents: sum(detail.costs, annualised),
    annualBenefitsCents: recurringAnnualCents + oneTimeCents / usefulLifeYears,
    usefulLifeYears,
  };
}

// The explainers compute eagerly and throw where no figure exists; a trivially solvable call yields the
// formula text for the "not available" case without restating it here.
const formulaOf = {
  roi: explain.roi(1, 1).formula,
  aro: explain.annualizedReturnOnAutomation({ annualBenefits: 1, annualOperatingCosts: 1, initialInvestment: 0, usefulLifeYears: 1 }).formula,
  irr: explain.irr([-1, 2]).formula,
  weightedScore: explain.weightedScore([{ weight: 100, score: 1 }]).formula,
  alignment: explain.alignmentScore([]).formula,
  risk: explain.riskScore(1, 1).formula,
  tco: explain.tco([], 1).formula,
};

type Build = Omit<FigureExplanation, "display" | "unavailable"> & { show: (v: number) => string; why: string };
const figure = ({ show, why, ...f }: Build): FigureExplanation => ({
  ...f,
  display: f.value === null ? "n/a" : show(f.value),
  unavailable: f.value === null ? `Not available because ${why}.` : null,
});

/** What the figures' builders share: the detail, its formats, the monthly rate and the net cash flow. */
type Context = {
  detail: TechnologyDetail;
  locale: Locale;
  money: (c: number) => string;
  percent: (ratio: number) => string;
  inMonths: (x: number) => string;
  month: (m: string) => string;
  net: readonly number[];
  /** The monthly rate i. */
  i: number;
  rates: { label: string; value: string }[];
  flows: { label: string; value: string };
  noBenefits: boolean;
  neverPays: string;
};

function contextOf(detail: TechnologyDetail, formats: Formats): Context {
  const { locale } = formats;
  const money = (c: number) => formatMoney(c, formats);
  const percent = (ratio: number) => formatPercent(ratio, locale);
  const month = (m: string) => monthLabel(m, 0, locale);
  const net = detail.summary.series.netCents;
  const rate = detail.annualDiscountRate;
  const i = monthlyRate(rate);
  const noBenefits = detail.benefits.length === 0;
  return {
    detail, locale, money, percent, month, net, i, noBenefits,
    inMonths: (x) => months(x, locale),
    rates: [
      { label: "Discount rate (annual)", value: percent(rate) },
      { label: "Monthly rate i = (1 + r)^(1/12) − 1", value: formatPercent(i, locale, 4) },
    ],
    flows: { label: `Monthly net cash flow (${net.length} months, month 0 = ${month(detail.originMonth)})`, value: summarizeSeries(net, money) },
    neverPays: noBenefits ? "no benefits are recorded yet" : `the cumulative net cash flow stays below zero over the ${detail.horizonMonths}-month horizon`,
  };
}

/** ROI and the Annualized Return on Automation. */
function returnFigures({ detail, locale, money, percent }: Context): FigureExplanation[] {
  const { summary } = detail;
  const annual = annualFigures(detail);
  const parts = benefitParts(detail);
  const aroCost = annual.annualOperatingCostsCents + annual.initialInvestmentCents / annual.usefulLifeYears;
  const aro = aroCost > 0
    ? explain.annualizedReturnOnAutomation({
        annualBenefits: annual.annualBenefitsCents,
        annualOperatingCosts: annual.annualOperatingCostsCents,
        initialInvestment: annual.initialInvestmentCents,
        usefulLifeYears: annual.usefulLifeYears,
      })
    : null;
  return [
    figure({
      key: "roi", label: "ROI", value: summary.roi, show: percent,
      why: "no costs are recorded, and ROI divides by the total cost",
      formula: formulaOf.roi,
      inputs: [
        { label: "Benefit (total over the horizon)", value: money(summary.totalBenefitsCents) },
        { label: "Cost (total over the horizon)", value: money(summary.totalCostsCents) },
      ],
    }),
    figure({
      key: "aro", label: "Annualized return on automation", value: aro ? aro.value : null, show: percent,
      why: "there is no annual cost: record a one-time or recurring cost",
      formula: `${formulaOf.aro}, annualBenefits = recurring benefits a year + one-time benefits / usefulLifeYears`,
      inputs: [
        { label: "Recurring benefits annualised (full ramp-up)", value: money(parts.recurringAnnualCents) },
        { label: "One-time benefits", value: money(parts.oneTimeCents) },
        { label: "Annual operating costs (recurring costs annualised)", value: money(annual.annualOperatingCostsCents) },
        { label: "Initial investment (one-time costs)", value: money(annual.initialInvestmentCents) },
        { label: "Useful life", value: `${formatNumber(annual.usefulLifeYears, locale, 1)} years` },
        { label: "Annual benefits = recurring annualised + one-time ÷ life", value: money(Math.round(annual.annualBenefitsCents)) },
        { label: "Annual cost = opex + initial / life", value: money(Math.round(aro?.inputs.annualCost ?? aroCost)) },
      ],
    }),
  ];
}

/** NPV as planned and risk-adjusted, and the IRR. */
function discountedFigures({ detail, locale, money, percent, net, i, rates, flows }: Context): FigureExplanation[] {
  const { summary, row } = detail;
  const npv = explain.npv(i, net.slice(1));
  return [
    figure({
      key: "npv", label: "NPV", value: summary.npvCents, show: money, why: "",
      formula: `v_0 + ${npv.formula}, monthly: v_m = net cash flow of month m, r = monthly rate i (month 0 is not discounted)`,
      inputs: [...rates, { label: "Month 0 (undiscounted)", value: money(net[0] ?? 0) }, flows],
    }),
    figure({
      key: "riskAdjustedNpv", label: "NPV, risk-adjusted", value: row.riskAdjustedNpvCents, show: money, why: "",
      formula: "The NPV above with each benefit × its confidence: Σ (benefits_m × confidence − costs_m) / (1 + i)^m",
      inputs: [
        { label: "NPV as planned (every benefit in full)", value: money(summary.npvCents) },
        ...detail.benefits.map((b) => ({ label: `Confidence: ${b.description || label(b.category)}`, value: formatPercent(Number(b.confidence), locale, { max: 1 }) })),
      ],
    }),
    figure({
      key: "irr", label: "IRR (annual)", value: summary.irrAnnual, show: percent,
      why: net.some((v) => v > 0) && net.some((v) => v < 0)
        ? "no rate solves the equation for this cash flow"
        : "the net cash flow never changes sign (a rate of return needs money going out and coming back)",
      formula: `${formulaOf.irr} on the monthly net cash flow; annual = (1 + monthly)^12 − 1`,
      inputs: [
        flows,
        // evaluateInvestment solves the monthly series from a 1%-a-month guess.
        ...(summary.irrMonthly !== null
          ? [{ label: "Guess (monthly)", value: formatPercent(0.01, locale) }, { label: "Monthly IRR", value: formatPercent(summary.irrMonthly, locale, 2) }]
          : []),
      ],
    }),
  ];
}

/** Payback, plain and discounted. */
function paybackFigures({ detail, money, inMonths, net, i, rates, flows, noBenefits, neverPays }: Context): FigureExplanation[] {
  const { summary } = detail;
  const payback = explain.paybackPeriod(net);
  const discounted = explain.discountedPaybackPeriod(i, net);
  return [
    figure({
      key: "payback", label: "Payback", value: summary.paybackMonths, show: inMonths, why: neverPays,
      formula: payback.formula,
      inputs: [flows, { label: "Cumulative net cash flow", value: summarizeSeries(summary.series.cumulativeCents, money) }],
    }),
    figure({
      key: "discountedPayback", label: "Discounted payback", value: summary.discountedPaybackMonths, show: inMonths,
      why: noBenefits ? neverPays : `the discounted cumulative cash flow stays below zero over the ${detail.horizonMonths}-month horizon`,
      formula: `${discounted.formula}, r = monthly rate i`,
      inputs: [...rates, flows, { label: "Discounted cumulative", value: summarizeSeries(discounted.inputs.discountedCumulative, (v) => money(Math.round(v))) }],
    }),
  ];
}

/** TCO over the horizon and the annual run-rate cost in the last complete month. */
function costFigures({ detail, money, month }: Context, today: Date): FigureExplanation[] {
  const runRateMonth = lastCompleteMonth(today);
  const recurringNow = detail.costs.filter((c) => c.kind === "recurring" && c.startMonth <= runRateMonth && (!c.endMonth || c.endMonth >= runRateMonth));
  return [
    figure({
      key: "tco", label: `TCO (${detail.horizonMonths} months)`, value: detail.summary.tco.totalCents, show: money, why: "",
      formula: formulaOf.tco,
      inputs: [
        { label: "Horizon", value: `${detail.horizonMonths} months from ${month(detail.originMonth)}` },
        ...Object.entries(detail.summary.tco.byCategory).map(([category, cents]) => ({ label: category.replace(/_/g, " "), value: money(cents) })),
      ],
    }),
    figure({
      key: "runRate", label: "Annual run-rate cost", value: detail.row.annualRunRateCents, show: money, why: "",
      formula: `Σ recurring costs active in ${month(runRateMonth)} (the last complete month): monthly amount × 12 + annual amount (0 unless approved, implementing or live)`,
      inputs: !isInUse(detail.investment.status)
        ? [{ label: "Status", value: `${detail.investment.status}: no run-rate` }]
        : recurringNow.length
        ? recurringNow.map((c) => ({ label: `${c.description || c.category} (${c.frequency})`, value: money(c.amountCents) }))
        : [{ label: `Recurring costs active in ${month(runRateMonth)}`, value: "none" }],
    }),
  ];
}

/** The weighted factor score, the alignment score and the highest open risk. */
function scoreFigures({ detail, locale }: Context): FigureExplanation[] {
  const { row } = detail;
  const factors = detail.factors.map((f) => ({ weight: Number(f.weight), score: f.score }));
  const weightSum = factors.reduce((a, f) => a + f.weight, 0);
  const served = detail.alignments.filter((a) => a.strength > 0);
  const worst = detail.risks.filter((r) => r.status !== "closed").find((r) => r.likelihood * r.impact === row.riskScore);
  return [
    figure({
      key: "weightedScore", label: "Weighted factor score", value: detail.weightedScore, show: (v) => `${formatNumber(v, locale, 2)} of 5`,
      why: factors.length === 0 ? "no scoring factors are recorded" : `the factor weights sum to ${formatPercent(weightSum / 100, locale, { max: 2 })}, not ${formatPercent(1, locale, 0)}`,
      formula: formulaOf.weightedScore,
      inputs: detail.factors.map((f) => ({ label: f.name, value: `${formatPercent(Number(f.weight) / 100, locale, { max: 2 })} × ${f.score}` })),
    }),
    figure({
      key: "alignment", label: "Alignment score", value: row.alignmentScore, show: (v) => `${formatNumber(v, locale, 1)} of 100`,
      why: "the technology serves no goal yet",
      formula: formulaOf.alignment,
      inputs: served.map((a) => ({ label: a.title, value: `strength ${a.strength} of 5 × goal weight ${a.weight}` })),
    }),
    figure({
      key: "risk", label: "Highest risk", value: row.riskScore, show: (v) => `${v} of 25`,
      why: detail.risks.length === 0 ? "no risk is assessed yet" : "every recorded risk is closed",
      formula: `max over open risks of ${formulaOf.risk}`,
      inputs: worst ? [{ label: worst.title, value: `${worst.likelihood} × ${worst.impact}` }] : [],
    }),
  ];
}

/** Every headline figure of one technology with its formula and inputs, in tile order. */
export function explainFigures(detail: TechnologyDetail, formats: Formats, today = new Date()): FigureExplanation[] {
  const c = contextOf(detail, formats);
  return [...returnFigures(c), ...discountedFigures(c), ...paybackFigures(c), ...costFigures(c, today), ...scoreFigures(c)];
}
