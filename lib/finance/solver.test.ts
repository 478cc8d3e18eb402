/**
 * The rate solver behind irr and xirr (solver.ts, rate-equation.ts), on series whose roots are known
 * by construction: the flows are the coefficients of Π (y − y_k) in y = 1 + r (or in y = (1+r)^(1/5)
 * for flows 73 days apart), so every root is exact and "the root nearest the guess" can be checked
 * against a number written down, not against the engine. Fixtures are built inside each test (not at
 * describe level) so that mutation testing does not treat the mutants they reach as static.
 */
import * as formulajs from "@formulajs/formulajs";
import { describe, expect, it } from "vitest";
import { irr, npv, xirr, xnpv } from "./index";
import { codeOf, flowsWithRoots } from "./testing";
import { DatedEquation, PeriodicEquation, type RateEquation, type RootSide } from "./rate-equation";
import { SOLVER, solveRate } from "./solver";

const DAY = 86_400_000;
const START = Date.UTC(2021, 0, 1);

/** Dates `days[i]` days after 1 Jan 2021. */
const daysFrom = (days: readonly number[]) => days.map((d) => new Date(START + d * DAY));

/** The root of `roots` nearest `guess` (no ties in the cases below). */
const nearest = (roots: readonly number[], guess: number) =>
  roots.reduce((best, r) => (Math.abs(r - guess) < Math.abs(best - guess) ? r : best));

