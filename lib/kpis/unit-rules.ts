import type { kpiUnits } from "@/lib/domain/values";
import type { Locale } from "@/lib/format/locales";
import { canonical, decimalPlaces, MACHINE, readDecimal } from "@/lib/format/parse";
import { readValue } from "@/lib/format/typed-number";

export type KpiUnit = (typeof kpiUnits)[number];

/** numeric(14, 4) holds at most 10 digits before the point. */
const MAX_ABS = 9_999_999_999;

type Rule = {
  /** The range a value may take: what the entry grid accepts, and what a forecast is clipped to. */
  min: number;
  max: number;
  /** Decimals a value may be entered with (and is shown with, as entered). */
  decimals: number;
  /** Decimals an estimate (a forecast and its interval) is shown with, unless the KPI's own figures need more. */
  displayDecimals: number;
  hint: string;
  range: string;
  decimalsMessage?: string;
};

/**
 * What a month's value may be, per unit. Shared by the entry grid (checks as you type) and the server
 * action (checks again against the KPI's unit as stored, never a unit sent by the browser).
 */
export const UNIT_RULES: Record<KpiUnit, Rule> = {
  percent: { min: 0, max: 100, decimals: 4, displayDecimals: 1, hint: "0–100", range: "A percentage must be between 0 and 100." },
  // NPS, eNPS and most survey scores run from −100 to 100; CSAT-style 1–5 scores fit inside that too.
  score: { min: -100, max: 100, decimals: 4, displayDecimals: 1, hint: "−100 to 100", range: "A score must be between −100 and 100." },
  // Counts are often averages (contacts per client per month), so they may have decimals; never negative.
  count: { min: 0, max: MAX_ABS, decimals: 4, displayDecimals: 0, hint: "≥ 0", range: "A count can't be negative." },
  currency: { min: 0, max: MAX_ABS, decimals: 2, displayDecimals: 2, hint: "≥ 0, 2 decimals", range: "An amount can't be negative.", decimalsMessage: "Use at most 2 decimal places for money." },
  duration: { min: 0, max: MAX_ABS, decimals: 4, displayDecimals: 1, hint: "≥ 0", range: "A duration can't be negative." },
};

/** The values a KPI of this unit can take: exactly what a user can enter, so a forecast never shows more. */
export function unitRange(unit: KpiUnit): { min: number; max: number } {
  const { min, max } = UNIT_RULES[unit];
  return { min, max };
}

/** The fewest decimals (up to `max`) that write `value` exactly: 50.4 → 1, "1.3000" → 1, 12 → 0. */
function decimalsNeeded(value: number, max: number): number {
  for (let d = 0; d < max; d++) {
    const f = 10 ** d;
    if (Math.abs(Math.round(value * f) / f - value) < 1e-9) return d;
  }
  return max;
}

/**
 * Decimals a KPI's estimates are shown with: the unit's display decimals (whole counts, percentages to
 * one decimal, money to the cent), or more when the KPI's own target or baseline is written finer (a
 * target of 1.3 contacts per client), so a forecast can always be read against the target; never more
 * than the unit stores.
 */
export function displayDecimals(unit: KpiUnit, figures: readonly (number | string | null | undefined)[] = []): number {
  const rule = UNIT_RULES[unit];
  let decimals = rule.displayDecimals;
  for (const figure of figures) {
    const n = figure === null || figure === undefined || figure === "" ? NaN : Number(figure);
    if (Number.isFinite(n)) decimals = Math.max(decimals, decimalsNeeded(n, rule.decimals));
  }
  return Math.min(decimals, rule.decimals);
}

export type ParsedValue = { blank: true } | { value: string } | { error: string };

/** A stored numeric ("1234.5000", machine text) → "1234.5": canonical decimal text, without going through a float. */
export function canonicalDecimal(raw: string): string | null {
  const value = readDecimal(raw, MACHINE);
  return value ? canonical(value) : null;
}

/** A typed value → its canonical decimal text, read the locale's way; blank and refusals as `ParsedValue`. */
function readTyped(raw: unknown, locale: Locale): ParsedValue | { text: string; places: number } {
  const read = readValue(raw, locale);
  if (read === null) return { blank: true };
  if (!read.ok) return { error: read.error };
  return { text: canonical(read.value), places: decimalPlaces(read.value) };
}

/**
 * Checks one typed value against its KPI's unit, read the way the workspace's locale writes numbers
 * ("8,5" in de-DE is 8.5; "8,5" in en-US is refused). A blank input means "no value this month".
 */
export function parseKpiValue(raw: unknown, unit: KpiUnit, locale: Locale): ParsedValue {
  const read = readTyped(raw, locale);
  if (!("text" in read)) return read;
  const rule = UNIT_RULES[unit];
  const n = Number(read.text);
  if (Math.abs(n) > MAX_ABS) return { error: "That number is too large." };
  if (n < rule.min || n > rule.max) return { error: rule.range };
  if (read.places > 4) return { error: "Use at most 4 decimal places." };
  if (read.places > rule.decimals) return { error: rule.decimalsMessage ?? `Use at most ${rule.decimals} decimal places.` };
  return { value: read.text };
}

/** Baselines and targets: the unit's range and the 4 stored decimals (money's 2-decimal rule is for observations). */
export function checkBenchmark(raw: unknown, unit: KpiUnit, locale: Locale): ParsedValue {
  const read = readTyped(raw, locale);
  if (!("text" in read)) return read;
  const n = Number(read.text);
  if (Math.abs(n) > MAX_ABS) return { error: "That number is too large." };
  if (n < UNIT_RULES[unit].min || n > UNIT_RULES[unit].max) return { error: UNIT_RULES[unit].range };
  if (read.places > 4) return { error: "Use at most 4 decimal places." };
  return { value: read.text };
}
