import * as formulajs from "@formulajs/formulajs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FinanceError,
  annualizedReturnOnAutomation,
  discountedPaybackPeriod,
  irr,
  mirr,
  npv,
  paybackPeriod,
  roi,
  weightedScore,
  xirr,
  xnpv,
} from "./index";
import { codeOf } from "./testing";

/** Σ v_t/(1+r)^t, t = 0.., written out independently of the engine. */
function presentValue(values: number[], r: number): number {
  return values.reduce((sum, v, t) => sum + v / Math.pow(1 + r, t), 0);
}

describe("seed examples", () => {
  it("roi: 15,000 on 10,000 is 50%, 50,000 on 10,000 is 400%", () => {
    expect(roi(15_000, 10_000)).toBe(0.5);
    expect(roi(50_000, 10_000)).toBe(4);
    expect(codeOf(() => roi(1, 0))).toBe("INVALID_INPUT");
  });

  it("bakery mixer: annualized return on automation is 2.3333", () => {
    const value = annualizedReturnOnAutomation({ annualBenefits: 5_000, annualOperatingCosts: 500, initialInvestment: 5_000, usefulLifeYears: 5 });
    expect(value).toBeCloseTo(7 / 3, 12);
  });

  it("chatbot: weighted factors score 4.15 of 5", () => {
    const factors = [
      { weight: 30, score: 4 },
      { weight: 25, score: 5 },
      { weight: 20, score: 3 },
      { weight: 15, score: 4 },
      { weight: 10, score: 5 },
    ];
    expect(weightedScore(factors)).toBeCloseTo(4.15, 12);
  });

  it("weights that do not sum to 100 are an error naming the sum", () => {
    expect(() => weightedScore([{ weight: 60, score: 4 }, { weight: 35, score: 5 }])).toThrow(/sum to 95\b/);
    expect(() => weightedScore([])).toThrow(/sum to 0\b/);
    expect(codeOf(() => weightedScore([{ weight: 50, score: 1 }]))).toBe("INVALID_INPUT");
    // 33.3 + 33.3 + 33.4 is 100 in decimal but not exactly in binary: accepted.
    expect(weightedScore([{ weight: 33.3, score: 3 }, { weight: 33.3, score: 3 }, { weight: 33.4, score: 3 }])).toBeCloseTo(3, 12);
  });
});

describe("npv, irr, mirr, xnpv, xirr", () => {
  it("npv discounts the first value one period", () => {
    expect(npv(0.1, [110])).toBeCloseTo(100, 10);
    expect(npv(0.1, [0, 121])).toBeCloseTo(100, 10);
    expect(npv(0, [1, 2, 3])).toBe(6);
  });

  it("irr of -100, +110 is 10%; of -100, 0, 121 is 10%", () => {
    expect(irr([-100, 110])).toBeCloseTo(0.1, 12);
    expect(irr([-100, 0, 121])).toBeCloseTo(0.1, 12);
  });

  it("mirr matches its definition", () => {
    // FV of inflows at 12%: 50·1.12 + 80 = 136; PV of outflows at 10%: 100 → (136/100)^(1/2) − 1.
    expect(mirr([-100, 50, 80], 0.1, 0.12)).toBeCloseTo(Math.sqrt(1.36) - 1, 12);
  });

  it("xnpv and xirr count days / 365 from the first date", () => {
    const dates = [new Date("2024-01-01"), new Date("2025-01-01")]; // 366 days
    expect(xnpv(0.1, [-100, 110], dates)).toBeCloseTo(-100 + 110 / Math.pow(1.1, 366 / 365), 10);
    expect(xirr([-100, 110], dates)).toBeCloseTo(Math.pow(1.1, 365 / 366) - 1, 12);
  });

  it("several roots: the one nearest the guess", () => {
    // −100 + 230/(1+r) − 132/(1+r)² = 0 at r = 10% and r = 20%.
    const flows = [-100, 230, -132];
    expect(irr(flows, 0.05)).toBeCloseTo(0.1, 10);
    expect(irr(flows, 0.149)).toBeCloseTo(0.1, 10);
    expect(irr(flows, 0.151)).toBeCloseTo(0.2, 10);
    expect(irr(flows, 0.5)).toBeCloseTo(0.2, 10);
    expect(irr(flows, -0.5)).toBeCloseTo(0.1, 10);
  });
});

