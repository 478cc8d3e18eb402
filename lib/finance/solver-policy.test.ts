/**
 * The rate solver's documented policy (solver.ts), checked step by step on equations whose roots are
 * known by construction or that are scripted outright:
 * - Brent's method is the published algorithm (Forsythe, Malcolm & Moler's zeroin, after Brent 1973)
 *   with the documented tolerance 4ε|ρ| + 1e-15: a reference written out here from that description
 *   must evaluate exactly the same points;
 * - the scan goes outwards from the guess, nearer side first, on a grid of 0.001 in ln(1+r) up to
 *   0.02, never evaluates a point twice, stops a side once it is as far as the best root found, and
 *   asks the root bound only every 4 points;
 * - Newton's stopping rule, the closed bracket (−99.99%, 10⁸ %), a NaN iterate, and the certificates
 *   that let a Newton root be returned without a scan.
 * Fixtures are built inside each test, never at describe level.
 */
import { describe, expect, it } from "vitest";
import { FinanceError } from "./index";
import { codeOf, flowsWithRoots } from "./testing";
import { PeriodicEquation, type RateEquation, type RootSide } from "./rate-equation";
import { SOLVER, solveRate } from "./solver";

interface Recorded {
  eq: RateEquation;
  /** Every ρ evaluated, in order, and the value there. */
  visited: number[];
  values: number[];
  /** Calls of rootBound. */
  bounds: number;
}

/** Records what the solver asks of `eq`; Newton's step is withheld unless `newton`. */
function recorded(eq: RateEquation, newton = false): Recorded {
  const rec: Recorded = {
    visited: [],
    values: [],
    bounds: 0,
    eq: {
      step: Number.NaN,
      evaluate(rho: number) {
        const h = eq.evaluate(rho);
        rec.visited.push(rho);
        rec.values.push(h);
        rec.eq.step = newton ? eq.step : Number.NaN;
        return h;
      },
      rootBound(a: number, side: RootSide) {
        rec.bounds++;
        return eq.rootBound(a, side);
      },
    },
  };
  return rec;
}

/** An equation given by a function of ρ, with no root-count information (the bound is +∞). */
function fromFunction(f: (rho: number) => number): RateEquation {
  return { step: Number.NaN, evaluate: f, rootBound: () => Number.POSITIVE_INFINITY };
}

/** zeroin's state once f(b) is known: a (the previous b), b, c (the root lies between b and c), steps d, e. */
interface ZeroinState {
  a: number;
  fa: number;
  b: number;
  fb: number;
  c: number;
  fc: number;
  d: number;
  e: number;
}

/**
 * One step of zeroin as published (Forsythe, Malcolm & Moler, "Computer Methods for Mathematical
 * Computations", 1977), with tol1 = 4ε|b| + 1e-15: the state with the next point to evaluate as b (its
 * value not yet known), whether that point came from interpolation, or null once converged (then
 * `root` is the answer).
 */
function zeroinStep(state: ZeroinState): { next: ZeroinState; interpolated: boolean } | { root: number } {
  let { a, fa, b, fb, c, fc, d, e } = state;
  // Keep the root between b and c.
  if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
    c = a;
    fc = fa;
    d = b - a;
    e = d;
  }
  // b is the best estimate so far.
  if (Math.abs(fc) < Math.abs(fb)) {
    a = b;
    b = c;
    c = a;
    fa = fb;
    fb = fc;
    fc = fa;
  }
  const tol1 = 4 * Number.EPSILON * Math.abs(b) + 1e-15;
  const xm = 0.5 * (c - b);
  if (Math.abs(xm) <= tol1 || fb === 0) return { root: b };
  let interpolated = false;
  if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
    const s = fb / fa;
    let p: number;
    let q: number;
    if (a === c) {
      // Linear interpolation.
      p = 2 * xm * s;
      q = 1 - s;
    } else {
      // Inverse quadratic interpolation.
      const qq = fa / fc;
      const r = fb / fc;
      p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
      q = (qq - 1) * (r - 1) * (s - 1);
    }
    if (p > 0) q = -q;
    p = Math.abs(p);
    // Accept the interpolation only if it falls well inside the bracket and shrinks fast enough.
    if (2 * p < 3 * xm * q - Math.abs(tol1 * q) && p < Math.abs(0.5 * e * q)) {
      e = d;
      d = p / q;
      interpolated = true;
    }
  }
  if (!interpolated) {
    d = xm;
    e = d;
  }
  // At least tol1, towards c (Fortran's sign(tol1, xm)).
  const next = b + (Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1);
  return { next: { a: b, fa: fb, b: next, fb: Number.NaN, c, fc, d, e }, interpolated };
}

