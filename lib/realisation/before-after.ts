/**
 * Before and after go-live: each linked KPI's level in the N months before against the N months after,
 * and whether the change stands out from the month-to-month noise (Welch's t-test, lib/finance). Pure.
 */
import { FinanceError, sampleMean, sampleVariance, tQuantile, welchTTest, type Direction } from "@/lib/finance";
import { formatMonth, formatNumber, formatPercent, signOf, type Formats, type Locale } from "@/lib/format";
import { formatKpiValue } from "@/lib/kpis/format";
import { monthOf, shiftMonth } from "@/lib/scorecard/month";
import type { BeforeAfterTest, BeforeAfterVerdict, BeforeAfterWindow, KpiBeforeAfter, LinkedKpi } from "./types";

export const BEFORE_AFTER_N = { default: 6, min: 1, max: 24, choices: [3, 6, 12] } as const;
/** Two-sided confidence level of the test: the change stands out when |t| exceeds this quantile. */
export const BEFORE_AFTER_LEVEL = 0.95;
/** Values per side the test needs (a sample variance needs two). */
export const MIN_VALUES_PER_SIDE = 2;

/** `?n=` → whole months 1..24: junk gives the default, numbers outside the range the nearest end. */
export function parseWindowMonths(raw: unknown): number {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (typeof text !== "string" || !/^\s*-?\d+\s*$/.test(text)) return BEFORE_AFTER_N.default;
  return Math.min(BEFORE_AFTER_N.max, Math.max(BEFORE_AFTER_N.min, Number(text)));
}

/** The months either side of go-live; the go-live month itself is the transition and is left out. */
export function beforeAfterWindow(goLiveDate: string, n: number): BeforeAfterWindow {
  const goLiveMonth = monthOf(goLiveDate);
  return {
    goLiveMonth,
    n,
    before: Array.from({ length: n }, (_, i) => shiftMonth(goLiveMonth, i - n)),
    after: Array.from({ length: n }, (_, i) => shiftMonth(goLiveMonth, i + 1)),
  };
}

export const windowLabel = (months: readonly string[], locale: Locale): string =>
  months.length === 1 ? formatMonth(months[0], locale) : `${formatMonth(months[0], locale)} – ${formatMonth(months[months.length - 1], locale)}`;

type Point = { period: string; value: number };

/** Decimals that show a level to about three significant figures (79.1, 4.79, 1,250). */
function decimalsFor(...values: number[]): number {
  const magnitude = Math.max(...values.map(Math.abs));
  if (magnitude === 0) return 1;
  return Math.min(4, Math.max(0, 2 - Math.floor(Math.log10(magnitude))));
}

const roundTo = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** A level or a size of change with a fixed number of decimals, so "before" and "after" read alike (79.0% → 88.0%). */
function formatLevel(value: number, unit: LinkedKpi["unit"], decimals: number, formats: Formats): string {
  if (unit === "currency") return formatKpiValue(roundTo(value, Math.max(decimals, 0)), unit, formats);
  // Percent KPIs are stored as 0–100.
  if (unit === "percent") return formatPercent(value / 100, formats.locale, decimals);
  return formatNumber(value, formats.locale, decimals);
}
const signed = (text: string, value: number) => `${signOf(value)}${text}`;
/** A statistic with a real minus sign, and no sign on a value that rounds to zero. */
const plainNumber = (value: number, decimals: number, locale: Locale) => {
  const text = formatNumber(Math.abs(value), locale, decimals);
  return value < 0 && roundTo(Math.abs(value), decimals) !== 0 ? `−${text}` : text;
};

function toneOf(change: number, direction: Direction): KpiBeforeAfter["tone"] {
  if (change === 0) return "same";
  return (change > 0) === (direction === "higher") ? "better" : "worse";
}

