/**
 * The rate solver behind irr and xirr. It works in ρ = ln(1+r) (see rate-equation.ts), where every
 * real ρ is a valid rate above −100%.
 *
 * Policy (pinned so results are reproducible and explainable):
 * 1. Newton's method from the guess on ln(PV of inflows / PV of outflows) in ρ, which has the NPV's
 *    roots but is nearly linear (see rate-equation.ts): at most 50 steps, or 20 while no two iterates
 *    have NPVs of opposite sign. Once they have, a step that would leave the bracket they form is
 *    replaced by bisection. Stopping rule: a step that moves the rate by |Δr| ≤ 1e-10; that last step
 *    is applied, so the error left is of the order of Δr², far below the threshold.
 * 2. Several roots → the one nearest the guess. A root r* from step 1 is accepted only when a
 *    root-count bound (rootBound) proves that no other root is closer to the guess. Otherwise, and
 *    whenever step 1 fails, the bracket (−0.9999, 1e6) is scanned outwards from the guess for sign
 *    changes (grid in ln(1+r): spacing 0.001 near the guess, growing 10% per step beyond 0.02) and the
 *    nearest bracketed root is refined with Brent's method to |Δρ| ≤ 4·ε·|ρ| + 1e-15. Every 4 grid
 *    points the scan of a side stops early when rootBound shows no root remains beyond it.
 *    Two roots closer together than the local grid spacing cancel out and are not seen by the scan.
 *    Only roots inside the bracket are returned: below −99.99% a double cannot tell the rate apart
 *    from −100% (1 + r loses its digits), so such a "rate" would be noise.
 * 3. No root on the bracket (no sign change found) → FinanceError NO_SIGN_CHANGE; a bracket that
 *    Brent cannot shrink within 200 steps → NO_CONVERGENCE. A NaN or an infinity is never returned.
 */
import { FinanceError } from "./errors";
import type { RateEquation } from "./rate-equation";

export const SOLVER = {
  low: -0.9999,
  high: 1e6,
  tolerance: 1e-10,
  maxSteps: 50,
  maxBrentSteps: 200,
} as const;

const RHO_LOW = Math.log1p(SOLVER.low);
const RHO_HIGH = Math.log1p(SOLVER.high);
/** Newton on a near-linear F that has not bracketed a root by then is wandering: hand over to the scan. */
const UNBRACKETED_STEPS = 20;
/** Beyond this, e^ρ − 1 is no longer a useful rate (and e^ρ overflows soon after). */
const RHO_LIMIT = 40;

/** Offsets in ln(1+r) for the outward scan, fine near the guess and coarser away from it. */
const OFFSETS: number[] = (() => {
  const out: number[] = [];
  for (let k = 1; k <= 20; k++) out.push(k * 1e-3);
  let o = 0.02;
  while (o < 2 * RHO_LIMIT) out.push((o *= 1.1));
  return out;
})();

export function solveRate(eq: RateEquation, guess: number): number {
  const g = Math.log1p(guess);
  const root = iterate(eq, g);
  if (Number.isNaN(root) || root < RHO_LOW || root > RHO_HIGH) {
    const scanned = scanNearest(eq, g, Infinity);
    if (Number.isNaN(scanned)) {
      throw new FinanceError(
        "NO_SIGN_CHANGE",
        `the NPV never changes sign for rates between ${SOLVER.low * 100}% and ${SOLVER.high * 100}%: no rate of return exists`,
      );
    }
    return Math.expm1(scanned);
  }
  const r = Math.expm1(root);
  if (isNearestRoot(eq, guess, r)) return r;
  const closer = scanNearest(eq, g, Math.abs(r - guess));
  return Number.isNaN(closer) ? r : Math.expm1(closer);
}

/** Safeguarded Newton iteration in ρ; NaN when it does not converge (the caller then scans). */
function iterate(eq: RateEquation, start: number): number {
  let rho = start;
  // Latest iterates with a positive and a negative NPV: a bracket once both exist.
  let pos = NaN;
  let neg = NaN;
  for (let i = 0; i < SOLVER.maxSteps; i++) {
    const h = eq.evaluate(rho);
    if (h === 0) return rho;
    if (h > 0) pos = rho;
    else if (h < 0) neg = rho;
    else return NaN;
    let next = rho - eq.step;
    // The move in r, e^next − e^rho, without cancellation.
    if (Math.abs(Math.exp(rho) * Math.expm1(next - rho)) <= SOLVER.tolerance) return next;
    if (!Number.isNaN(pos) && !Number.isNaN(neg)) {
      if (!(next > Math.min(pos, neg) && next < Math.max(pos, neg))) next = (pos + neg) / 2;
    } else if (!(Math.abs(next) <= RHO_LIMIT) || i >= UNBRACKETED_STEPS) {
      return NaN;
    }
    rho = next;
  }
  return NaN;
}

/**
 * True when no root other than `root` lies closer to the guess. Two independent certificates:
 * no root at all beyond the root (on the side away from the guess), or at most one root — this one —
 * between −100% and the guess's mirror image of the root.
 */