/** zeroin on a bracket [a, b] with f(a)·f(b) < 0: the points it evaluates, in order, and its answer. */
function zeroin(f: (x: number) => number, a: number, fa: number, b: number, fb: number): { points: number[]; root: number } {
  let state: ZeroinState = { a, fa, b, fb, c: a, fc: fa, d: b - a, e: b - a };
  const points: number[] = [];
  for (let guard = 0; guard < 10_000; guard++) {
    const step = zeroinStep(state);
    if ("root" in step) return { points, root: step.root };
    state = step.next;
    state.fb = f(state.b);
    points.push(state.b);
  }
  throw new Error("zeroin did not converge");
}

/**
 * Splits a scan-only run at the first sign change the scan met: the grid points before it, the
 * bracket (the previous point on the same side of the guess, or the guess, and the point past the
 * change) and what was evaluated after it.
 */
function firstBracket(rec: Recorded): { a: number; fa: number; b: number; fb: number; after: number[] } {
  // visited[0] is Newton's start, visited[1] the scan's re-evaluation of the (clamped) guess.
  const g = rec.visited[1];
  let up: [number, number] = [g, rec.values[1]];
  let down: [number, number] = [g, rec.values[1]];
  for (let j = 2; j < rec.visited.length; j++) {
    const rho = rec.visited[j];
    const h = rec.values[j];
    const prev = rho > g ? up : down;
    if (Math.sign(h) !== Math.sign(prev[1])) return { a: prev[0], fa: prev[1], b: rho, fb: h, after: rec.visited.slice(j + 1) };
    if (rho > g) up = [rho, h];
    else down = [rho, h];
  }
  throw new Error("no sign change in the scan");
}