describe("irr: several sign changes, the root nearest the guess", () => {
  it("three roots, 10%, 20% and 30%, from guesses on every side of them", () => {
    // −(10y − 11)(10y − 12)(10y − 13) = −1000y³ + 3600y² − 4310y + 1716.
    const flows = flowsWithRoots([11, 12, 13], 10);
    expect(flows).toEqual([-1000, 3600, -4310, 1716]);
    const roots = [0.1, 0.2, 0.3];
    for (const guess of [-0.9, -0.5, 0, 0.04, 0.12, 0.14, 0.16, 0.24, 0.26, 0.34, 0.5, 1, 5, 100, 1e4]) {
      expect(irr(flows, guess), `guess ${guess}`).toBeCloseTo(nearest(roots, guess), 9);
    }
  });

  it("four roots from −50% to +900%", () => {
    // −(2y − 1)(2y − 2)(2y − 4)(2y − 20): y = 0.5, 1, 2, 10, i.e. r = −50%, 0%, 100%, 900%.
    const flows = flowsWithRoots([1, 2, 4, 20], 2);
    expect(flows).toEqual([-16, 216, -616, 576, -160]);
    const roots = [-0.5, 0, 1, 9];
    for (const guess of [-0.99, -0.9, -0.3, -0.2, -0.1, 0.1, 0.4, 0.6, 0.9, 1.2, 3, 4.9, 5.1, 5.6, 8, 12, 50, 1000, 1e5]) {
      expect(irr(flows, guess), `guess ${guess}`).toBeCloseTo(nearest(roots, guess), 9);
    }
  });

  it("two roots 2 points apart, far from the guess", () => {
    // −(100y − 110)(100y − 112): 10% and 12%. From far above or below, the nearer one of the pair.
    const flows = flowsWithRoots([110, 112], 100);
    expect(flows).toEqual([-10_000, 22_200, -12_320]);
    for (const guess of [-0.99, -0.9, -0.5, 0, 0.05, 0.105]) expect(irr(flows, guess), `guess ${guess}`).toBeCloseTo(0.1, 9);
    for (const guess of [0.115, 0.15, 0.5, 5, 50, 1e4]) expect(irr(flows, guess), `guess ${guess}`).toBeCloseTo(0.12, 9);
  });

  it("five roots, mostly negative rates, from distant guesses", () => {
    // y = 0.02, 0.1, 0.3, 0.5, 0.9: r = −98%, −90%, −70%, −50%, −10%.
    const flows = flowsWithRoots([1, 5, 15, 25, 45], 50);
    const roots = [-0.98, -0.9, -0.7, -0.5, -0.1];
    for (const guess of [-0.9999, -0.99, -0.95, -0.82, -0.65, -0.55, -0.3, -0.2, 0, 0.5, 3, 100]) {
      expect(irr(flows, guess), `guess ${guess}`).toBeCloseTo(nearest(roots, guess), 9);
    }
  });

  it("agrees with the spreadsheet IRR where there is one root", () => {
    for (const flows of [
      [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000],
      [-1_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5_000],
      [-100, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
      [-500, 100, 100, 100],
    ]) {
      for (const guess of [-0.5, 0.1, 2]) expect(irr(flows, guess)).toBeCloseTo(formulajs.IRR(flows, 0.1) as number, 9);
    }
  });

  it("a root exactly at the guess, or exactly at 0%", () => {
    expect(irr([-100, 110], 0.1)).toBeCloseTo(0.1, 14);
    expect(irr([-100, 100], 0.1)).toBeCloseTo(0, 14);
    expect(irr([-100, 100], 0)).toBe(0);
    expect(irr([-100, 50, 50], -0.5)).toBeCloseTo(0, 12);
  });

  it("no root although the flows change sign: NO_SIGN_CHANGE, from any guess", () => {
    // −100 + 50x − 100x² < 0 for every x = 1/(1+r) > 0; and (y − 1.1)² + 0.01 > 0 for every y.
    for (const guess of [-0.9, 0, 0.1, 5, 1e4]) {
      expect(codeOf(() => irr([-100, 50, -100], guess))).toBe("NO_SIGN_CHANGE");
      expect(codeOf(() => irr([-1, 2.2, -1.22], guess))).toBe("NO_SIGN_CHANGE");
    }
    expect(() => irr([-100, 50, -100])).toThrow(/between -99\.99% and 100000000%/);
  });

  it("rates far out: a root near the top of the bracket and one near its bottom", () => {
    // −1 + 1e5/(1+r): r = 99,999 (a 10-million-percent return), found from any guess.
    expect(irr([-1, 1e5], 0.1) / 99_999).toBeCloseTo(1, 9);
    expect(irr([-1, 1e5], 1e6) / 99_999).toBeCloseTo(1, 9);
    // −9000 + 1/(1+r) ⇒ r = −99.9889%, just inside the bracket's lower end.
    expect(irr([-9_000, 1])).toBeCloseTo(1 / 9_000 - 1, 9);
    expect(irr([-9_000, 1], 1e5)).toBeCloseTo(1 / 9_000 - 1, 9);
    // Beyond the bracket in both directions: no rate.
    expect(codeOf(() => irr([-1, 1e7]))).toBe("NO_SIGN_CHANGE");
    expect(codeOf(() => irr([-1e5, 1]))).toBe("NO_SIGN_CHANGE");
  });
});

describe("xirr on dated flows", () => {
  it("a year of 365 days apart is the periodic IRR, several roots included", () => {
    const flows = flowsWithRoots([11, 12, 13], 10);
    const dates = daysFrom([0, 365, 730, 1095]);
    for (const guess of [-0.5, 0.04, 0.14, 0.16, 0.24, 0.26, 1, 100]) {
      expect(xirr(flows, dates, guess), `guess ${guess}`).toBeCloseTo(nearest([0.1, 0.2, 0.3], guess), 9);
    }
    const four = flowsWithRoots([1, 2, 4, 20], 2);
    const dates4 = daysFrom([0, 365, 730, 1095, 1460]);
    for (const guess of [-0.99, -0.3, -0.2, 0.4, 0.6, 3, 5.6, 50, 1e5]) {
      expect(xirr(four, dates4, guess), `guess ${guess}`).toBeCloseTo(nearest([-0.5, 0, 1, 9], guess), 9);
    }
  });

  it("flows 73 days (a fifth of a year) apart: roots of a polynomial in (1+r)^(1/5)", () => {
    // z = (1+r)^(1/5) = 1.02, 1.05, 1.1 → r = z⁵ − 1 = 10.4%, 27.6%, 61.1%.
    const flows = flowsWithRoots([102, 105, 110], 100);
    const dates = daysFrom([0, 73, 146, 219]);
    const roots = [1.02, 1.05, 1.1].map((z) => z ** 5 - 1);
    for (const guess of [-0.5, 0, 0.15, 0.2, 0.35, 0.5, 1, 10]) {
      expect(xirr(flows, dates, guess), `guess ${guess}`).toBeCloseTo(nearest(roots, guess), 9);
    }
  });

  it("uneven gaps with several sign changes, from distant guesses", () => {
    // The cubic above times (1 + w⁵), w = 1/z: a factor > 0, so the same roots, with flows at
    // 0, 1, 2, 3, 5, 6, 7 and 8 fifths of a year (no flow at 4/5: a double gap).
    const cubic = flowsWithRoots([102, 105, 110], 100);
    const flows = [...cubic, ...cubic];
    const dates = daysFrom([0, 1, 2, 3, 5, 6, 7, 8].map((k) => 73 * k));
    const roots = [1.02, 1.05, 1.1].map((z) => z ** 5 - 1);
    for (const guess of [-0.9, -0.5, 0, 0.15, 0.2, 0.35, 0.5, 1, 5, 50]) {
      expect(xirr(flows, dates, guess), `guess ${guess}`).toBeCloseTo(nearest(roots, guess), 9);
    }
  });

  it("two flows on one day count as their sum", () => {
    const dates = daysFrom([0, 0, 365]);
    expect(xnpv(0.1, [-600, -400, 1_100], dates)).toBeCloseTo(0, 9);
    expect(xnpv(0.2, [-600, -400, 1_100], dates)).toBeCloseTo(-1_000 + 1_100 / 1.2, 9);
    expect(xirr([-600, -400, 1_100], dates)).toBeCloseTo(0.1, 12);
    expect(xirr([-600, -400, 1_100], dates, 5)).toBeCloseTo(0.1, 12);
    // A flow split in two on its day leaves all three roots where they were.
    const cubic = [-1_000, 3_600, -2_000, -2_310, 1_716];
    const split = daysFrom([0, 365, 730, 730, 1095]);
    for (const guess of [-0.5, 0.14, 0.16, 0.26, 100]) {
      expect(xirr(cubic, split, guess), `guess ${guess}`).toBeCloseTo(nearest([0.1, 0.2, 0.3], guess), 9);
    }
    // Opposite flows on the first day: the day nets to −100.
    expect(xirr([50, -150, 110], daysFrom([0, 0, 365]))).toBeCloseTo(0.1, 12);
    expect(xnpv(0.1, [50, -150, 110], daysFrom([0, 0, 365]))).toBeCloseTo(0, 9);
  });

  it("agrees with the spreadsheet XIRR on one-root series", () => {
    const cases: [number[], number[]][] = [
      [[-10_000, 2_750, 4_250, 3_250, 2_750], [0, 59, 304, 404, 455]],
      [[-1_000, 300, 300, 300, 300], [0, 100, 200, 400, 800]],
      [[-5_000, -1_000, 8_000], [0, 30, 1000]],
    ];
    for (const [flows, days] of cases) {
      const dates = daysFrom(days);
      const expected = formulajs.XIRR(flows, dates) as number;
      for (const guess of [-0.5, 0.1, 3]) expect(xirr(flows, dates, guess)).toBeCloseTo(expected, 8);
      expect(xnpv(expected, flows, dates)).toBeCloseTo(0, 6);
    }
  });

  it("no root although the flows change sign: NO_SIGN_CHANGE", () => {
    for (const guess of [-0.9, 0.1, 1e3]) {
      expect(codeOf(() => xirr([-100, 50, -100], daysFrom([0, 365, 730]), guess))).toBe("NO_SIGN_CHANGE");
    }
  });
});

describe("the rate equations", () => {
  it("evaluate has the NPV's sign and roots on both sides of 0%", () => {
    const flows = flowsWithRoots([11, 12, 13], 10);
    const periodic = new PeriodicEquation(flows);
    const dated = new DatedEquation(flows, Float64Array.from([0, 1, 2, 3]));
    for (const r of [-0.9, -0.5, -0.05, 0, 0.05, 0.15, 0.25, 0.5, 3]) {
      const expected = Math.sign(npv(r, flows));
      expect(Math.sign(periodic.evaluate(Math.log1p(r))), `periodic at ${r}`).toBe(expected);
      expect(Math.sign(dated.evaluate(Math.log1p(r))), `dated at ${r}`).toBe(expected);
    }
    for (const r of [0.1, 0.2, 0.3]) {
      expect(Math.abs(periodic.evaluate(Math.log1p(r)))).toBeLessThan(1e-9);
      expect(Math.abs(dated.evaluate(Math.log1p(r)))).toBeLessThan(1e-9);
    }
  });

  it("evaluate is the NPV scaled by 1 above 0% and by (1+r)^T below", () => {
    const flows = [-100, 30, 40, 50];
    const periodic = new PeriodicEquation(flows);
    const dated = new DatedEquation(flows, Float64Array.from([0, 0.5, 2, 3]));
    const pv = (r: number, t: number[]) => flows.reduce((s, v, i) => s + v * Math.pow(1 + r, -t[i]), 0);
    for (const r of [0, 0.07, 0.5]) {
      expect(periodic.evaluate(Math.log1p(r))).toBeCloseTo(pv(r, [0, 1, 2, 3]), 10);
      expect(dated.evaluate(Math.log1p(r))).toBeCloseTo(pv(r, [0, 0.5, 2, 3]), 10);
    }
    for (const r of [-0.07, -0.5]) {
      expect(periodic.evaluate(Math.log1p(r))).toBeCloseTo(pv(r, [0, 1, 2, 3]) * Math.pow(1 + r, 3), 10);
      expect(dated.evaluate(Math.log1p(r))).toBeCloseTo(pv(r, [0, 0.5, 2, 3]) * Math.pow(1 + r, 3), 10);
    }
  });

  it("step is the Newton step of ln(PV of inflows) − ln(PV of outflows) in ln(1+r)", () => {
    const flows = [-100, 30, 40, 50];
    const times = [0, 0.5, 2, 3];
    // F(ρ) = ln Σ_{v>0} v e^(−tρ) − ln Σ_{v<0} −v e^(−tρ); F′ by central differences.
    const F = (rho: number) =>
      Math.log(flows.reduce((s, v, i) => s + (v > 0 ? v * Math.exp(-times[i] * rho) : 0), 0)) -
      Math.log(flows.reduce((s, v, i) => s + (v < 0 ? -v * Math.exp(-times[i] * rho) : 0), 0));
    const dated = new DatedEquation(flows, Float64Array.from(times));
    for (const rho of [-0.4, -0.05, 0, 0.05, 0.4]) {
      const derivative = (F(rho + 1e-6) - F(rho - 1e-6)) / 2e-6;
      dated.evaluate(rho);
      expect(dated.step, `ρ = ${rho}`).toBeCloseTo(F(rho) / derivative, 6);
    }
    const periodic = new PeriodicEquation(flows);
    const Fp = (rho: number) =>
      Math.log(flows.reduce((s, v, i) => s + (v > 0 ? v * Math.exp(-i * rho) : 0), 0)) -
      Math.log(flows.reduce((s, v, i) => s + (v < 0 ? -v * Math.exp(-i * rho) : 0), 0));
    for (const rho of [-0.4, -0.05, 0, 0.05, 0.4]) {
      const derivative = (Fp(rho + 1e-6) - Fp(rho - 1e-6)) / 2e-6;
      periodic.evaluate(rho);
      expect(periodic.step, `ρ = ${rho}`).toBeCloseTo(Fp(rho) / derivative, 6);
    }
  });

  it("SOLVER documents the bracket and tolerances", () => {
    expect(SOLVER).toEqual({ low: -0.9999, high: 1e6, tolerance: 1e-10, maxSteps: 50, maxBrentSteps: 200 });
  });
});

/**
 * The same equation with Newton's step withheld (NaN): solveRate then finds the root through its
 * fallback scan alone — outwards from the guess on a grid in ln(1+r), fine (0.001) near the guess —
 * and Brent's method. The answers must be the same nearest roots.
 */
function scanOnly(eq: RateEquation): RateEquation & { evaluations: number } {
  const wrapped = {
    evaluations: 0,
    step: Number.NaN,
    evaluate(rho: number) {
      wrapped.evaluations++;
      return eq.evaluate(rho);
    },
    rootBound: (a: number, side: RootSide) => eq.rootBound(a, side),
  };
  return wrapped;
}

describe("the fallback scan, Newton withheld", () => {
  it("finds the root nearest the guess on either side, where the grid resolves the roots", () => {
    // Near the guess the grid is fine; far from it, roots closer together than its spacing are not
    // told apart (documented), so the guesses here sit within reach of the roots.
    const flows = flowsWithRoots([11, 12, 13], 10);
    for (const guess of [0.04, 0.12, 0.14, 0.16, 0.24, 0.26, 0.36]) {
      expect(solveRate(scanOnly(new PeriodicEquation(flows)), guess), `guess ${guess}`).toBeCloseTo(nearest([0.1, 0.2, 0.3], guess), 10);
    }
    const four = flowsWithRoots([1, 2, 4, 20], 2);
    for (const guess of [-0.6, -0.3, -0.2, 0.4, 0.6, 3, 5.6, 12]) {
      expect(solveRate(scanOnly(new PeriodicEquation(four)), guess), `guess ${guess}`).toBeCloseTo(nearest([-0.5, 0, 1, 9], guess), 10);
    }
    const dated = new DatedEquation(flowsWithRoots([102, 105, 110], 100), Float64Array.from([0, 0.2, 0.4, 0.6]));
    const roots = [1.02, 1.05, 1.1].map((z) => z ** 5 - 1);
    for (const guess of [0, 0.15, 0.2, 0.35, 0.5, 0.9]) {
      expect(solveRate(scanOnly(dated), guess), `guess ${guess}`).toBeCloseTo(nearest(roots, guess), 10);
    }
  });

  it("from the ends of the bracket: the root lies all on one side", () => {
    // From −99.99% the downward side is done at once; from 10⁸ % the upward side.
    for (const flows of [[-100, 110], [-100, 0, 0, 133.1]]) {
      expect(solveRate(scanOnly(new PeriodicEquation(flows)), SOLVER.low)).toBeCloseTo(0.1, 10);
      expect(solveRate(scanOnly(new PeriodicEquation(flows)), SOLVER.high)).toBeCloseTo(0.1, 10);
    }
    expect(solveRate(scanOnly(new PeriodicEquation([-1, 1e5])), SOLVER.low) / 99_999).toBeCloseTo(1, 10);
    expect(solveRate(scanOnly(new PeriodicEquation([-9_000, 1])), SOLVER.high)).toBeCloseTo(1 / 9_000 - 1, 10);
  });

  it("resolves two roots 0.3 points apart next to the guess (the fine part of the grid)", () => {
    // −(1000y − 1100)(1000y − 1103): 10% and 10.3%, 0.0027 apart in ln(1+r), from a guess of 11%.
    const flows = flowsWithRoots([1_100, 1_103], 1_000);
    expect(solveRate(scanOnly(new PeriodicEquation(flows)), 0.11)).toBeCloseTo(0.103, 10);
    expect(solveRate(scanOnly(new PeriodicEquation(flows)), 0.095)).toBeCloseTo(0.1, 10);
    expect(irr(flows, 0.11)).toBeCloseTo(0.103, 10);
  });

  it("a root at exactly 0% is refined to 0", () => {
    for (const guess of [0.5, -0.5, 3]) {
      expect(solveRate(scanOnly(new PeriodicEquation([-100, 50, 50])), guess)).toBeCloseTo(0, 14);
      expect(solveRate(scanOnly(new DatedEquation([-100, 50, 50], Float64Array.from([0, 0.5, 1.5]))), guess)).toBeCloseTo(0, 14);
    }
  });

  it("no root anywhere: NO_SIGN_CHANGE", () => {
    expect(codeOf(() => solveRate(scanOnly(new PeriodicEquation([-100, 50, -100])), 0.1))).toBe("NO_SIGN_CHANGE");
  });

  it("Brent's method refines a bracketed root in a handful of evaluations", () => {
    // 30 evaluations would be bisection's pace on the first grid cell; Brent converges superlinearly.
    const flows = [-70_000, 12_000, 15_000, 18_000, 21_000, 26_000];
    const eq = scanOnly(new PeriodicEquation(flows));
    const r = solveRate(eq, 0.1);
    expect(r).toBeCloseTo(formulajs.IRR(flows) as number, 9);
    // The scan walks 0.1 → IRR (8.66%) on the 0.001 grid: about 13 points, then Brent.
    expect(eq.evaluations).toBeLessThan(13 + 2 + 15);
  });
});

/**
 * A scripted equation for Newton's policy: h(ρ) = c − ρ (one root, at ρ = c), an exact root count,
 * and a step chosen by the test, so the iterates Newton visits can be checked against the documented
 * rules.
 */
function scripted(c: number, nextAfter: (rho: number, call: number) => number) {
  const visited: number[] = [];
  const eq: RateEquation = {
    step: Number.NaN,
    evaluate(rho) {
      visited.push(rho);
      eq.step = rho - nextAfter(rho, visited.length);
      return c - rho;
    },
    // Exact: the one root, at ρ = c, lies above or below ln(1+a).
    rootBound: (a, side) => {
      const rho = a <= -1 ? -Infinity : Math.log1p(a);
      return (side === "above" ? c > rho : c < rho) ? 1 : 0;
    },
  };
  return { eq, visited };
}

describe("Newton's policy", () => {
  it("a step that would leave the bracket of two iterates is replaced by bisection", () => {
    // From 0 (h > 0) to 2 (h < 0): bracket (0, 2). A step to 5 is replaced by 1, the root.
    const { eq, visited } = scripted(1, (rho) => (rho === 0 ? 2 : rho === 2 ? 5 : rho));
    expect(solveRate(eq, 0)).toBeCloseTo(Math.E - 1, 14);
    expect(visited).toEqual([0, 2, 1]);
    // Below the bracket too: from 2 (h < 0) to 0 (h > 0), then a step to −3 becomes 1.
    const down = scripted(1, (rho) => (rho === 2 ? 0 : rho === 0 ? -3 : rho));
    solveRate(down.eq, Math.E ** 2 - 1);
    expect(down.visited).toEqual([2, 0, 1]);
    // A step back onto the other end of the bracket is no progress either: bisection.
    const backToLow = scripted(1, (rho, call) => (call === 1 ? 2 : call === 2 ? 0 : rho));
    solveRate(backToLow.eq, 0);
    expect(backToLow.visited).toEqual([0, 2, 1]);
    const backToHigh = scripted(1, (rho, call) => (call === 1 ? 0 : call === 2 ? 2 : rho));
    solveRate(backToHigh.eq, Math.E ** 2 - 1);
    expect(backToHigh.visited).toEqual([2, 0, 1]);
    // A step that stays inside the bracket is taken as is.
    const inside = scripted(1, (rho) => (rho === 0 ? 2 : rho === 2 ? 1.5 : rho === 1.5 ? 1 : rho));
    solveRate(inside.eq, 0);
    expect(inside.visited).toEqual([0, 2, 1.5, 1]);
  });

  it("gives up after 20 steps that never bracket a root, and after 50 that never converge", () => {
    // Always h > 0 below the root at ρ = 13 and steps of 0.5 upwards: 21 Newton iterates (0 to 10),
    // then the scan, which starts by evaluating the guess again.
    const slow = scripted(13, (rho) => rho + 0.5);
    expect(solveRate(slow.eq, 0)).toBeCloseTo(Math.expm1(13), 0);
    expect(slow.visited.slice(0, 22)).toEqual([...Array.from({ length: 21 }, (_, i) => i * 0.5), 0]);
    // A step to ln(1+r) = 40 is still followed; one beyond ±40 is not: the scan takes over at once.
    const far = scripted(1, (rho, call) => (call === 1 ? 40 : call === 2 ? 1 : rho));
    expect(solveRate(far.eq, 0)).toBeCloseTo(Math.E - 1, 12);
    expect(far.visited).toEqual([0, 40, 1]);
    const wild = scripted(1, (rho) => rho + 41);
    expect(solveRate(wild.eq, 0)).toBeCloseTo(Math.E - 1, 12);
    expect(wild.visited.slice(0, 3)).toEqual([0, 0, 0.001]);
    // Bracketed at once (0 and 2 around the root at 1), then iterates inside the shrinking bracket that
    // approach the root too slowly: 50 iterates in all, then the scan from the guess.
    const sequence = [0, 2, ...Array.from({ length: 60 }, (_, j) => 1 + (j % 2 === 0 ? -1 : 1) / (j + 3))];
    const stuck = scripted(1, (_, call) => sequence[call]);
    expect(solveRate(stuck.eq, 0)).toBeCloseTo(Math.E - 1, 12);
    expect(stuck.visited.slice(0, 51)).toEqual([...sequence.slice(0, 50), 0]);
  });

  it("stops when a step moves the rate by at most 1e-10, applying that last step", () => {
    const { eq, visited } = scripted(0.3, (rho) => (rho === 0 ? 0.3 - 1e-11 : rho));
    expect(solveRate(eq, 0)).toBe(Math.expm1(0.3 - 1e-11));
    expect(visited).toEqual([0, 0.3 - 1e-11]);
  });
});

/** Counts the evaluations of an equation; with `newton` false the step is withheld, as in scanOnly. */
function counted(eq: RateEquation, newton = true): RateEquation & { evaluations: number } {
  const wrapped = {
    evaluations: 0,
    step: Number.NaN,
    evaluate(rho: number) {
      wrapped.evaluations++;
      const h = eq.evaluate(rho);
      wrapped.step = newton ? eq.step : Number.NaN;
      return h;
    },
    rootBound: (a: number, side: RootSide) => eq.rootBound(a, side),
  };
  return wrapped;
}

describe("work done by the solver", () => {
  it("a root proven nearest is returned without scanning", () => {
    // Each certificate on each side of the guess: "no root beyond it" (−50% lies on the guess's side,
    // or 100% does) and "one root up to the guess's mirror image" (the other root lies farther out).
    const cases: [number[], number][] = [
      [[-100, 110], 0.5],
      [[-100, 110], -0.5],
      [flowsWithRoots([11, 5], 10), 0.3], // 10% and −50%, guess above both: nothing above 10%
      [flowsWithRoots([11, 20], 10), 0.3], // 10% and 100%: one root below 0.3 + 0.2
      [flowsWithRoots([11, 20], 10), -0.2], // below both: nothing below 10%
      [flowsWithRoots([11, 5], 10), -0.1], // between: one root above −0.1 − 0.2
    ];
    for (const [flows, guess] of cases) {
      const eq = counted(new PeriodicEquation(flows));
      expect(solveRate(eq, guess), `${flows} from ${guess}`).toBeCloseTo(0.1, 12);
      // Newton on the log ratio takes a few steps; a scan from the guess to the root would take dozens.
      expect(eq.evaluations, `${flows} from ${guess}`).toBeLessThanOrEqual(8);
    }
  });

  it("Brent's method refines a bracketed root in a few evaluations, not bisection's forty", () => {
    // Guesses within one grid cell (0.001 in ln(1+r)) of the root: the scan brackets it at once and
    // Brent narrows the cell to |Δρ| ≤ 4ε|ρ| + 1e-15 — bisection would need about 40 evaluations.
    // The budgets are this implementation's counts plus one.
    const x = (-50 + Math.sqrt(50 ** 2 + 4 * 60 * 100)) / 120; // −100 + 50x + 60x² = 0
    const cases: [number[], number, number, number][] = [
      [[-70_000, 12_000, 15_000, 18_000, 21_000, 26_000], 0.0866, formulajs.IRR([-70_000, 12_000, 15_000, 18_000, 21_000, 26_000]) as number, 7],
      [[-100, 110], 0.1004, 0.1, 8],
      [[-100, 50, 60], 0.0643, 1 / x - 1, 7],
      [[-1_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5_000], 0.175, Math.pow(5, 0.1) - 1, 8],
      // Two roots 0.3 points apart: the scan walks the fine grid down to the nearer one first.
      [flowsWithRoots([1_100, 1_103], 1_000), 0.11, 0.103, 17],
    ];
    for (const [flows, guess, root, budget] of cases) {
      const eq = counted(new PeriodicEquation(flows), false);
      expect(solveRate(eq, guess), `${flows}`).toBeCloseTo(root, 9);
      expect(eq.evaluations, `${flows}`).toBeLessThanOrEqual(budget);
    }
  });
});