describe("edge cases", () => {
  it("empty and one-element series", () => {
    expect(npv(0.1, [])).toBe(0);
    expect(codeOf(() => irr([]))).toBe("INVALID_INPUT");
    expect(codeOf(() => irr([-100]))).toBe("NO_SIGN_CHANGE");
    expect(codeOf(() => mirr([-100], 0.1, 0.1))).toBe("INVALID_INPUT");
    expect(codeOf(() => paybackPeriod([]))).toBe("INVALID_INPUT");
    expect(paybackPeriod([-5])).toBeNull();
    expect(paybackPeriod([5])).toBe(0);
    expect(npv(0.1, [110])).toBeCloseTo(100, 10);
  });

  it("all zeros", () => {
    expect(npv(0.1, [0, 0, 0])).toBe(0);
    expect(codeOf(() => irr([0, 0, 0]))).toBe("NO_SIGN_CHANGE");
    expect(paybackPeriod([0, 0, 0])).toBe(0);
  });

  it("all positive / all negative: NO_SIGN_CHANGE", () => {
    const dates = [new Date("2024-01-01"), new Date("2024-06-01"), new Date("2025-01-01")];
    for (const flows of [[1, 2, 3], [-1, -2, -3]]) {
      expect(codeOf(() => irr(flows))).toBe("NO_SIGN_CHANGE");
      expect(codeOf(() => xirr(flows, dates))).toBe("NO_SIGN_CHANGE");
      expect(codeOf(() => mirr(flows, 0.1, 0.1))).toBe("NO_SIGN_CHANGE");
    }
  });

  it("mixed signs but no root anywhere: NO_SIGN_CHANGE, never NaN", () => {
    // −100 + 50x − 100x² < 0 for every x = 1/(1+r) > 0.
    expect(codeOf(() => irr([-100, 50, -100]))).toBe("NO_SIGN_CHANGE");
  });

  it("huge values", () => {
    const base = [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000];
    const huge = base.map((v) => v * 1e12);
    expect(irr(huge)).toBeCloseTo(irr(base), 12);
    expect(Number.isFinite(npv(0.05, huge))).toBe(true);
    expect(paybackPeriod(huge)).toBeCloseTo(paybackPeriod(base)!, 12);
  });

  it("rates near −100%", () => {
    expect(npv(-0.9999, [1, 1])).toBeCloseTo(1e4 + 1e8, 0);
    expect(codeOf(() => npv(-1, [1]))).toBe("INVALID_INPUT");
    expect(codeOf(() => npv(-1.5, [1]))).toBe("INVALID_INPUT");
    // (1e4)^100 overflows a double: reported, not returned as Infinity.
    expect(codeOf(() => npv(-0.9999, new Array(100).fill(1)))).toBe("OVERFLOW");
    // An investment that loses 99% a period.
    expect(irr([-100, 1])).toBeCloseTo(-0.99, 12);
    expect(irr([-5_000, 1])).toBeCloseTo(-0.9998, 12);
    // −99.9999%: outside the bracket, where 1 + r has lost most of its digits.
    expect(codeOf(() => irr([-1_000_000, 1]))).toBe("NO_SIGN_CHANGE");
    // At −50% a period, 60 one period later is worth 120 today.
    expect(discountedPaybackPeriod(-0.5, [-100, 60])).toBeCloseTo(100 / 120, 12);
  });

  it("dates out of order and mismatched lengths are errors", () => {
    const dates = [new Date("2024-01-01"), new Date("2024-03-01"), new Date("2024-02-01")];
    expect(() => xnpv(0.1, [-100, 50, 60], dates)).toThrow(/ascending/);
    expect(codeOf(() => xirr([-100, 50, 60], dates))).toBe("INVALID_INPUT");
    expect(codeOf(() => xnpv(0.1, [-100, 50], dates))).toBe("INVALID_INPUT");
    expect(codeOf(() => xnpv(0.1, [-100, 50], [new Date("2024-01-01"), new Date("nope")]))).toBe("INVALID_INPUT");
  });

  it("non-finite inputs are rejected", () => {
    expect(codeOf(() => npv(0.1, [1, Number.NaN]))).toBe("INVALID_INPUT");
    expect(codeOf(() => irr([-1, Number.POSITIVE_INFINITY]))).toBe("INVALID_INPUT");
    expect(codeOf(() => irr([-1, 2], Number.NaN))).toBe("INVALID_INPUT");
  });
});

