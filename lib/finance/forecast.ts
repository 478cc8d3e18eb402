/**
 * KPI forecasts from a monthly series (one value per period, oldest first, no gaps): a least-squares
 * linear trend with a Student-t prediction interval, or Holt's linear exponential smoothing with the
 * ETS(A,A,N) interval (Hyndman et al.). Both need at least 3 values; the linear trend is the default
 * because short KPI histories (a year or two) rarely support more.
 */
import { invalid, requireFinite, requireFiniteArray } from "./errors";
import type { Direction } from "./scorecard";
import { tQuantile } from "./stats";

export interface Forecast {
  value: number;
  lower: number;
  upper: number;
}

export interface LinearTrend {
  slope: number;
  intercept: number;
  residualStdError: number;
  n: number;
}

function requireSeries(values: readonly number[]): void {
  requireFiniteArray(values, "values");
  if (values.length < 3) invalid(`a forecast needs at least 3 values, got ${values.length}`);
}

function requireLevel(level: number): number {
  if (!(level > 0 && level < 1)) invalid(`level must be strictly between 0 and 1, got ${level}`);
  return level;
}

/** Ordinary least squares of value on period index 0..n−1. */
export function linearTrend(values: readonly number[]): LinearTrend {
  requireSeries(values);
  const n = values.length;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (i - meanX) ** 2;
    sxy += (i - meanX) * (values[i] - meanY);
  }
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (values[i] - (intercept + slope * i)) ** 2;
  return { slope, intercept, residualStdError: Math.sqrt(sse / (n - 2)), n };
}

/** ŷ ± t(n−2) · s · √(1 + 1/n + (x₀ − x̄)²/Sxx) at `stepsAhead` periods after the last value. */
export function forecastLinear(values: readonly number[], stepsAhead: number, level = 0.95): Forecast {
  const { slope, intercept, residualStdError: s, n } = linearTrend(values);
  requireFinite(stepsAhead, "stepsAhead");
  const x0 = n - 1 + stepsAhead;
  const meanX = (n - 1) / 2;
  const sxx = (n * (n * n - 1)) / 12;
  const half = tQuantile(requireLevel(level), n - 2) * s * Math.sqrt(1 + 1 / n + (x0 - meanX) ** 2 / sxx);
  const value = intercept + slope * x0;
  return { value, lower: value - half, upper: value + half };
}

export interface HoltFit {
  alpha: number;
  beta: number;
  level: number;
  trend: number;
  /** Standard deviation of the one-step-ahead errors. */
  sigma: number;
}

function holtSse(values: readonly number[], alpha: number, beta: number): { sse: number; level: number; trend: number } {
  let level = values[0];
  let trend = values[1] - values[0];
  let sse = 0;
  for (let t = 1; t < values.length; t++) {
    const error = values[t] - (level + trend);
    sse += error * error;
    const prev = level;
    level = alpha * values[t] + (1 - alpha) * (level + trend);
    trend = beta * (level - prev) + (1 - beta) * trend;
  }
  return { sse, level, trend };
}

/**
 * Holt's method, level and trend started from the first two values. Unless given, α and β are
 * chosen on a 0.05 grid (0.05–0.95) by the smallest sum of squared one-step-ahead errors.
 */
export function holt(values: readonly number[], params: { alpha?: number; beta?: number } = {}): HoltFit {
  requireSeries(values);
  const alphas = params.alpha === undefined ? grid() : [requireSmoothing(params.alpha, "alpha")];
  const betas = params.beta === undefined ? grid() : [requireSmoothing(params.beta, "beta")];
  let best = { alpha: alphas[0], beta: betas[0], ...holtSse(values, alphas[0], betas[0]) };
  for (const alpha of alphas) {
    for (const beta of betas) {
      const fit = holtSse(values, alpha, beta);
      if (fit.sse < best.sse) best = { alpha, beta, ...fit };
    }
  }
  const sigma = Math.sqrt(best.sse / Math.max(values.length - 3, 1));
  return { alpha: best.alpha, beta: best.beta, level: best.level, trend: best.trend, sigma };
}

function grid(): number[] {
  return Array.from({ length: 19 }, (_, i) => (i + 1) / 20);
}

function requireSmoothing(v: number, name: string): number {
  if (!(v > 0 && v <= 1)) invalid(`${name} must be in (0, 1], got ${v}`);
  return v;
}

/** l + h·b ± t · σ · √(1 + Σ_{j<h} (α + αβj)²). */
export function forecastHolt(values: readonly number[], stepsAhead: number, level = 0.95, params: { alpha?: number; beta?: number } = {}): Forecast {
  const fit = holt(values, params);
  requireFinite(stepsAhead, "stepsAhead");
  const h = Math.max(1, Math.round(stepsAhead));
  let variance = 1;
  for (let j = 1; j < h; j++) variance += (fit.alpha + fit.alpha * fit.beta * j) ** 2;
  const half = tQuantile(requireLevel(level), Math.max(values.length - 2, 1)) * fit.sigma * Math.sqrt(variance);
  const value = fit.level + h * fit.trend;
  return { value, lower: value - half, upper: value + half };
}

export interface OnTrackInput {
  values: readonly number[];
  target: number;
  direction: Direction;
  /** Periods from the last value to the target date; ≤ 0 when the date is reached. */
  periodsToTarget: number;
  level?: number;
  method?: "linear" | "holt";
}

export interface OnTrackResult {
  onTrack: boolean;
  /** likely: even the pessimistic bound meets the target; unlikely: even the optimistic one misses. */
  outlook: "likely" | "possible" | "unlikely";
  forecast: Forecast;
}

/** Whether the KPI's projected value at its target date meets the target, direction-aware. */
export function onTrack(input: OnTrackInput): OnTrackResult {
  requireFinite(input.target, "target");
  requireFinite(input.periodsToTarget, "periodsToTarget");
  if (input.direction !== "higher" && input.direction !== "lower") invalid(`direction must be "higher" or "lower"`);
  const meets = (v: number) => (input.direction === "higher" ? v >= input.target : v <= input.target);
  let forecast: Forecast;
  if (input.periodsToTarget <= 0) {
    requireFiniteArray(input.values, "values");
    if (input.values.length === 0) invalid("onTrack needs at least one value");
    const last = input.values[input.values.length - 1];
    forecast = { value: last, lower: last, upper: last };
  } else {
    const run = input.method === "holt" ? forecastHolt : forecastLinear;
    forecast = run(input.values, input.periodsToTarget, input.level ?? 0.95);
  }
  const [worst, best] = input.direction === "higher" ? [forecast.lower, forecast.upper] : [forecast.upper, forecast.lower];
  const outlook = meets(worst) ? "likely" : meets(best) ? "possible" : "unlikely";
  return { onTrack: meets(forecast.value), outlook, forecast };
}

/** Whole months from one period to another (UTC calendar months), e.g. for periodsToTarget. */
export function monthsBetween(from: Date, to: Date): number {
  if (!(from instanceof Date) || !(to instanceof Date) || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
    invalid("monthsBetween needs two valid dates");
  }
  return (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
}
