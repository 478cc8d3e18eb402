/**
 * Finance engine benchmark: this engine's irr/xirr against @formulajs/formulajs IRR/XIRR on the same
 * 10,000 seeded 60-month series, plus the Monte Carlo timing. Run: npx tsx bench/finance.ts
 *
 * "Has a root" is decided independently of both solvers: a returned rate counts only if it passes a
 * residual check (isRoot), and series neither solver roots are scanned on a dense grid of rates for a
 * sign change. Where a series has several rates of return and the two pick different ones, that is a
 * policy difference (this engine takes the root nearest the guess), reported apart from |Δ|.
 */
import * as formulajs from "@formulajs/formulajs";
import { irr, monteCarloNpv, mulberry32, xirr, type BenefitItem, type CostItem } from "../lib/finance";

const SEED = 20_240_601;
const COUNT = 10_000;
const MONTHS = 60;
const MIN_TIMED_MS = 500;

type Solver = (values: number[], times: Float64Array) => number;

// ---------- data ----------

/** An outlay, then noisy monthly flows: mostly profitable, ~3% all-negative, ~4% loss-making with mixed signs. */
function generateSeries(count: number, seed: number): number[][] {
  const rand = mulberry32(seed);
  const out: number[][] = [];
  for (let s = 0; s < count; s++) {
    const outlay = 20_000 + rand() * 480_000;
    const kind = rand();
    const flows = [-round2(outlay)];
    if (kind < 0.03) {
      for (let m = 1; m < MONTHS; m++) flows.push(-round2(100 + rand() * 2_000));
    } else {
      const mean = kind < 0.07 ? -outlay / 200 : outlay / (8 + rand() * 70);
      for (let m = 1; m < MONTHS; m++) {
        flows.push(round2(mean + (rand() - 0.5) * 2.4 * Math.abs(mean) + ((rand() - 0.5) * outlay) / 100));
      }
    }
    out.push(flows);
  }
  return out;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

const dates = Array.from({ length: MONTHS }, (_, m) => new Date(2024, m, 1));
const DAY = 86_400_000;
const periodTimes = Float64Array.from({ length: MONTHS }, (_, i) => i);
const yearTimes = Float64Array.from(dates, (d) => Math.round((d.getTime() - dates[0].getTime()) / DAY) / 365);

// ---------- independent checks ----------

/** NPV and its ρ-derivative, ρ = ln(1+r), scaled by e^(Tρ) below r = 0 so nothing overflows. */
function npvAt(values: number[], times: Float64Array, rho: number): [number, number] {
  const shift = rho >= 0 ? 0 : times[times.length - 1];
  let npv = 0;
  let slope = 0;
  for (let i = 0; i < values.length; i++) {
    const term = values[i] * Math.exp((shift - times[i]) * rho);
    npv += term;
    slope -= times[i] * term;
  }
  return [npv, slope];
}

/**
 * A returned rate counts as solved when one Newton step from it on the NPV moves it by ≤ 1e-8: a
 * residual test in rate units, which stays meaningful for rates near −100%.
 */
function isRoot(values: number[], times: Float64Array, r: unknown): r is number {
  if (typeof r !== "number" || !Number.isFinite(r) || r <= -1) return false;
  const [npv, slope] = npvAt(values, times, Math.log1p(r));
  return npv === 0 || Math.abs((1 + r) * (npv / slope)) <= 1e-8;
}

/** Sign changes of the NPV on a grid of 0.002 in ln(1+r) over (−0.9999, 1e6): approximate roots. */
function gridRoots(values: number[], times: Float64Array): number[] {
  const roots: number[] = [];
  let last = 0;
  for (let rho = Math.log(1e-4); rho <= Math.log1p(1e6); rho += 0.002) {
    const s = Math.sign(npvAt(values, times, rho)[0]);
    if (s !== 0 && last !== 0 && s !== last) roots.push(Math.expm1(rho - 0.001));
    if (s !== 0) last = s;
  }
  return roots;
}

/** Whether r is (within grid resolution) the grid root nearest the guess 0.1, or lies below the grid. */
function isNearestToGuess(values: number[], times: Float64Array, r: number): boolean {
  const roots = gridRoots(values, times);
  if (roots.length === 0) return r < -0.9999;
  const nearest = roots.reduce((a, b) => (Math.abs(b - 0.1) < Math.abs(a - 0.1) ? b : a));
  return Math.abs(r - 0.1) <= Math.abs(nearest - 0.1) + 0.003 * (1 + Math.abs(nearest));
}

// ---------- runs ----------

function attempt(solve: Solver, values: number[], times: Float64Array): unknown {
  try {
    return solve(values, times);
  } catch {
    return undefined;
  }
}

/** Series per second over whole passes, repeated until at least MIN_TIMED_MS have run. */
function throughput(solve: Solver, series: number[][], times: Float64Array): number {
  const warm = series.slice(0, 1_000);
  for (const v of warm) attempt(solve, v, times);
  let passes = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const v of series) attempt(solve, v, times);
    passes++;
    elapsed = performance.now() - start;
  } while (elapsed < MIN_TIMED_MS);
  return (series.length * passes) / (elapsed / 1000);
}

interface Comparison {
  name: string;
  oursOps: number;
  theirsOps: number;
  rooted: number;
  oursUnsolved: number;
  theirsUnsolved: number;
  oursBogus: number;
  theirsBogus: number;
  maxDiff: number;
  /** Both solved but picked different roots of a multi-root series. */
  otherRoot: number;
  oursNearest: number;
}