function isNearestRoot(eq: RateEquation, guess: number, root: number): boolean {
  if (root === guess) return true;
  const d = Math.abs(root - guess);
  // A hair past the root, in (1+r) terms so it stays above −100%.
  const past = 1e-9;
  if (root < guess) {
    // Any closer root lies in (root, guess + d): none above the root, or only one below guess + d.
    return eq.rootBound((1 + root) * (1 + past) - 1, "above") === 0 || eq.rootBound(guess + d, "below") <= 1;
  }
  // Any closer root lies in (guess − d, root): none below the root, or only one above guess − d.
  return eq.rootBound((1 + root) * (1 - past) - 1, "below") === 0 || eq.rootBound(guess - d, "above") <= 1;
}

/** One side of the scan: index into OFFSETS (−1 once the side is exhausted), its last point and that point's value. */
interface ScanSide {
  up: boolean;
  i: number;
  p: number;
  h: number;
}

/** The side's next point in ρ, clamped to the bracket. */
function nextPoint(side: ScanSide, g: number): number {
  return side.up ? Math.min(g + OFFSETS[side.i], RHO_HIGH) : Math.max(g - OFFSETS[side.i], RHO_LOW);
}

/** How far (in r) the side's next point lies from the guess; Infinity once the side is exhausted. */
function reach(side: ScanSide, g: number, rate: number): number {
  if (side.i < 0) return Infinity;
  const r = Math.expm1(nextPoint(side, g));
  return side.up ? r - rate : rate - r;
}

/**
 * A side is done once its last point is as far as the best root (the bracket's far end may lie beyond
 * bestDist, the root inside it need not), or, every few points, once a root-count bound shows it has no root left.
 */
function sideDone(eq: RateEquation, side: ScanSide, rate: number, bestDist: number): boolean {
  if (Math.abs(Math.expm1(side.p) - rate) >= bestDist) return true;
  return side.i % 4 === 0 && eq.rootBound(Math.expm1(side.p), side.up ? "above" : "below") === 0;
}

/** Moves the side to its next point; the root bracketed between its last two points, or null. */
function stepSide(eq: RateEquation, side: ScanSide, g: number): number | null {
  const rho = nextPoint(side, g);
  const h = eq.evaluate(rho);
  let exhausted = (side.up ? rho >= RHO_HIGH : rho <= RHO_LOW) || side.i + 1 >= OFFSETS.length;
  let found: number | null = null;
  if (h === 0 || Math.sign(h) !== Math.sign(side.h)) {
    found = h === 0 ? rho : brent(eq, side.p, side.h, rho, h);
    exhausted = true;
  }
  side.p = rho;
  side.h = h;
  side.i = exhausted ? -1 : side.i + 1;
  return found;
}

/** ρ of the bracketed root nearest the guess (distance measured in r) within maxDist, or NaN. */
function scanNearest(eq: RateEquation, guessRho: number, maxDist: number): number {
  const g = Math.min(Math.max(guessRho, RHO_LOW), RHO_HIGH);
  const rate = Math.expm1(g);
  const h0 = eq.evaluate(g);
  if (h0 === 0) return g;
  let best = NaN;
  let bestDist = maxDist;
  const upper: ScanSide = { up: true, i: 0, p: g, h: h0 };
  const lower: ScanSide = { up: false, i: 0, p: g, h: h0 };
  while (upper.i >= 0 || lower.i >= 0) {
    // The nearer side's next point first, so roots are found in order of distance.
    const side = reach(upper, g, rate) <= reach(lower, g, rate) ? upper : lower;
    if (sideDone(eq, side, rate, bestDist)) {
      side.i = -1;
      continue;
    }
    const found = stepSide(eq, side, g);
    if (found === null) continue;
    const dist = Math.abs(Math.expm1(found) - rate);
    if (dist < bestDist) {
      best = found;
      bestDist = dist;
    }
  }
  return best;
}

/** Brent's method (Brent 1973, "zeroin") on a sign-changing bracket [a, b]. */
function brent(eq: RateEquation, a: number, fa: number, b: number, fb: number): number {
  let c = a, fc = fa, d = b - a, e = d;
  for (let i = 0; i < SOLVER.maxBrentSteps; i++) {
    if (Math.sign(fb) === Math.sign(fc)) {
      c = a; fc = fa; d = b - a; e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b; b = c; c = a;
      fa = fb; fb = fc; fc = fa;
    }
    const tol = 4 * Number.EPSILON * Math.abs(b) + 1e-15;
    const m = (c - b) / 2;
    if (Math.abs(m) <= tol || fb === 0) return b;
    if (Math.abs(e) >= tol && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number, q: number;
      if (a === c) {
        p = 2 * m * s;
        q = 1 - s;
      } else {
        const qa = fa / fc, r = fb / fc;
        p = s * (2 * m * qa * (qa - r) - (b - a) * (r - 1));
        q = (qa - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      else p = -p;
      if (2 * p < Math.min(3 * m * q - Math.abs(tol * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = m; e = m;
      }
    } else {
      d = m; e = m;
    }
    a = b; fa = fb;
    b += Math.abs(d) > tol ? d : m > 0 ? tol : -tol;
    fb = eq.evaluate(b);
  }
  throw new FinanceError("NO_CONVERGENCE", `the rate search did not converge within ${SOLVER.maxBrentSteps} steps`);
}