describe("Brent's method is zeroin, point for point", () => {
  it("on NPV equations: one root, several roots, a root at exactly 0%", () => {
    const cases: [number[], number][] = [
      [[-70_000, 12_000, 15_000, 18_000, 21_000, 26_000], 0.1],
      [[-70_000, 12_000, 15_000, 18_000, 21_000, 26_000], 0.0866],
      [flowsWithRoots([11, 12, 13], 10), 0.16],
      [flowsWithRoots([11, 12, 13], 10), 0.24],
      [flowsWithRoots([1, 2, 4, 20], 2), 3],
      [flowsWithRoots([1, 2, 4, 20], 2), -0.3],
      [[-100, 50, 50], 0.5],
      [[-100, 50, 50], -0.5],
      [[-1_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5_000], 0.175],
      [[-1, 1e5], 0.1],
    ];
    for (const [flows, guess] of cases) {
      const eq = new PeriodicEquation(flows);
      const rec = recorded(new PeriodicEquation(flows));
      const rate = solveRate(rec.eq, guess);
      const { a, fa, b, fb, after } = firstBracket(rec);
      const ref = zeroin((x) => eq.evaluate(x), a, fa, b, fb);
      expect(after.slice(0, ref.points.length), `${flows} from ${guess}`).toEqual(ref.points);
      expect(rate, `${flows} from ${guess}`).toBe(Math.expm1(ref.root));
    }
  });

  it("on equations that make interpolation fail: a triple root, a steep step, a jump, a pole", () => {
    // Far from linear, so Brent's safeguards (bisection instead of a poor interpolation) are used; with
    // the sign change at ρ = 0 too, where the bracket's ends have opposite signs and the tolerance is
    // the absolute 1e-15.
    for (const c of [0.40123456789, 0]) {
      const functions: [string, (rho: number) => number, number[]][] = [
        ["(ρ − c)³", (rho) => (rho - c) ** 3, [0.5, 2, 0.3, 5, -0.4]],
        ["(ρ − c)⁵", (rho) => (rho - c) ** 5, [0.5, 0.2]],
        ["tanh(40(ρ − c))", (rho) => Math.tanh(40 * (rho - c)), [0.5, 1, 0.1, -0.3]],
        ["e^(8(ρ − c)) − 1", (rho) => Math.expm1(8 * (rho - c)), [0.45, 3, -0.5]],
        ["1/(c − ρ), a pole", (rho) => 1 / (c - rho), [0.5, 2, 0.31, -0.2]],
        ["∛(ρ − c)", (rho) => Math.cbrt(rho - c), [0.6, 0.35, -1]],
        // Every value ±1: no interpolation is ever better than halving.
        ["sign(ρ − c), a jump", (rho) => Math.sign(rho - c), [0.6, 0.35, 3, -0.5]],
        // A staircase: equal magnitudes on both sides of the jump, different ones farther out.
        ["⌊40(ρ − c)⌋ + ½, a staircase", (rho) => Math.floor(40 * (rho - c)) + 0.5, [0.6, 0.35, 3, -0.5, 0.45]],
        ["⌊4000(ρ − c)⌋ + ½, a fine staircase", (rho) => Math.floor(4000 * (rho - c)) + 0.5, [0.6, 0.35, 3, -0.5, 0.45]],
      ];
      for (const [name, f, guesses] of functions) {
        for (const guess of guesses) {
          const label = `${name}, c = ${c}, from ρ = ${guess}`;
          const rec = recorded(fromFunction(f));
          const rate = solveRate(rec.eq, Math.expm1(guess));
          const { a, fa, b, fb, after } = firstBracket(rec);
          const ref = zeroin(f, a, fa, b, fb);
          expect(after.slice(0, ref.points.length), label).toEqual(ref.points);
          expect(rate, label).toBe(Math.expm1(ref.root));
          // The sign change is found to the documented tolerance.
          expect(Math.abs(ref.root - c), label).toBeLessThan(1e-12);
        }
      }
    }
    // Increasing but wiggly, (ρ − c)(1 + k₂ sin²(k₁ρ)), from guesses (as rates) a wide grid cell away:
    // interpolation lands anywhere in the cell, and the "within ¾ of the bracket" rule decides.
    const wiggles: [number, number, number, number][] = [
      [0.1, 48, 5, 0.8],
      [0.1, 70, 5, -0.1],
      [0.17, 60, 3, 2],
      [0.3, 40, 8, -0.3],
    ];
    for (const [c, k1, k2, guess] of wiggles) {
      const f = (rho: number) => (rho - c) * (1 + k2 * Math.sin(k1 * rho) ** 2);
      const rec = recorded(fromFunction(f));
      const rate = solveRate(rec.eq, guess);
      const { a, fa, b, fb, after } = firstBracket(rec);
      const ref = zeroin(f, a, fa, b, fb);
      expect(after.slice(0, ref.points.length), `wiggle ${c} ${k1} ${k2} from ${guess}`).toEqual(ref.points);
      expect(rate).toBe(Math.expm1(ref.root));
      expect(Math.abs(ref.root - c)).toBeLessThan(1e-12);
    }
  });
});

