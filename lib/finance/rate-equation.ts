/**
 * The NPV equations that irr and xirr solve, in the variable ρ = ln(1+r): every real ρ is a rate
 * above −100%, so the solver cannot step out of the domain.
 *
 * `evaluate` returns h(ρ), a positive multiple of the NPV: for ρ ≥ 0, f(ρ) = Σ v_i e^(−τ_i ρ) (every
 * factor ≤ 1); for ρ < 0, e^(Tρ)·f(ρ) (every factor ≤ 1 again, T = last time). So nothing overflows,
 * h has the NPV's sign and roots, and it is continuous at ρ = 0.
 *
 * The Newton step it also returns is for F(ρ) = ln(PV of inflows) − ln(PV of outflows), which has the
 * same roots and signs. NPV curves are exponentials in ρ: Newton on the NPV overshoots towards −100%
 * and then creeps back by about 1/n per step; F is nearly linear, so Newton on it takes a few steps.
 * The common scale factor cancels in F, so the step is exact on both sides of ρ = 0.
 */
export type RootSide = "above" | "below";

export interface RateEquation {
  /** h(ρ), a positive multiple of the NPV at r = e^ρ − 1. Sets `step` to F(ρ)/F′(ρ) (NaN if undefined). */
  evaluate(rho: number): number;
  step: number;
  /**
   * An upper bound on the number of roots in (a, ∞) ("above") or in (−1, a) ("below").
   * See `countRootBound` for why it is a bound.
   */
  rootBound(a: number, side: RootSide): number;
}

/**
 * Descartes–Laguerre bound on the roots, in (0, 1), of Σ w_i z^(t_i) (t ascending, gaps Δ).
 * With z = e^(−s), F(s)/s² is the Laplace transform of M2(t) = ∫₀ᵗ (partial sums of w), and a Laplace
 * transform has no more positive zeros than its kernel has sign changes (Pólya–Szegő). M2 is
 * piecewise linear, so its sign changes show at the breakpoints, plus one for the linear tail whose
 * slope is the total Σ w. Integrating twice (rather than once, Norström's criterion) removes the
 * spurious change a single negative last flow causes, which is the common case in practice.
 * `reverse` reads the weights from the end (the roots for z > 1).
 */
function countRootBound(w: Float64Array, gaps: Float64Array | null, reverse: boolean): number {
  const n = w.length - 1;
  let sum = 0;
  let m2 = 0;
  let last = 0;
  let changes = 0;
  for (let k = 0; k < n; k++) {
    const i = reverse ? n - k : k;
    sum += w[i];
    m2 += sum * (gaps === null ? 1 : gaps[reverse ? i - 1 : i]);
    const s = Math.sign(m2);
    if (s !== 0) {
      if (last !== 0 && s !== last) changes++;
      last = s;
    }
  }
  sum += w[reverse ? 0 : n];
  const tail = Math.sign(sum);
  if (tail !== 0 && last !== 0 && tail !== last) changes++;
  return changes;
}

/** Newton step for F = ln(inflows) − ln(outflows); NaN when a side has underflowed to 0. */
function logRatioStep(pin: number, din: number, pout: number, dout: number): number {
  if (pin === 0 || pout === 0) return NaN;
  return (Math.log(pin) - Math.log(pout)) / (din / pin - dout / pout);
}

function signChanges(values: ArrayLike<number>): number {
  let last = 0;
  let changes = 0;
  for (let i = 0; i < values.length; i++) {
    const s = Math.sign(values[i]);
    if (s === 0) continue;
    if (last !== 0 && s !== last) changes++;
    last = s;
  }
  return changes;
}

/** Flows one period apart: τ_i = i. Discount factors by repeated multiplication, no Math.pow. */
export class PeriodicEquation implements RateEquation {
  step = NaN;
  private readonly weights: Float64Array;

  constructor(private readonly v: readonly number[]) {
    this.weights = new Float64Array(v.length);
  }

  evaluate(rho: number): number {
    const v = this.v;
    const n = v.length - 1;
    // Inflows and outflows PV (both ≥ 0) and their ρ-derivatives, on the common scale.
    let pin = 0, din = 0, pout = 0, dout = 0;
    const factor = Math.exp(-Math.abs(rho));
    for (let k = 0, p = 1; k <= n; k++, p *= factor) {
      const i = rho >= 0 ? k : n - k;
      const term = v[i] * p;
      if (term > 0) {
        pin += term;
        din -= i * term;
      } else {
        pout -= term;
        dout += i * term;
      }
    }
    this.step = logRatioStep(pin, din, pout, dout);
    return pin - pout;
  }

  rootBound(a: number, side: RootSide): number {
    if (a <= -1) return side === "above" ? signChanges(this.v) : 0;
    const v = this.v;
    const w = this.weights;
    const n = v.length - 1;
    if (a >= 0) {
      const x = 1 / (1 + a);
      let f = 1;
      for (let i = 0; i <= n; i++, f *= x) w[i] = v[i] * f;
    } else {
      const y = 1 + a;
      let f = 1;
      for (let i = n; i >= 0; i--, f *= y) w[i] = v[i] * f;
    }
    return countRootBound(w, null, side === "below");
  }
}

/** Flows at arbitrary times τ_i (in years, ascending, τ_0 = 0), as XNPV/XIRR use them. */
export class DatedEquation implements RateEquation {
  step = NaN;
  private readonly weights: Float64Array;
  private readonly gaps: Float64Array;
  private readonly last: number;

  constructor(
    private readonly v: readonly number[],
    private readonly t: Float64Array,
  ) {
    const n = v.length - 1;
    this.last = t[n];
    this.weights = new Float64Array(v.length);
    this.gaps = new Float64Array(Math.max(n, 0));
    for (let i = 0; i < n; i++) this.gaps[i] = t[i + 1] - t[i];
  }

  evaluate(rho: number): number {
    const { v, t } = this;
    const shift = rho >= 0 ? 0 : this.last;
    let pin = 0, din = 0, pout = 0, dout = 0;
    for (let i = 0; i < v.length; i++) {
      const term = v[i] * Math.exp((shift - t[i]) * rho);
      if (term > 0) {
        pin += term;
        din -= t[i] * term;
      } else {
        pout -= term;
        dout += t[i] * term;
      }
    }
    this.step = logRatioStep(pin, din, pout, dout);
    return pin - pout;
  }

  rootBound(a: number, side: RootSide): number {
    if (a <= -1) return side === "above" ? signChanges(this.v) : 0;
    const { v, t, weights: w } = this;
    const lna = Math.log1p(a);
    const shift = a >= 0 ? 0 : this.last;
    for (let i = 0; i < v.length; i++) w[i] = v[i] * Math.exp((shift - t[i]) * lna);
    return countRootBound(w, this.gaps, side === "below");
  }
}