function changeText(kpi: LinkedKpi, change: number, relative: number | null, decimals: number, formats: Formats): string {
  const size = Math.abs(change);
  if (kpi.unit === "percent") return signed(`${formatLevel(size, "score", decimals, formats)} points`, change);
  const absolute = signed(formatLevel(size, kpi.unit, decimals, formats), change);
  // A relative change that rounds to 0.0% says nothing the absolute one does not.
  return relative === null || Math.abs(relative) < 0.0005 ? absolute : `${absolute}, ${signed(formatPercent(Math.abs(relative), formats.locale), relative)}`;
}

const statistic = (test: BeforeAfterTest, locale: Locale) =>
  `Welch t = ${plainNumber(test.t, 1, locale)}, df ${formatNumber(test.df, locale, 1)}; ${formatPercent(BEFORE_AFTER_LEVEL, locale, 0)} threshold ${formatNumber(test.critical, locale, 2)}`;

const months = (k: number) => `${k} month${k === 1 ? "" : "s"}`;

/** "Only k of N months … have values" when a side is short, so a reader knows how much the note rests on. */
function coverage(before: number, after: number, n: number): string {
  const parts: string[] = [];
  if (after < n) parts.push(`Only ${after} of ${months(n)} after go-live ${after === 1 ? "has" : "have"} values so far.`);
  if (before < n) parts.push(`Only ${before} of ${months(n)} before go-live ${before === 1 ? "has" : "have"} values.`);
  return parts.length ? ` ${parts.join(" ")}` : "";
}

type Sides = { before: Point[]; after: Point[] };
type Base = Pick<KpiBeforeAfter, "id" | "name" | "unit" | "direction" | "before" | "after">;

/** The KPI's values in the window's months, before and after go-live; months without a value are skipped. */
function sidesOf(points: readonly Point[], window: BeforeAfterWindow): Sides {
  const byPeriod = new Map(points.map((p) => [p.period, p.value]));
  const pick = (periods: readonly string[]) => periods.flatMap((period) => (byPeriod.has(period) ? [{ period, value: byPeriod.get(period)! }] : []));
  return { before: pick(window.before), after: pick(window.after) };
}

const meanOf = (side: readonly Point[]) => sampleMean(side.map((p) => p.value));

/** A side without any value: the means that exist, and a note that says which side is missing. */
function oneSideMissing(kpi: LinkedKpi, base: Base, tail: string): KpiBeforeAfter {
  const { before, after } = base;
  const missing = before.length === 0 && after.length === 0 ? "no values before or after go-live" : before.length === 0 ? "no values before go-live" : "no values after go-live yet";
  return {
    ...base,
    meanBefore: before.length ? meanOf(before) : null,
    meanAfter: after.length ? meanOf(after) : null,
    change: null,
    relativeChange: null,
    tone: null,
    test: null,
    verdict: "not_enough_data",
    note: `${kpi.name}: ${missing} — not enough months to judge.${tail}`,
  };
}

type Movement = Pick<KpiBeforeAfter, "change" | "relativeChange" | "tone"> & { change: number; meanBefore: number; meanAfter: number };

/** "CSAT rose from 79.1% to 88.4% (+9.3 points, an improvement)", or "stayed at …". */
function movementText(kpi: LinkedKpi, m: Movement, formats: Formats): string {
  const { change, meanBefore, meanAfter } = m;
  // A small change between large levels keeps enough decimals to show it is not zero.
  let decimals = decimalsFor(meanBefore, meanAfter);
  while (change !== 0 && decimals < 4 && roundTo(Math.abs(change), decimals) === 0) decimals++;
  const level = (v: number) => formatLevel(v, kpi.unit, decimals, formats);
  if (change === 0) return `${kpi.name} stayed at ${level(meanBefore)}`;
  const judged = m.tone === "better" ? "an improvement" : "a deterioration";
  return `${kpi.name} ${change > 0 ? "rose" : "fell"} from ${level(meanBefore)} to ${level(meanAfter)} (${changeText(kpi, change, m.relativeChange, decimals, formats)}, ${judged})`;
}