describe("Brent's iteration limit", () => {
  it("a bracket it cannot shrink within 200 steps is NO_CONVERGENCE, not a guess", () => {
    // An adversary, not an NPV: −1 at the guess and +1 one grid point above it, a sign change the
    // scan hands to Brent. From then on each point Brent evaluates gets a value chosen, with zeroin's
    // own rules, so that the next step is an accepted interpolation only about 0.45 of the size of the
    // step before: the bracket barely shrinks and bisection almost never happens.
    const g = Math.log1p(0.1);
    let brentSteps = 0;
    let state: ZeroinState | null = null;
    const eq: RateEquation = {
      step: Number.NaN,
      evaluate(rho) {
        if (state === null) {
          if (rho <= g) return -1; // Newton's start and the scan's guess
          // The first grid point up: zeroin starts on [g, rho].
          const start = zeroinStep({ a: g, fa: -1, b: rho, fb: 1, c: g, fc: -1, d: rho - g, e: rho - g });
          if ("root" in start) throw new Error("converged at once");
          state = start.next;
          return 1;
        }
        brentSteps++;
        expect(rho).toBe(state.b);
        const current: ZeroinState = state;
        const sign = Math.sign(current.fa);
        let best = (sign * Math.abs(current.fa)) / 2;
        let bestScore = Number.POSITIVE_INFINITY;
        for (let k = 1; k < 400; k++) {
          const fb = sign * Math.abs(current.fa) * 10 ** (-k / 20);
          const step = zeroinStep({ ...current, fb });
          if ("root" in step || !step.interpolated) continue;
          const score = Math.abs(Math.log(Math.abs(step.next.b - rho) / Math.abs(step.next.e)) - Math.log(0.45));
          if (score < bestScore) {
            bestScore = score;
            best = fb;
          }
        }
        const step = zeroinStep({ ...current, fb: best });
        if (!("root" in step)) state = step.next;
        return best;
      },
      rootBound: (_a, side) => (side === "below" ? 0 : 1),
    };
    expect(() => solveRate(eq, 0.1)).toThrow(new FinanceError("NO_CONVERGENCE", "the rate search did not converge within 200 steps"));
    expect(brentSteps).toBe(SOLVER.maxBrentSteps);
  });
});