describe("payback", () => {
  it("is interpolated inside the period in which the cumulative turns", () => {
    expect(paybackPeriod([-100, 60, 60])).toBeCloseTo(1 + 40 / 60, 12);
    expect(paybackPeriod([-100, 50, 50])).toBe(2);
    expect(paybackPeriod([-1_000, 100, 100, 100])).toBeNull();
  });

  it("discounted payback uses flows discounted from period 0", () => {
    // −100, then 55 and 60.5 discounted at 10% are 50 and 50.
    expect(discountedPaybackPeriod(0.1, [-100, 55, 60.5])).toBeCloseTo(2, 12);
    expect(discountedPaybackPeriod(0.1, [-100, 55, 60.5, 0])).toBeCloseTo(2, 12);
    expect(discountedPaybackPeriod(0.5, [-100, 55, 60.5])).toBeNull();
  });
});

const outlay = fc.double({ min: 1_000, max: 1e7, noNaN: true });
/** An outlay, then flows that are mostly positive, sometimes negative, ending positive (so a root exists). */
const investment = fc
  .tuple(outlay, fc.array(fc.double({ min: -0.2, max: 1, noNaN: true }), { minLength: 1, maxLength: 59 }), fc.double({ min: 0.01, max: 1, noNaN: true }))
  .map(([o, shares, last]) => [-o, ...shares.map((s) => (s * o) / 5), (last * o) / 5]);
/** The same, topped up to pay back undiscounted, so a root with r > 0 exists in any time unit. */
const profitable = investment.map((flows) => {
  const total = flows.reduce((a, b) => a + b, 0);
  return total > 0 ? flows : [...flows.slice(0, -1), flows[flows.length - 1] - total - flows[0] / 100];
});

