/**
 * Money is integer cents at the edges of the engine. Inside, amounts are doubles so that multipliers,
 * ramp-ups and uplifts do not accumulate rounding; a result is rounded once, half-even ("banker's"),
 * when it leaves the engine. Half-even keeps sums of many rounded figures unbiased.
 */
import { invalid } from "./errors";

/** Rounds to the nearest integer, ties to even; −0 becomes 0. */
export function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) invalid(`cannot round ${x}`);
  const floor = Math.floor(x);
  const diff = x - floor;
  let r: number;
  if (diff > 0.5) r = floor + 1;
  else if (diff < 0.5) r = floor;
  else r = floor % 2 === 0 ? floor : floor + 1;
  return r === 0 ? 0 : r;
}

export function requireCents(value: number, name: string): number {
  if (!Number.isSafeInteger(value)) invalid(`${name} must be an integer number of cents, got ${value}`);
  return value;
}

/** Annual effective rate → equivalent monthly rate, (1 + r)^(1/12) − 1. */
export function monthlyRate(annualRate: number): number {
  if (!Number.isFinite(annualRate) || annualRate <= -1) invalid(`annual rate must be greater than -100%, got ${annualRate}`);
  return Math.pow(1 + annualRate, 1 / 12) - 1;
}

/** Monthly rate → annual effective rate, (1 + m)^12 − 1. */
export function annualizeMonthlyRate(monthly: number): number {
  if (!Number.isFinite(monthly) || monthly <= -1) invalid(`monthly rate must be greater than -100%, got ${monthly}`);
  return Math.pow(1 + monthly, 12) - 1;
}