describe("the scan: outwards from the guess, nearer side first", () => {
  /**
   * Two roots, one a fraction of a grid cell from the guess and one far on the other side. The near
   * one is bracketed within a point or two on each side; the far side is then done, as its next point
   * is already farther than the near root. A scan that went the wrong way first, or kept going, would
   * walk dozens of grid points to the far root.
   */
  it("finds a near root in a handful of evaluations whatever side the far root is on", () => {
    const cases: [string, number[], number, number][] = [
      ["near above, far below (10% and −50%)", flowsWithRoots([11, 5], 10), 0.0995, 0.1],
      ["near below, far above (10% and 300%)", flowsWithRoots([11, 40], 10), 0.1005, 0.1],
      ["negative rates: near above, far below (−20% and −90%)", flowsWithRoots([8, 1], 10), -0.2005, -0.2],
      ["negative rates: near below, far above (−20% and 100%)", flowsWithRoots([8, 20], 10), -0.1995, -0.2],
      ["near above, far above too (10% and 300%)", flowsWithRoots([11, 40], 10), 0.0995, 0.1],
    ];
    for (const [name, flows, guess, root] of cases) {
      const rec = recorded(new PeriodicEquation(flows));
      expect(solveRate(rec.eq, guess), name).toBeCloseTo(root, 12);
      // Newton's start, the guess again, at most one grid point on each side, then Brent (zeroin on a
      // cell of 0.001 around a near-linear NPV takes under 10 evaluations).
      expect(rec.visited.length, name).toBeLessThanOrEqual(2 + 2 + 10);
      // Nothing evaluated more than a grid cell beyond the root.
      const far = Math.max(...rec.visited.map((rho) => Math.abs(rho - Math.log1p(guess))));
      expect(far, name).toBeLessThanOrEqual(0.001 + 1e-15);
    }
  });

  it("the fine grid of 0.001 in ln(1+r) reaches 0.02 on both sides: it tells apart roots 0.001 apart there", () => {
    // Roots at ln(1+r) = ±0.0195 and ±0.0205 from a guess of 0%: the grid points 0.019 and 0.020
    // bracket the nearer one alone. A coarser grid past 0.019 would step over both (no sign change).
    for (const sign of [1, -1]) {
      const [y1, y2] = [Math.exp(sign * 0.0195), Math.exp(sign * 0.0205)];
      // −(y − y1)(y − y2) = −y² + (y1 + y2)·y − y1·y2, as flows −1, y1 + y2, −y1·y2.
      const rec = recorded(new PeriodicEquation([-1, y1 + y2, -y1 * y2]));
      expect(solveRate(rec.eq, 0), `side ${sign}`).toBeCloseTo(y1 - 1, 12);
    }
  });

  it("never evaluates a point twice, also where a side reaches an end of the bracket", () => {
    // Roots beyond the bracket: 10⁷ − 1 (above 10⁸ %) and 1/10⁵ − 1 (below −99.99%), from guesses
    // inside it. The scan reaches the end, where the root bound still counts the root beyond, and
    // finds no sign change.
    const cases: [number[], number][] = [
      [[-1, 1e7], 0.1],
      [[-1, 1e7], 5e5],
      [[-1, 1e7], -0.5],
      [[-1e5, 1], 0.1],
      [[-1e5, 1], -0.9998],
      [[-1e5, 1], 3],
    ];
    for (const [flows, guess] of cases) {
      const rec = recorded(new PeriodicEquation(flows));
      expect(codeOf(() => solveRate(rec.eq, guess)), `${flows} from ${guess}`).toBe("NO_SIGN_CHANGE");
      // The first evaluation is Newton's start (withheld here); the scan then starts at the guess.
      const scan = rec.visited.slice(1);
      expect(new Set(scan).size, `${flows} from ${guess}`).toBe(scan.length);
      expect(Math.max(...scan)).toBeLessThanOrEqual(Math.log1p(SOLVER.high));
      expect(Math.min(...scan)).toBeGreaterThanOrEqual(Math.log1p(SOLVER.low));
    }
  });

  it("asks the root bound every 4 grid points of a side, not at each", () => {
    // 10% and 10.01% cancel on the grid out there (documented), so the upward scan finds no sign
    // change; the root bound stops it once it is past them, and the downward side at once (no roots
    // below the guess): NO_SIGN_CHANGE.
    const flows = flowsWithRoots([11_000, 11_001], 10_000);
    const rec = recorded(new PeriodicEquation(flows));
    expect(codeOf(() => solveRate(rec.eq, 0))).toBe("NO_SIGN_CHANGE");
    const points = rec.visited.length - 2;
    // The grid out to 10% (ln 1.1 = 0.0953) has about 36 points; the bound stops the side within 4 of
    // passing the roots, long before the end of the bracket (about 90 points).
    expect(points).toBeGreaterThanOrEqual(30);
    expect(points).toBeLessThanOrEqual(45);
    expect(rec.bounds).toBeLessThanOrEqual(Math.ceil(points / 4) + 2);
  });
});

/** A scripted equation: h(ρ) = c − ρ with an exact root count, and Newton's next iterate chosen by the test. */
function scripted(c: number, nextAfter: (rho: number, call: number) => number, nanAt: number[] = []) {
  const visited: number[] = [];
  const eq: RateEquation = {
    step: Number.NaN,
    evaluate(rho) {
      visited.push(rho);
      eq.step = rho - nextAfter(rho, visited.length);
      return nanAt.includes(rho) ? Number.NaN : c - rho;
    },
    rootBound: (a, side) => {
      const rho = a <= -1 ? -Infinity : Math.log1p(a);
      return (side === "above" ? c > rho : c < rho) ? 1 : 0;
    },
  };
  return { eq, visited };
}

/** Two roots, at ρ = c1 and c2, Newton scripted; the root count is exact. */
function twoRoots(c1: number, c2: number, nextAfter: (rho: number) => number) {
  const visited: number[] = [];
  const eq: RateEquation = {
    step: Number.NaN,
    evaluate(rho) {
      visited.push(rho);
      eq.step = rho - nextAfter(rho);
      return -(rho - c1) * (rho - c2);
    },
    rootBound: (a, side) => {
      const rho = a <= -1 ? -Infinity : Math.log1p(a);
      return [c1, c2].filter((c) => (side === "above" ? c > rho : c < rho)).length;
    },
  };
  return { eq, visited };
}

