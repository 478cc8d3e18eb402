import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundToTotal } from "./attribution";
import { TIME_DECAY_HALF_LIFE_MONTHS, attributionShares, splitCents, type AttributionClaim } from "./index";
import { codeOf } from "./testing";

const claim = (plannedBenefitCents: number, monthsLive: number | null = 0): AttributionClaim => ({ plannedBenefitCents, monthsLive });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("attributionShares", () => {
  it("equal: every live technology the same share, whatever it planned or how long ago it went live", () => {
    expect(attributionShares("equal", [claim(100, 0), claim(900, 40), claim(0, 7)])).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(attributionShares("equal", [claim(5)])).toEqual([1]);
  });

  it("whatever the method, a technology not live in the month (no go-live, or a later one) takes nothing", () => {
    expect(attributionShares("equal", [claim(100, 0), claim(900, null), claim(0, -3)])).toEqual([1, 0, 0]);
    expect(attributionShares("weighted", [claim(100, 2), claim(900, null), claim(300, -1), claim(300, 0)])).toEqual([0.25, 0, 0, 0.75]);
    // The live ones planned nothing from the KPI: equal among them, still nothing for the others.
    expect(attributionShares("weighted", [claim(0, 1), claim(900, -1), claim(0, 0)])).toEqual([0.5, 0, 0.5]);
    for (const method of ["equal", "weighted", "time_decay"] as const) {
      expect(attributionShares(method, [claim(10, -2), claim(10, null)])).toEqual([0, 0]);
    }
  });

  it("no claims, no shares", () => {
    expect(attributionShares("equal", [])).toEqual([]);
    expect(attributionShares("weighted", [])).toEqual([]);
    expect(attributionShares("time_decay", [])).toEqual([]);
  });

  it("weighted: in proportion to the planned benefit", () => {
    expect(attributionShares("weighted", [claim(30_000), claim(10_000), claim(0)])).toEqual([0.75, 0.25, 0]);
  });

  it("weighted: nobody planned anything from the KPI, so the split is equal", () => {
    expect(attributionShares("weighted", [claim(0), claim(0)])).toEqual([0.5, 0.5]);
  });

  it("weighted refuses a negative planned benefit", () => {
    expect(codeOf(() => attributionShares("weighted", [claim(-1), claim(5)]))).toBe("INVALID_INPUT");
    expect(() => attributionShares("weighted", [claim(5), claim(-1)])).toThrow("claims[1].plannedBenefitCents must not be negative, got -1");
  });

  it("time decay: the weight halves every six months after go-live", () => {
    expect(TIME_DECAY_HALF_LIFE_MONTHS).toBe(6);
    // 0 and 6 months live: weights 1 and 1/2 → 2/3 and 1/3.
    const [a, b] = attributionShares("time_decay", [claim(0, 0), claim(0, 6)]);
    expect(a).toBeCloseTo(2 / 3, 12);
    expect(b).toBeCloseTo(1 / 3, 12);
    // 3 and 15 months: 2^-0.5 against 2^-2.5, a ratio of 4.
    const [c, d] = attributionShares("time_decay", [claim(0, 3), claim(0, 15)]);
    expect(c / d).toBeCloseTo(4, 12);
    expect(c).toBeCloseTo(0.8, 12);
  });

  it("time decay: a technology not live yet in the month takes nothing", () => {
    expect(attributionShares("time_decay", [claim(0, -1), claim(0, 4), claim(0, null)])).toEqual([0, 1, 0]);
    // Live in its go-live month.
    expect(attributionShares("time_decay", [claim(0, 0), claim(0, -1)])).toEqual([1, 0]);
  });

  it("time decay before any go-live: nobody's change, all shares 0", () => {
    expect(attributionShares("time_decay", [claim(10, -2), claim(10, null)])).toEqual([0, 0]);
  });

  it("time decay ignores the planned benefit; weighted ignores go-live", () => {
    expect(attributionShares("time_decay", [claim(1, 0), claim(1_000_000, 0)])).toEqual([0.5, 0.5]);
    expect(attributionShares("weighted", [claim(1, 30), claim(3, 0)])).toEqual([0.25, 0.75]);
  });

  it("takes another half-life", () => {
    const [a, b] = attributionShares("time_decay", [claim(0, 0), claim(0, 12)], 12);
    expect(a).toBeCloseTo(2 / 3, 12);
    expect(b).toBeCloseTo(1 / 3, 12);
  });

  it("refuses an unknown method, a bad half-life and a non-finite month count", () => {
    expect(() => attributionShares("last_touch" as never, [claim(1)])).toThrow('attribution must be "equal", "weighted" or "time_decay", got last_touch');
    expect(codeOf(() => attributionShares("equal", [claim(1)], 0))).toBe("INVALID_INPUT");
    expect(codeOf(() => attributionShares("equal", [claim(1)], -6))).toBe("INVALID_INPUT");
    expect(() => attributionShares("equal", [claim(1)], Number.POSITIVE_INFINITY)).toThrow("half-life must be a positive number of months, got Infinity");
    expect(codeOf(() => attributionShares("equal", [claim(1)], Number.NaN))).toBe("INVALID_INPUT");
    expect(codeOf(() => attributionShares("equal", [claim(1)], 0.5))).toBe("no error");
    expect(() => attributionShares("time_decay", [claim(0, Number.NaN)])).toThrow("monthsLive must be a finite number, got NaN");
    expect(codeOf(() => attributionShares("equal", [claim(0, Number.POSITIVE_INFINITY)]))).toBe("INVALID_INPUT");
  });
});

