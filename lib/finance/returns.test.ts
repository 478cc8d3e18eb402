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
  type FinanceErrorCode,
} from "./index";

function codeOf(run: () => unknown): FinanceErrorCode | "no error" {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(FinanceError);
    return (e as FinanceError).code;
  }
  return "no error";
}

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