type Judgement = { verdict: BeforeAfterVerdict; test: BeforeAfterTest | null; judgement: string };

/** Whether the change stands out from the month-to-month noise, by Welch's t-test, and the words that say so. */
function judge(valuesBefore: number[], valuesAfter: number[], change: number, locale: Locale): Judgement {
  if (valuesBefore.length < MIN_VALUES_PER_SIDE || valuesAfter.length < MIN_VALUES_PER_SIDE) {
    return { verdict: "not_enough_data", test: null, judgement: ` — not enough months to judge (at least ${MIN_VALUES_PER_SIDE} a side are needed).` };
  }
  if (sampleVariance(valuesBefore) === 0 && sampleVariance(valuesAfter) === 0) {
    // No month-to-month variation at all: a step between two flat runs is as clear as a change can be.
    return change === 0
      ? { verdict: "no_change", test: null, judgement: " in every month before and after go-live — no change." }
      : {
          verdict: "stands_out",
          test: null,
          judgement: " — every month before and every month after had the same value, so the change stands out (there is no month-to-month noise to compare it with).",
        };
  }
  try {
    const { t, df } = welchTTest(valuesAfter, valuesBefore);
    const test = { t, df, critical: tQuantile(BEFORE_AFTER_LEVEL, df) };
    return Math.abs(t) > test.critical
      ? { verdict: "stands_out", test, judgement: ` — it stands out from the month-to-month noise (${statistic(test, locale)}).` }
      : { verdict: "within_noise", test, judgement: ` — within the normal month-to-month variation (${statistic(test, locale)}).` };
  } catch (e) {
    if (!(e instanceof FinanceError)) throw e;
    return { verdict: "not_enough_data", test: null, judgement: " — not enough months to judge." };
  }
}

/** One KPI's comparison: means, change, Welch's test and the sentence that says what it means. */
export function compareKpi(kpi: LinkedKpi, points: readonly Point[], window: BeforeAfterWindow, formats: Formats): KpiBeforeAfter {
  const { before, after } = sidesOf(points, window);
  const base = { id: kpi.id, name: kpi.name, unit: kpi.unit, direction: kpi.direction, before, after };
  const tail = coverage(before.length, after.length, window.n);
  if (before.length === 0 || after.length === 0) return oneSideMissing(kpi, base, tail);

  const valuesBefore = before.map((p) => p.value);
  const valuesAfter = after.map((p) => p.value);
  const meanBefore = sampleMean(valuesBefore);
  const meanAfter = sampleMean(valuesAfter);
  // Values carry 4 decimals (numeric(14,4)); rounding drops float noise that would tint a zero change.
  const change = Math.round((meanAfter - meanBefore) * 1e4) / 1e4;
  const movement: Movement = { meanBefore, meanAfter, change, relativeChange: meanBefore === 0 ? null : change / Math.abs(meanBefore), tone: toneOf(change, kpi.direction) };
  const { verdict, test, judgement } = judge(valuesBefore, valuesAfter, change, formats.locale);
  return { ...base, ...movement, test, verdict, note: `${movementText(kpi, movement, formats)}${judgement}${tail}` };
}

/** Every linked KPI's comparison, in the order given (by name). */
export function buildBeforeAfter(
  kpis: readonly LinkedKpi[],
  measurements: readonly { kpiId: string; period: string; value: number }[],
  window: BeforeAfterWindow,
  formats: Formats,
): KpiBeforeAfter[] {
  const byKpi = new Map<string, Point[]>();
  for (const m of measurements) (byKpi.get(m.kpiId) ?? byKpi.set(m.kpiId, []).get(m.kpiId)!).push({ period: m.period, value: m.value });
  return kpis.map((k) => compareKpi(k, byKpi.get(k.id) ?? [], window, formats));
}
