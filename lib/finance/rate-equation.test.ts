/**
 * The root-count bound of rate-equation.ts, which lets the solver stop scanning and certify that a
 * root is the one nearest the guess. Checked against facts that do not depend on its implementation:
 * - it is an upper bound: never fewer than the roots on that side (counted on a fine grid here);
 * - with one sign change in the flows it is exact: the double integration can only remove sign
 *   changes, so it is 0 or 1, and being a bound it is 1 exactly when the single root lies on that side;
 * - at a ≤ −100% it is Descartes' rule on the flows (all roots lie above −100%, none below).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DatedEquation, PeriodicEquation, type RateEquation } from "./rate-equation";

/** Where Σ v_i (1+r)^(−t_i) changes sign for r in (−99.9%, 10,000%), on a grid of 1e-3 in ln(1+r). */
function signChangesOfNpv(values: readonly number[], times: readonly number[]): number[] {
  const pv = (rho: number) => values.reduce((s, v, i) => s + v * Math.exp(-times[i] * rho), 0);
  const out: number[] = [];
  let prev = 0;
  for (let rho = Math.log(1e-3); rho < Math.log(101); rho += 1e-3) {
    const s = Math.sign(pv(rho));
    if (s !== 0 && prev !== 0 && s !== prev) out.push(Math.expm1(rho - 5e-4));
    if (s !== 0) prev = s;
  }
  return out;
}

/** −Π (y − y_k) in y = 1 + r, as flows v_0..v_n (highest power first). */
function flowsWithRoots(rates: readonly number[]): number[] {
  let c = [1];
  for (const r of rates) {
    const next = new Array<number>(c.length + 1).fill(0);
    c.forEach((v, i) => {
      next[i] += v;
      next[i + 1] -= v * (1 + r);
    });
    c = next;
  }
  return c.map((v) => -v);
}

function bounds(eq: RateEquation, a: number): [number, number] {
  return [eq.rootBound(a, "above"), eq.rootBound(a, "below")];
}