describe("roundToTotal", () => {
  it("gives the leftover cents to the largest fractional parts, earlier first on ties", () => {
    expect(roundToTotal([33.4, 33.3, 33.3])).toEqual([34, 33, 33]);
    expect(roundToTotal([1.2, 1.7, 1.1])).toEqual([1, 2, 1]);
    expect(roundToTotal([0.5, 0.5])).toEqual([1, 0]);
    expect(roundToTotal([0.5, 0.5, 0.5, 0.5])).toEqual([1, 1, 0, 0]);
    expect(roundToTotal([2.6, 2.6, 2.8])).toEqual([3, 2, 3]);
  });

  it("rounds the total half-even", () => {
    expect(roundToTotal([0.25, 0.25])).toEqual([0, 0]);
    expect(roundToTotal([0.75, 0.75])).toEqual([1, 1]);
    expect(roundToTotal([1.25, 1.25])).toEqual([1, 1]);
    expect(roundToTotal([1.25, 1.5])).toEqual([1, 2]);
  });

  it("negative amounts round towards the total too, and never give −0", () => {
    expect(roundToTotal([-33.4, -33.3, -33.3])).toEqual([-34, -33, -33]);
    expect(roundToTotal([-0.2, -0.3])).toEqual([0, 0]);
    expect(Object.is(roundToTotal([-0])[0], 0)).toBe(true);
    expect(roundToTotal([-1.5, 0.5])).toEqual([-1, 0]);
  });

  it("takes the exact total when the caller knows it", () => {
    // The doubles sum to 0.5 (→ 0), but the whole is known to be 1 cent.
    expect(roundToTotal([0.25, 0.25], 1)).toEqual([1, 0]);
    expect(roundToTotal([0.3, 0.3, 0.4], 1)).toEqual([0, 0, 1]);
    expect(roundToTotal([0.5, 0.5], 0)).toEqual([0, 0]);
  });

  it("whole amounts stay as they are", () => {
    expect(roundToTotal([3, -7, 0])).toEqual([3, -7, 0]);
    expect(roundToTotal([])).toEqual([]);
  });

  it("refuses a non-finite amount", () => {
    expect(() => roundToTotal([1, Number.NaN])).toThrow("amounts[1] must be a finite number, got NaN");
  });
});

describe("splitCents", () => {
  it("splits a total by shares into whole cents adding up to it", () => {
    expect(splitCents(100, [1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
    expect(splitCents(-100, [1 / 3, 1 / 3, 1 / 3])).toEqual([-33, -33, -34]);
    expect(splitCents(1_000, [0.75, 0.25, 0])).toEqual([750, 250, 0]);
    expect(splitCents(1, [0.5, 0.5])).toEqual([1, 0]);
    expect(splitCents(0, [0.5, 0.5])).toEqual([0, 0]);
  });

  it("all shares 0: nothing attributed", () => {
    expect(splitCents(500, [0, 0])).toEqual([0, 0]);
  });

  it("refuses fractional cents and negative shares", () => {
    expect(() => splitCents(10.5, [1])).toThrow("totalCents must be an integer number of cents, got 10.5");
    expect(() => splitCents(10, [1.5, -0.5])).toThrow("shares[1] must not be negative, got -0.5");
  });
});

const claims = fc.array(
  fc.record({
    plannedBenefitCents: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1_000_000_000_000 })),
    monthsLive: fc.oneof(fc.constant(null), fc.integer({ min: -24, max: 240 })),
  }),
  { minLength: 1, maxLength: 12 },
);
const methods = fc.constantFrom("equal" as const, "weighted" as const, "time_decay" as const);
const totals = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

describe("attribution shares always sum to the whole (property)", () => {
  it("the cent parts add up to exactly the whole change, unless nobody may claim it", () => {
    fc.assert(
      fc.property(methods, claims, totals, (method, cs, total) => {
        const shares = attributionShares(method, cs);
        const parts = splitCents(total, shares);
        const nobody = shares.every((s) => s === 0);
        expect(nobody ? 0 : Math.abs(sum(shares) - 1)).toBeLessThan(1e-9);
        expect(sum(parts)).toBe(nobody ? 0 : total);
        for (const [i, p] of parts.entries()) {
          expect(Number.isSafeInteger(p)).toBe(true);
          // Each part is its exact share, give or take one cent, and on the side of the total.
          expect(Math.abs(p - shares[i] * total)).toBeLessThan(1 + 1e-6);
          expect(p * Math.sign(total)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("the change is left unclaimed exactly when no technology is live in the month", () => {
    fc.assert(
      fc.property(methods, claims, (method, cs) => {
        const nobody = attributionShares(method, cs).every((s) => s === 0);
        const anyLive = cs.some((c) => c.monthsLive !== null && c.monthsLive >= 0);
        expect(nobody).toBe(!anyLive);
      }),
      { numRuns: 1_000 },
    );
  });
});