describe("properties", () => {
  it("the NPV at the IRR is 0", () => {
    fc.assert(
      fc.property(investment, fc.double({ min: -0.5, max: 1, noNaN: true }), (flows, guess) => {
        const r = irr(flows, guess);
        const scale = flows.reduce((s, v, t) => s + Math.abs(v) / Math.pow(1 + r, t), 0);
        expect(Math.abs(presentValue(flows, r))).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(npv(r, flows))).toBeLessThanOrEqual(1e-9 * scale);
      }),
    );
  });

  it("scaling all flows leaves the IRR unchanged", () => {
    fc.assert(
      fc.property(investment, fc.double({ min: 1e-3, max: 1e6, noNaN: true }), (flows, k) => {
        expect(irr(flows.map((v) => v * k))).toBeCloseTo(irr(flows), 9);
      }),
    );
  });

  it("appending a zero flow leaves the IRR unchanged", () => {
    fc.assert(
      fc.property(investment, (flows) => {
        expect(irr([...flows, 0])).toBeCloseTo(irr(flows), 9);
      }),
    );
  });

  it("the XIRR zeroes the XNPV", () => {
    fc.assert(
      fc.property(profitable, (flows) => {
        const dates = flows.map((_, m) => new Date(Date.UTC(2024, m, 1)));
        const r = xirr(flows, dates);
        const scale = flows.reduce((s, v) => s + Math.abs(v), 0);
        expect(r).toBeGreaterThan(0);
        expect(Math.abs(xnpv(r, flows, dates))).toBeLessThanOrEqual(1e-9 * scale);
      }),
    );
  });

  it("irr returns a root nearest the guess or throws a FinanceError, never NaN", () => {
    const anyFlows = fc.array(fc.integer({ min: -1_000, max: 1_000 }), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(anyFlows, fc.double({ min: -0.9, max: 1, noNaN: true }), (flows, guess) => {
        let r: number;
        try {
          r = irr(flows, guess);
        } catch (e) {
          expect(e).toBeInstanceOf(FinanceError);
          return;
        }
        expect(Number.isFinite(r)).toBe(true);
        // No sign change of the NPV strictly closer to the guess: grid of 0.002 in ln(1+r), the
        // last step before the distance of r left out (the root's own bracket).
        const d = Math.abs(r - guess);
        const sign = (x: number) => Math.sign(presentValue(flows, x));
        for (const dir of [-1, 1]) {
          let prev = sign(guess);
          for (let k = 1; ; k++) {
            const x = Math.expm1(Math.log1p(guess) + dir * 0.002 * (k + 1));
            if (Math.abs(x - guess) >= d || x <= -0.9999) break;
            const now = sign(Math.expm1(Math.log1p(guess) + dir * 0.002 * k));
            expect(now === 0 || prev === 0 || now === prev).toBe(true);
            prev = now;
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 20_000);

  it("payback never exceeds the horizon", () => {
    const flows = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 120 });
    fc.assert(
      fc.property(flows, fc.double({ min: -0.5, max: 1, noNaN: true }), (f, rate) => {
        for (const p of [paybackPeriod(f), discountedPaybackPeriod(rate, f)]) {
          if (p !== null) {
            expect(p).toBeGreaterThanOrEqual(0);
            expect(p).toBeLessThanOrEqual(f.length - 1);
          }
        }
      }),
    );
  });
});

describe("mirr, xnpv and xirr corners", () => {
  it("mirr with zeros in the series: a zero is neither an inflow nor an outflow", () => {
    // FV of inflows at 12%: 150 (last period); PV of outflows at 10%: 100 → (1.5)^(1/3) − 1.
    expect(mirr([-100, 0, 0, 150], 0.1, 0.12)).toBeCloseTo(Math.cbrt(1.5) - 1, 12);
    // Zeros at both ends still count as periods: n = 5. The outlay at t = 1 is discounted one period at
    // 10%, the inflow at t = 3 grows one period at 12% to t = 4.
    expect(mirr([0, -100, 0, 150, 0], 0.1, 0.12)).toBeCloseTo(Math.pow((150 * 1.12) / (100 / 1.1), 1 / 4) - 1, 12);
    // Only zeros besides one sign: no rate of return.
    expect(codeOf(() => mirr([0, -100, 0], 0.1, 0.1))).toBe("NO_SIGN_CHANGE");
    expect(codeOf(() => mirr([0, 100, 0], 0.1, 0.1))).toBe("NO_SIGN_CHANGE");
    expect(codeOf(() => mirr([0, 0], 0.1, 0.1))).toBe("NO_SIGN_CHANGE");
  });

  it("mirr of two flows is the simple return, whatever the rates", () => {
    expect(mirr([-100, 121], 0.1, 0.05)).toBeCloseTo(0.21, 12);
    expect(mirr([-100, 121], -0.5, 3)).toBeCloseTo(0.21, 12);
    expect(mirr([100, -121], 0.1, 0.05)).toBeCloseTo(100 * 1.05 / (121 / 1.1) - 1, 12);
  });

  it("mirr discounts every outflow at the finance rate and grows every inflow at the reinvestment rate", () => {
    // Outflows at t = 0 and 2, inflows at t = 1 and 3.
    const pvOut = 100 + 20 / 1.1 ** 2;
    const fvIn = 50 * 1.12 ** 2 + 80;
    expect(mirr([-100, 50, -20, 80], 0.1, 0.12)).toBeCloseTo(Math.cbrt(fvIn / pvOut) - 1, 12);
    // Swapping the two rates changes the answer.
    expect(mirr([-100, 50, -20, 80], 0.12, 0.1)).toBeCloseTo(Math.cbrt((50 * 1.1 ** 2 + 80) / (100 + 20 / 1.12 ** 2)) - 1, 12);
    // An inflow first and an outflow last.
    expect(mirr([40, -100, 90, -10], 0.05, 0.08)).toBeCloseTo(Math.cbrt((40 * 1.08 ** 3 + 90 * 1.08) / (100 / 1.05 + 10 / 1.05 ** 3)) - 1, 12);
  });

  it("mirr rejects bad rates and short series with INVALID_INPUT", () => {
    expect(codeOf(() => mirr([-100, 121], -1, 0.1))).toBe("INVALID_INPUT");
    expect(codeOf(() => mirr([-100, 121], 0.1, -1))).toBe("INVALID_INPUT");
    expect(() => mirr([-100, 121], Number.NaN, 0.1)).toThrow(/financeRate/);
    expect(() => mirr([-100, 121], 0.1, Number.NaN)).toThrow(/reinvestRate/);
    expect(() => mirr([], 0.1, 0.1)).toThrow(/at least two cash flows/);
    expect(() => mirr([-100, Number.NaN], 0.1, 0.1)).toThrow(/values\[1\]/);
  });

  it("xnpv counts whole days / 365 and matches the spreadsheet XNPV", () => {
    const dates = ["2024-01-01", "2024-03-15", "2024-09-30", "2025-06-30"].map((s) => new Date(`${s}T00:00:00Z`));
    const values = [-1_000, 300, 400, 500];
    const days = [0, 74, 273, 546];
    const expected = values.reduce((s, v, i) => s + v / Math.pow(1.1, days[i] / 365), 0);
    expect(xnpv(0.1, values, dates)).toBeCloseTo(expected, 9);
    expect(xnpv(0.1, values, dates)).toBeCloseTo(formulajs.XNPV(0.1, values, dates) as number, 9);
    // Below 0% too.
    expect(xnpv(-0.2, values, dates)).toBeCloseTo(values.reduce((s, v, i) => s + v / Math.pow(0.8, days[i] / 365), 0), 9);
    // A time of day is rounded to the nearest day: 366 days and 11 hours count as 366 days, 13 hours as 367.
    const start = new Date("2024-01-01T00:00:00Z");
    expect(xnpv(0.1, [-100, 110], [start, new Date("2025-01-01T11:00:00Z")])).toBeCloseTo(-100 + 110 / Math.pow(1.1, 366 / 365), 10);
    expect(xnpv(0.1, [-100, 110], [start, new Date("2025-01-01T13:00:00Z")])).toBeCloseTo(-100 + 110 / Math.pow(1.1, 367 / 365), 10);
    // Empty: nothing to discount.
    expect(xnpv(0.1, [], [])).toBe(0);
  });

  it("xnpv and xirr reject bad inputs, naming the culprit", () => {
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(() => xnpv(0.1, [-100, 50, 60], [day("2024-01-01"), day("2024-03-01"), day("2024-02-01")])).toThrow(
      "dates must be in ascending order: dates[2] (2024-02-01) is before dates[1] (2024-03-01)",
    );
    expect(() => xnpv(0.1, [-100, 50], [day("2024-01-01")])).toThrow("expected 2 dates, one per value, got 1");
    expect(() => xnpv(0.1, [-100], "2024-01-01" as unknown as Date[])).toThrow("expected 1 dates, one per value, got string");
    expect(() => xnpv(0.1, [-100, 50], [day("2024-01-01"), "2024-02-01" as unknown as Date])).toThrow("dates[1] is not a valid date");
    expect(() => xnpv(0.1, [-100, 50], [new Date(Number.NaN), day("2024-02-01")])).toThrow("dates[0] is not a valid date");
    expect(() => xnpv(-1, [-100, 50], [day("2024-01-01"), day("2024-02-01")])).toThrow(/rate must be greater than -100%/);
    expect(() => xirr([], [])).toThrow("xirr needs at least one cash flow");
    expect(() => irr([])).toThrow("irr needs at least one cash flow");
    expect(() => xirr([-100, 110], [day("2024-01-01"), day("2025-01-01")], -2)).toThrow(/guess must be greater than -100%/);
    expect(() => irr([-100, 110], -1)).toThrow(/guess must be greater than -100%/);
    // Dates are checked before the signs: a bad date is INVALID_INPUT even when no rate could exist.
    expect(codeOf(() => xirr([100, 50], [day("2024-01-01")]))).toBe("INVALID_INPUT");
    expect(() => xirr([100, 50], [day("2024-01-01"), day("2024-02-01")])).toThrow(
      "the cash flows need at least one positive and one negative value for a rate of return to exist",
    );
  });

  it("name the offending value, and report results too large for a double", () => {
    const day = (s: string) => new Date(`${s}T00:00:00Z`);
    expect(() => irr([-1, Number.POSITIVE_INFINITY])).toThrow("values[1] must be a finite number, got Infinity");
    expect(() => xnpv(0.1, [-1, Number.NaN], [day("2024-01-01"), day("2025-01-01")])).toThrow("values[1] must be a finite number, got NaN");
    expect(() => xirr([Number.NaN, 1], [day("2024-01-01"), day("2025-01-01")])).toThrow("values[0] must be a finite number, got NaN");
    expect(() => mirr([-1, Number.NaN], 0.1, 0.1)).toThrow("values[1] must be a finite number, got NaN");
    // At −99.99% a year, 1 a century later is worth 10⁴⁰⁰ today.
    expect(() => xnpv(-0.9999, [1, 1], [day("2000-01-01"), day("2100-01-01")])).toThrow(new FinanceError("OVERFLOW", "xnpv does not fit in a finite number"));
    // (10³⁰⁰ / 10⁻³⁰⁰)^(1/1) − 1 overflows.
    expect(() => mirr([-1e-300, 1e300], 0.1, 0.1)).toThrow(new FinanceError("OVERFLOW", "mirr does not fit in a finite number"));
  });

  it("xirr with the default guess of 10% picks the root nearest 10%", () => {
    // −100 + 230/(1+r) − 132/(1+r)² = 0 at 10% and 20%, one year apart each.
    const dates = [new Date("2021-01-01T00:00:00Z"), new Date("2022-01-01T00:00:00Z"), new Date("2023-01-01T00:00:00Z")];
    expect(xirr([-100, 230, -132], dates)).toBeCloseTo(0.1, 10);
    expect(xirr([-100, 230, -132], dates, 0.19)).toBeCloseTo(0.2, 10);
    expect(irr([-100, 230, -132])).toBeCloseTo(0.1, 10);
  });
});

describe("roi, automation and weighted scores: domain checks", () => {
  it("a negative weight is rejected even when the weights sum to 100", () => {
    expect(() => weightedScore([{ weight: -10, score: 5 }, { weight: 110, score: 1 }])).toThrow("factors[0].weight must not be negative, got -10");
    expect(codeOf(() => weightedScore([{ weight: 110, score: 1 }, { weight: -10, score: 5 }]))).toBe("INVALID_INPUT");
    // A zero weight is allowed and contributes nothing.
    expect(weightedScore([{ weight: 0, score: 5 }, { weight: 100, score: 2 }])).toBe(2);
  });

  it("weighted scores check every factor", () => {
    expect(() => weightedScore([{ weight: Number.NaN, score: 5 }])).toThrow("factors[0].weight must be a finite number, got NaN");
    expect(() => weightedScore([{ weight: 100, score: Number.POSITIVE_INFINITY }])).toThrow("factors[0].score must be a finite number, got Infinity");
    expect(() => weightedScore("30:4" as unknown as [])).toThrow("factors must be an array");
    expect(() => weightedScore([{ weight: 99.9999, score: 1 }])).toThrow("weights must sum to 100, but they sum to 99.9999");
    // Within 1e-9 of 100 is 100.
    expect(weightedScore([{ weight: 100 + 5e-10, score: 2 }])).toBeCloseTo(2, 9);
  });

  it("roi and the automation return reject bad inputs", () => {
    expect(roi(-5_000, 10_000)).toBe(-1.5);
    expect(() => roi(Number.NaN, 1)).toThrow("benefit must be a finite number, got NaN");
    expect(() => roi(1, -1)).toThrow("cost must be greater than 0, got -1");
    expect(() => roi(1e308, 1e-308)).toThrow("roi does not fit in a finite number");
    const mixer = { annualBenefits: 5_000, annualOperatingCosts: 500, initialInvestment: 5_000, usefulLifeYears: 5 };
    // Opex can be negative (a saving), as long as the annual cost stays positive: −999 + 1,000 = 1.
    expect(annualizedReturnOnAutomation({ ...mixer, annualOperatingCosts: -999 })).toBeCloseTo(4_999, 9);
    expect(() => annualizedReturnOnAutomation({ ...mixer, annualOperatingCosts: -1_000 })).toThrow(
      "annual cost (opex + initial/life) must be positive, got 0",
    );
    expect(() => annualizedReturnOnAutomation({ ...mixer, usefulLifeYears: 0 })).toThrow("usefulLifeYears must be greater than 0, got 0");
    expect(() => annualizedReturnOnAutomation({ ...mixer, annualBenefits: Number.NaN })).toThrow(/annualBenefits/);
    expect(() => annualizedReturnOnAutomation({ ...mixer, annualOperatingCosts: Number.NaN })).toThrow(/annualOperatingCosts/);
    expect(() => annualizedReturnOnAutomation({ ...mixer, initialInvestment: Number.NaN })).toThrow(/initialInvestment/);
    expect(() => annualizedReturnOnAutomation({ ...mixer, annualBenefits: 1e308, annualOperatingCosts: 0, initialInvestment: 1e-300, usefulLifeYears: 1 })).toThrow(
      "annualized return on automation does not fit in a finite number",
    );
  });

  it("npv rejects bad rates and values, and reports overflow", () => {
    expect(() => npv(Number.NaN, [1])).toThrow("rate must be a finite number, got NaN");
    expect(() => npv(0.1, "1,2" as unknown as number[])).toThrow("values must be an array of numbers");
    expect(() => npv(0.1, [1, "2" as unknown as number])).toThrow("values[1] must be a finite number, got 2");
    expect(() => npv(-0.9999, new Array(100).fill(1))).toThrow("npv does not fit in a finite number");
    // Discounting starts one period in: 100 at 1 and 100 at 2, at 25%.
    expect(npv(0.25, [100, 100])).toBeCloseTo(80 + 64, 10);
    expect(npv(-0.5, [1, 1])).toBeCloseTo(2 + 4, 10);
  });
});