describe("rootBound", () => {
  it("at or below −100% is Descartes' count of the flows above, and 0 below", () => {
    const flows = [-1_000, 3_600, -4_310, 1_716];
    for (const eq of [new PeriodicEquation(flows), new DatedEquation(flows, Float64Array.from([0, 1, 2, 3]))]) {
      expect(bounds(eq, -1)).toEqual([3, 0]);
      expect(bounds(eq, -2)).toEqual([3, 0]);
    }
    // Zeros do not count as a sign.
    const zeros = [0, -1, 0, 2, 0, 0, -3, 0];
    expect(bounds(new PeriodicEquation(zeros), -1)).toEqual([2, 0]);
    expect(bounds(new DatedEquation(zeros, Float64Array.from([0, 1, 2, 3, 4, 5, 6, 7])), -1)).toEqual([2, 0]);
    expect(bounds(new PeriodicEquation([5, 0, 0]), -1)).toEqual([0, 0]);
  });

  it("one sign change: exactly 1 on the side of the root and 0 on the other, periodic and dated", () => {
    // −100 + 110/(1+r): the root is 10%.
    const p = new PeriodicEquation([-100, 110]);
    expect(bounds(p, 0)).toEqual([1, 0]);
    expect(bounds(p, 0.05)).toEqual([1, 0]);
    expect(bounds(p, 0.2)).toEqual([0, 1]);
    expect(bounds(p, -0.5)).toEqual([1, 0]);
    expect(bounds(p, 5)).toEqual([0, 1]);
    const outlays = fc.array(fc.double({ min: 1, max: 1_000, noNaN: true }), { minLength: 1, maxLength: 4 });
    const inflows = fc.array(fc.double({ min: 1, max: 1_000, noNaN: true }), { minLength: 1, maxLength: 8 });
    // Every flow later than the one before, so that the root exists: the NPV tends to the first
    // flow as r → ∞ and to the sign of the last as r → −100%.
    const gaps = fc.array(fc.double({ min: 0.01, max: 2, noNaN: true }), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(outlays, inflows, gaps, fc.double({ min: -0.95, max: 3, noNaN: true }), fc.boolean(), (out, inc, g, a, flip) => {
        const sign = flip ? -1 : 1;
        const values = [...out.map((v) => -v * sign), ...inc.map((v) => v * sign)];
        const times = values.map((_, i) => g.slice(0, i).reduce((s, x) => s + x, 0));
        const npvAtA = values.reduce((s, v, i) => s + v * Math.pow(1 + a, -times[i]), 0) * sign;
        const scale = values.reduce((s, v) => s + Math.abs(v), 0);
        if (Math.abs(npvAtA) < 1e-9 * scale) return; // a on the root: either side is right
        // One sign change: the root is above a exactly when the NPV at a is still positive.
        const expected = npvAtA > 0 ? [1, 0] : [0, 1];
        expect(bounds(new DatedEquation(values, Float64Array.from(times)), a)).toEqual(expected);
        const periodic = new PeriodicEquation(values);
        const npvPeriodic = values.reduce((s, v, i) => s + v * Math.pow(1 + a, -i), 0) * sign;
        if (Math.abs(npvPeriodic) >= 1e-9 * scale) expect(bounds(periodic, a)).toEqual(npvPeriodic > 0 ? [1, 0] : [0, 1]);
      }),
      { numRuns: 300 },
    );
  });

  it("is never below the number of roots on its side (periodic, several roots)", () => {
    const rates = fc.uniqueArray(fc.integer({ min: -90, max: 300 }), { minLength: 1, maxLength: 5, selector: (x) => Math.round(x / 4) });
    fc.assert(
      fc.property(rates, fc.integer({ min: -95, max: 400 }), (pcts, aPct) => {
        const roots = pcts.map((p) => p / 100);
        const a = aPct / 100 + 0.005; // never on a root
        const eq = new PeriodicEquation(flowsWithRoots(roots));
        const above = roots.filter((r) => r > a).length;
        const below = roots.length - above;
        const [ba, bb] = bounds(eq, a);
        expect(ba).toBeGreaterThanOrEqual(above);
        expect(bb).toBeGreaterThanOrEqual(below);
        // Never more than Descartes allows on the whole line.
        expect(ba).toBeLessThanOrEqual(roots.length);
        expect(bb).toBeLessThanOrEqual(roots.length);
      }),
      { numRuns: 300 },
    );
  });

  it("is never below the number of roots on its side (dated, uneven gaps, several roots)", () => {
    const value = fc.integer({ min: -1_000, max: 1_000 });
    const gap = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(fc.array(fc.tuple(value, gap), { minLength: 2, maxLength: 7 }), fc.double({ min: -0.9, max: 4, noNaN: true }), (pairs, a) => {
        const values = pairs.map(([v]) => v);
        let day = 0;
        const times = pairs.map(([, g], i) => (i === 0 ? 0 : (day += g) / 365));
        const roots = signChangesOfNpv(values, times);
        const [ba, bb] = bounds(new DatedEquation(values, Float64Array.from(times)), a);
        expect(ba).toBeGreaterThanOrEqual(roots.filter((r) => r > a + 1e-3).length);
        expect(bb).toBeGreaterThanOrEqual(roots.filter((r) => r < a - 1e-3).length);
      }),
      { numRuns: 100 },
    );
  });

  it("a root exactly at a counts on neither side; flows on one day have no root", () => {
    // −1 + 2/(1+r) is 0 at r = 100%: nothing strictly above or below it.
    expect(bounds(new PeriodicEquation([-1, 2]), 1)).toEqual([0, 0]);
    expect(bounds(new DatedEquation([-1, 2], Float64Array.from([0, 1])), 1)).toEqual([0, 0]);
    // All on one day, the NPV is the constant sum: no root anywhere.
    for (const a of [-0.5, 0, 0.5]) expect(bounds(new DatedEquation([-1, 2], Float64Array.from([0, 0])), a)).toEqual([0, 0]);
    // Descartes counts changes of sign, not values: −1, −2, +3 has one.
    expect(bounds(new PeriodicEquation([-1, -2, 3]), -1)).toEqual([1, 0]);
  });

  it("a running double integral that touches 0 is no change of sign", () => {
    // −1 + 2/y − 2/y² + 1/y³ = −(y − 1)(y² − y + 1)/y³: one real root, r = 0% exactly, and a complex
    // pair. At a = 0% nothing lies strictly above or below; on the way, M2 runs −1, 0, −1 (periodic:
    // weights −1, 2, −2, 1), which must not count as two changes of sign.
    const flows = [-1, 2, -2, 1];
    expect(bounds(new PeriodicEquation(flows), 0)).toEqual([0, 0]);
    expect(bounds(new DatedEquation(flows, Float64Array.from([0, 1, 2, 3])), 0)).toEqual([0, 0]);
    // And the flows negated: the same roots.
    expect(bounds(new PeriodicEquation(flows.map((v) => -v)), 0)).toEqual([0, 0]);
  });

  it("close to −100% over long spans, the weights neither overflow nor lose the sign pattern", () => {
    // −1, then +2 after 79 years and −1.0001 after 80: roots near −50% and +0.006%, both above −99.99%.
    // Weighting from the last flow (factors ≤ 1) keeps every weight finite.
    const dated = new DatedEquation([-1, 2, -1.0001], Float64Array.from([0, 79, 80]));
    expect(signChangesOfNpv([-1, 2, -1.0001], [0, 79, 80]).length).toBe(2);
    for (const a of [-0.9999, -0.999, -0.99]) expect(bounds(dated, a), `a = ${a}`).toEqual([2, 0]);
    // The same shape over 107 periods at −99.9%: (1/0.001)^107 would overflow a double.
    const periodic = new PeriodicEquation([-1, ...new Array<number>(105).fill(0), 2, -1.0001]);
    for (const a of [-0.999, -0.99, -0.5]) expect(bounds(periodic, a), `a = ${a}`).toEqual([2, 0]);
  });

  it("stays exact far from 0%, over long series", () => {
    // 100 periods: −1 now, 0.05 a period after. One sign change, root at 4.3%.
    const flows = [-1, ...new Array<number>(100).fill(0.05)];
    const periodic = new PeriodicEquation(flows);
    const dated = new DatedEquation(flows, Float64Array.from(flows, (_, i) => i));
    for (const eq of [periodic, dated]) {
      expect(bounds(eq, 1e6)).toEqual([0, 1]);
      expect(bounds(eq, 1e3)).toEqual([0, 1]);
      expect(bounds(eq, -0.999)).toEqual([1, 0]);
      expect(bounds(eq, -0.99)).toEqual([1, 0]);
    }
  });

  it("is never below the number of roots on its side: uneven gaps that a uniform weighting gets wrong", () => {
    const cases: [number[], number[]][] = [
      [[-227, 860, -466], [0, 634, 801]],
      [[532, -778, 304, 614, 228], [0, 54, 575, 816, 986]],
      [[854, 300, -870, -355, 580], [0, 522, 665, 795, 857]],
      [[-624, 399, -326, 979, -541], [0, 182, 232, 1011, 1342]],
      [[-638, -515, 869, 685, -687, 476], [0, 591, 1330, 1795, 2145, 2160]],
      [[-319, 451, -332], [0, 409, 426]],
    ];
    for (const [values, days] of cases) {
      const times = days.map((d) => d / 365);
      const roots = signChangesOfNpv(values, times);
      expect(roots.length).toBeGreaterThanOrEqual(1);
      const eq = new DatedEquation(values, Float64Array.from(times));
      for (const a of [-0.95, -0.8, -0.5, -0.2, 0, 0.25, 0.5, 0.9, 1.5, 2, 3, 5, 20]) {
        const [ba, bb] = bounds(eq, a);
        expect(ba, `${values} above ${a}`).toBeGreaterThanOrEqual(roots.filter((r) => r > a + 1e-3).length);
        expect(bb, `${values} below ${a}`).toBeGreaterThanOrEqual(roots.filter((r) => r < a - 1e-3).length);
      }
    }
  });
});
