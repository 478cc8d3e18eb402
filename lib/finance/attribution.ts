/**
 * Attribution: when several technologies name the same KPI, its realised change is split between them so
 * that nothing is counted twice. Three methods, chosen per KPI:
 * - equal: every technology live in the month the same share;
 * - weighted: in proportion to the benefit each live one planned from the KPI (all zero → equal);
 * - time_decay: weight 2^(−months since go-live / half-life), normalised.
 * Whatever the method, a technology not live yet in the month (no go-live, or a later one) weighs 0: it
 * cannot have moved the KPI. A change before any go-live is nobody's.
 * Shares are fractions summing to 1 (or all 0 when nobody can claim the change); money is split with
 * largest-remainder rounding so the cent parts add up to exactly the whole.
 */
import { invalid, requireFinite, requireNonNegative } from "./errors";
import { requireCents, roundHalfEven } from "./money";

export type AttributionMethod = "equal" | "weighted" | "time_decay";

/** Months for a time-decay weight to halve. */
export const TIME_DECAY_HALF_LIFE_MONTHS = 6;

/** One technology's claim on a KPI's change in a month. */
export interface AttributionClaim {
  /** What its business case planned from the KPI (cents, ≥ 0): the weight of "weighted". */
  plannedBenefitCents: number;
  /** Whole months from its go-live month to the month attributed (0 in the go-live month); null or negative: not live yet. */
  monthsLive: number | null;
}

function isLive(monthsLive: number | null): monthsLive is number {
  if (monthsLive === null) return false;
  requireFinite(monthsLive, "monthsLive");
  return monthsLive >= 0;
}

function rawWeights(method: AttributionMethod, claims: readonly AttributionClaim[], halfLife: number): number[] {
  const live = claims.map((c) => isLive(c.monthsLive));
  const equal = live.map((l) => (l ? 1 : 0));
  switch (method) {
    case "equal":
      return equal;
    case "weighted": {
      const planned = claims.map((c, i) => (live[i] ? requireNonNegative(c.plannedBenefitCents, `claims[${i}].plannedBenefitCents`) : 0));
      // No live technology planned anything from the KPI: no planned benefit to weigh by, so the split is equal.
      return planned.some((p) => p > 0) ? planned : equal;
    }
    case "time_decay":
      return claims.map((c, i) => (live[i] ? Math.pow(2, -(c.monthsLive as number) / halfLife) : 0));
    default:
      return invalid(`attribution must be "equal", "weighted" or "time_decay", got ${String(method)}`);
  }
}

/**
 * Each claim's share of the KPI's change, in claim order: fractions summing to 1, or all 0 when no claim
 * may take any (a month before every go-live). No claims, no shares.
 */
export function attributionShares(
  method: AttributionMethod,
  claims: readonly AttributionClaim[],
  halfLifeMonths: number = TIME_DECAY_HALF_LIFE_MONTHS,
): number[] {
  if (!(halfLifeMonths > 0) || !Number.isFinite(halfLifeMonths)) invalid(`half-life must be a positive number of months, got ${halfLifeMonths}`);
  const weights = rawWeights(method, claims, halfLifeMonths);
  const total = weights.reduce((a, b) => a + b, 0);
  return total > 0 ? weights.map((w) => w / total) : weights.map(() => 0);
}

/**
 * Rounds each amount to whole cents so that the parts add up to `total` (by default the sum rounded
 * half-even; a caller who knows the exact whole passes it, as a sum of doubles can miss it by a hair):
 * every amount is floored, and the cents left over go one each to the largest fractional parts (earlier
 * first on ties).
 */
export function roundToTotal(amounts: readonly number[], total?: number): number[] {
  amounts.forEach((a, i) => requireFinite(a, `amounts[${i}]`));
  const whole = total ?? roundHalfEven(amounts.reduce((a, b) => a + b, 0));
  const floors = amounts.map(Math.floor);
  let left = whole - floors.reduce((a, b) => a + b, 0);
  // Array.prototype.sort is stable, so equal remainders keep their order: earlier first.
  const byRemainder = amounts.map((a, i) => ({ i, rest: a - floors[i] })).sort((a, b) => b.rest - a.rest);
  const parts = [...floors];
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    parts[i] += 1;
    left -= 1;
  }
  return parts.map((p) => (p === 0 ? 0 : p));
}

/** `totalCents` split by `shares` (fractions summing to 1): whole cents that add up to exactly `totalCents`. */
export function splitCents(totalCents: number, shares: readonly number[]): number[] {
  requireCents(totalCents, "totalCents");
  shares.forEach((s, i) => requireNonNegative(s, `shares[${i}]`));
  return roundToTotal(shares.map((s) => s * totalCents));
}
