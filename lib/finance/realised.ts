/**
 * Realised benefit in money from a measured KPI: a benefit line names the KPI and what one unit of change
 * is worth (the financial proxy: an hour saved × the hourly rate, a contact deflected × the cost per
 * contact). For a month,
 *   realised = (value − baseline) × value per unit, in the KPI's good direction,
 * so a "lower is better" KPI that fell earns money and one that rose costs it: negative when the KPI got
 * worse, never clamped. Several technologies naming one KPI share its change (attribution.ts).
 */
import { attributionShares, roundToTotal, type AttributionClaim, type AttributionMethod } from "./attribution";
import { invalid, requireFinite } from "./errors";
import { requireCents, roundHalfEven } from "./money";
import type { Direction } from "./scorecard";

export interface KpiReading {
  value: number;
  baseline: number;
  direction: Direction;
}

/** How far the KPI moved from its baseline, counted positive in its good direction. */
export function directedChange({ value, baseline, direction }: KpiReading): number {
  requireFinite(value, "value");
  requireFinite(baseline, "baseline");
  if (direction === "higher") return value - baseline;
  if (direction === "lower") return baseline - value;
  return invalid(`direction must be "higher" or "lower", got ${String(direction)}`);
}

function requireValuePerUnit(cents: number, name: string): number {
  requireCents(cents, name);
  if (cents <= 0) invalid(`${name} must be greater than 0, got ${cents}`);
  return cents;
}

/** A month's realised benefit of one KPI at one value per unit, in whole cents (half-even). */
export function realisedBenefitCents(reading: KpiReading & { valuePerUnitCents: number }): number {
  const perUnit = requireValuePerUnit(reading.valuePerUnitCents, "valuePerUnitCents");
  return roundHalfEven(directedChange(reading) * perUnit);
}

/** One technology's claim on a KPI's change, with the value per unit its benefit lines put on it. */
export interface RealisedClaim extends AttributionClaim {
  valuePerUnitCents: number;
}

/** A technology's part of a KPI's month: its share, the units of change that share is, and their worth. */
export interface RealisedPart {
  share: number;
  units: number;
  cents: number;
}

/**
 * The whole change's worth in cents when every claim values a unit alike and someone takes the change,
 * computed directly so the parts add up to exactly what one technology alone would realise; otherwise
 * undefined, and the parts add up to their own rounded sum.
 */
function wholeWorth(change: number, claims: readonly RealisedClaim[], shares: readonly number[]): number | undefined {
  const perUnit = claims[0]?.valuePerUnitCents;
  const alike = claims.every((c) => c.valuePerUnitCents === perUnit);
  return alike && shares.some((s) => s > 0) ? roundHalfEven(change * perUnit) : undefined;
}

/**
 * A KPI's month split between the technologies that name it: each takes its attributed share of the
 * change and values it at its own value per unit. The cents are rounded together (largest remainder), so
 * when the technologies value a unit alike the parts add up to exactly the whole change's worth.
 */
export function realisedParts(
  reading: KpiReading & { attribution: AttributionMethod },
  claims: readonly RealisedClaim[],
): RealisedPart[] {
  const change = directedChange(reading);
  claims.forEach((c, i) => requireValuePerUnit(c.valuePerUnitCents, `claims[${i}].valuePerUnitCents`));
  const shares = attributionShares(reading.attribution, claims);
  const cents = roundToTotal(
    shares.map((s, i) => s * change * claims[i].valuePerUnitCents),
    wholeWorth(change, claims, shares),
  );
  return shares.map((share, i) => ({ share, units: share * change, cents: cents[i] }));
}
