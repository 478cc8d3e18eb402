/**
 * Payback: periods until the cumulative cash flow first reaches ≥ 0, linearly interpolated inside the
 * period in which it turns, so [-100, 60, 60] pays back after 1 + 40/60 periods. Period 0 is the
 * first flow; a series that starts at ≥ 0 pays back at 0. `null` when it never pays back.
 */
import { finiteResult, invalid, requireFiniteArray, requireRate } from "./errors";

export function paybackPeriod(flows: readonly number[]): number | null {
  requireFiniteArray(flows, "flows");
  if (flows.length === 0) invalid("payback needs at least one cash flow");
  return firstCrossing(flows, 1);
}

/**
 * Payback on flows discounted by (1+rate)^t, t = 0 for the first flow. Discounting every flow one
 * period more (the npv convention) would divide all of them by (1+rate) and give the same result.
 */
export function discountedPaybackPeriod(rate: number, flows: readonly number[]): number | null {
  requireRate(rate);
  requireFiniteArray(flows, "flows");
  if (flows.length === 0) invalid("payback needs at least one cash flow");
  return firstCrossing(flows, 1 / (1 + rate));
}

/**
 * A cumulative within 1e-12 of the flows' size counts as 0, so that binary rounding of discounted
 * flows (60.5 / 1.1² is not exactly 50) does not hide an exact payback.
 */
function firstCrossing(flows: readonly number[], factor: number): number | null {
  let cumulative = 0;
  let size = 0;
  let discount = 1;
  for (let t = 0; t < flows.length; t++) {
    const flow = finiteResult(flows[t] * discount, "discounted cash flow");
    const before = cumulative;
    cumulative += flow;
    size += Math.abs(flow);
    if (cumulative >= -1e-12 * size) return t === 0 ? 0 : Math.min(t, t - 1 + -before / flow);
    discount *= factor;
  }
  return null;
}