function compare(name: string, ours: Solver, theirs: Solver, series: number[][], times: Float64Array): Comparison {
  const result: Comparison = {
    name, oursOps: 0, theirsOps: 0, rooted: 0, oursUnsolved: 0, theirsUnsolved: 0, oursBogus: 0, theirsBogus: 0, maxDiff: 0, otherRoot: 0, oursNearest: 0,
  };
  for (const v of series) {
    const a = attempt(ours, v, times);
    const b = attempt(theirs, v, times);
    const aOk = isRoot(v, times, a);
    const bOk = isRoot(v, times, b);
    const rooted = aOk || bOk || gridRoots(v, times).length > 0;
    if (rooted) result.rooted++;
    if (rooted && !aOk) result.oursUnsolved++;
    if (rooted && !bOk) result.theirsUnsolved++;
    // A number handed back that is not a rate of return (no error raised).
    if (typeof a === "number" && !aOk) result.oursBogus++;
    if (typeof b === "number" && !bOk) result.theirsBogus++;
    if (aOk && bOk) {
      const diff = Math.abs(a - b);
      // Far apart and both roots: a series with several rates of return, where each picked another.
      if (diff > 1e-6) {
        result.otherRoot++;
        if (isNearestToGuess(v, times, a)) result.oursNearest++;
      } else {
        result.maxDiff = Math.max(result.maxDiff, diff);
      }
    }
  }
  result.oursOps = throughput(ours, series, times);
  result.theirsOps = throughput(theirs, series, times);
  return result;
}

// ---------- Monte Carlo ----------

function monteCarloTiming() {
  const costs: CostItem[] = [
    { category: "purchase", kind: "one_time", amountCents: 4_000_000, startMonth: 0 },
    { category: "implementation", kind: "one_time", amountCents: 2_500_000, startMonth: 1 },
    { category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 180_000, startMonth: 0, annualUpliftPct: 9 },
    { category: "maintenance", kind: "recurring", frequency: "annual", amountCents: 500_000, startMonth: 12 },
  ];
  const benefits: BenefitItem[] = [
    { category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 420_000, startMonth: 3, rampUpMonths: 6, confidence: 0.8 },
    { category: "revenue_increase", kind: "recurring", frequency: "monthly", amountCents: 150_000, startMonth: 6, rampUpMonths: 12, confidence: 0.6 },
  ];
  const input = {
    costs, benefits, horizonMonths: MONTHS, annualDiscountRate: 0.1, draws: 10_000, seed: SEED,
    benefitMultiplier: { min: 0.6, mode: 1, max: 1.2 },
    costMultiplier: { min: 0.9, mode: 1, max: 1.4 },
    delayMonths: { min: 0, mode: 1, max: 6 },
  };
  for (let i = 0; i < 20; i++) monteCarloNpv(input);
  const times: number[] = [];
  let result = monteCarloNpv(input);
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    result = monteCarloNpv(input);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return { median: times[times.length >> 1], result };
}

// ---------- report ----------

const fmtOps = (x: number) => Math.round(x).toLocaleString("en-US").padStart(10);
const fmtRate = (x: number) => x.toExponential(1);
const money = (cents: number) => (cents / 100).toLocaleString("en-US", { maximumFractionDigits: 0 });

const series = generateSeries(COUNT, SEED);
const rows = [
  compare("IRR", (v) => irr(v), (v) => formulajs.IRR(v), series, periodTimes),
  compare("XIRR", (v) => xirr(v, dates), (v) => formulajs.XIRR(v, dates), series, yearTimes),
];

console.log(`Finance bench: ${COUNT.toLocaleString("en-US")} seeded ${MONTHS}-month series (seed ${SEED}), Node ${process.versions.node}, guess 0.1`);
console.log("      ops/s ours  ops/s formulajs  speed-up | rooted  unsolved ours/fjs  non-root returned ours/fjs | max |Δ| same root  other root picked (ours nearest)");
for (const r of rows) {
  console.log(
    [
      r.name.padEnd(4),
      fmtOps(r.oursOps),
      fmtOps(r.theirsOps).padStart(15),
      `${(r.oursOps / r.theirsOps).toFixed(1)}×`.padStart(9),
      "|",
      String(r.rooted).padStart(6),
      `${r.oursUnsolved} / ${r.theirsUnsolved}`.padStart(18),
      `${r.oursBogus} / ${r.theirsBogus}`.padStart(26),
      "|",
      fmtRate(r.maxDiff).padStart(17),
      `${r.otherRoot} (${r.oursNearest})`.padStart(33),
    ].join(" "),
  );
}
const mc = monteCarloTiming();
console.log(
  `Monte Carlo  10,000 draws × ${MONTHS} months: ${mc.median.toFixed(2)} ms (median of 30)  ` +
    `NPV P10 ${money(mc.result.p10Cents)} / P50 ${money(mc.result.p50Cents)} / P90 ${money(mc.result.p90Cents)}, P(NPV > 0) = ${(mc.result.probabilityPositive * 100).toFixed(1)}%`,
);
const pass = rows.every((r) => r.oursOps >= 3 * r.theirsOps && r.oursUnsolved === 0 && r.maxDiff <= 1e-9) && mc.median < 100;
console.log(`Goals (≥ 3× throughput, every rooted series solved, |Δ| ≤ 1e-9, Monte Carlo < 100 ms): ${pass ? "met" : "NOT met"}`);