describe("Newton's iteration and what it hands over", () => {
  it("stops on a step of exactly 1e-10 in r (the rule is |Δr| ≤ 1e-10)", () => {
    // A step Δ in ln(1+r) from 0 moves r by expm1(Δ); this Δ moves it by exactly 1e-10.
    const delta = 9.999999999500001e-11;
    expect(Math.expm1(delta)).toBe(1e-10);
    const { eq, visited } = scripted(0.3, (rho) => (rho === 0 ? delta : 0.3));
    // The last step is applied, not evaluated.
    expect(solveRate(eq, 0)).toBe(Math.expm1(delta));
    expect(visited).toEqual([0]);
    // A hair more is not converged: the next iterate is taken (and lands on the root).
    const more = scripted(0.3, (rho) => (rho === 0 ? 1.0000000001e-10 : 0.3));
    expect(solveRate(more.eq, 0)).toBe(Math.expm1(0.3));
  });

  it("an iterate where the equation is NaN ends Newton's iteration: the scan takes over from the guess", () => {
    // Newton steps from 0 to 2, where the equation is not a number; the root is at 1.
    const { eq, visited } = scripted(1, (rho) => (rho === 0 ? 2 : 1), [2]);
    expect(solveRate(eq, 0)).toBeCloseTo(Math.E - 1, 12);
    expect(visited.slice(0, 4)).toEqual([0, 2, 0, 0.001]);
    expect(visited.every((rho) => !Number.isNaN(rho))).toBe(true);
  });

  it("roots exactly at the ends of the bracket are inside it: −99.99% and 10⁸ %", () => {
    for (const c of [Math.log1p(SOLVER.low), Math.log1p(SOLVER.high)]) {
      // One Newton step lands exactly on the root; nothing else is evaluated.
      const { eq, visited } = scripted(c, () => c);
      expect(solveRate(eq, 0)).toBe(Math.expm1(c));
      expect(visited).toEqual([0, c]);
    }
  });

  it("a guess beyond the top of the bracket scans from the top; a root exactly there is returned at once", () => {
    const top = Math.log1p(SOLVER.high);
    const { eq, visited } = scripted(top, () => Number.NaN);
    expect(solveRate(eq, 1e7)).toBe(Math.expm1(top));
    // Newton's start (the guess itself), then the guess clamped to the bracket: a root, so done.
    expect(visited).toEqual([Math.log1p(1e7), top]);
  });

  it("a guess that is a root is returned after one evaluation, even among several roots", () => {
    // −50%, 0%, 100% and 900%: from 0%, no certificate shows that 0% is the nearest root, and none is
    // needed: it is the guess itself.
    const eq = recorded(new PeriodicEquation(flowsWithRoots([1, 2, 4, 20], 2)), true);
    expect(solveRate(eq.eq, 0)).toBe(0);
    expect(eq.visited).toEqual([0]);
  });
});

describe("the certificate that a Newton root is the nearest", () => {
  it("counts roots up to the guess's mirror image of the root, |root − guess| beyond the guess", () => {
    // Newton jumps to the far root; a nearer root lies on the other side of the guess, inside the
    // mirror image but outside |root + guess| — a certificate with the wrong distance would accept
    // the far root. Both directions.
    const cases: [number, number, number, number][] = [
      // [far root (r), near root (r), guess, expected]
      [-0.5, 1, 0.4, 1],
      [0.5, -0.8, -0.4, -0.8],
    ];
    for (const [far, near, guess, expected] of cases) {
      const c1 = Math.log1p(far);
      const c2 = Math.log1p(near);
      const { eq, visited } = twoRoots(c1, c2, () => c1);
      expect(solveRate(eq, guess), `guess ${guess}`).toBeCloseTo(expected, 12);
      // Newton did land on the far root first.
      expect(visited[1]).toBeCloseTo(c1, 14);
    }
  });
});
