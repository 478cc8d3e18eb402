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

/**
 * What a forecast may show: the range the measured quantity can take (a percentage 0–100, a count ≥ 0)
 * and the decimals it is written with. Plain numbers: the caller knows the KPI's unit, this module does not.
 */
export interface ForecastBounds {
  min?: number;
  max?: number;
  /** Whole number of decimals, 0–10. */
  decimals?: number;
}

/** Rounded to `decimals`, halves away from zero; the 15-digit step drops float noise (1.005 → 1.01). Never −0. */
export function roundTo(x: number, decimals: number): number {
  requireFinite(x, "value");
  if (!(Number.isInteger(decimals) && decimals >= 0 && decimals <= 10)) invalid(`decimals must be a whole number from 0 to 10, got ${decimals}`);
  const f = 10 ** decimals;
  const scaled = Number((Math.abs(x) * f).toPrecision(15));
  const r = (Math.sign(x) * Math.round(scaled)) / f;
  return r === 0 ? 0 : r;
}

/**
 * The forecast as it can be shown: value and interval clipped to [min, max] and rounded to `decimals`,
 * with lower ≤ value ≤ upper kept. Clipping and rounding are both monotone, so the order survives;
 * a bound finer than the decimals is applied again after rounding.
 */
export function boundForecast(forecast: Forecast, bounds: ForecastBounds): Forecast {
  const min = bounds.min ?? -Infinity;
  const max = bounds.max ?? Infinity;
  if (bounds.min !== undefined) requireFinite(bounds.min, "min");
  if (bounds.max !== undefined) requireFinite(bounds.max, "max");
  if (min > max) invalid(`min must not exceed max, got ${min} > ${max}`);
  const clip = (v: number) => Math.min(max, Math.max(min, v));
  const fit = (v: number) => {
    requireFinite(v, "forecast");
    const clipped = clip(v);
    return bounds.decimals === undefined ? clipped : clip(roundTo(clipped, bounds.decimals));
  };
  const value = fit(forecast.value);
  return { value, lower: Math.min(fit(forecast.lower), value), upper: Math.max(fit(forecast.upper), value) };
}

/** Whether a value meets its target: at least it for "higher is better", at most it for "lower is better". */
export function meetsTarget(value: number, target: number, direction: Direction): boolean {
  requireFinite(value, "value");
  requireFinite(target, "target");
  if (direction !== "higher" && direction !== "lower") invalid(`direction must be "higher" or "lower"`);
  return direction === "higher" ? value >= target : value <= target;
}

export interface OnTrackInput {
  values: readonly number[];
  target: number;
  direction: Direction;
  /** Periods from the last value to the target date; ≤ 0 when the date is reached. */
  periodsToTarget: number;
  level?: number;
  method?: "linear" | "holt";
  /**
   * Clip and round the forecast before judging it (see boundForecast), so the verdict and outlook agree
   * with the figures shown: a percentage trend heading past 100 is judged at 100.
   */
  bounds?: ForecastBounds;
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
  const meets = (v: number) => meetsTarget(v, input.target, input.direction);
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
  if (input.bounds) forecast = boundForecast(forecast, input.bounds);
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
