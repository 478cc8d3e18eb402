// @ts-check
/**
 * Mutation testing of lib/finance: `npm run test:mutation` (by hand, not in CI; ~24 min on 2 cores at concurrency 2,
 * about 50 min at concurrency 1; 2,940 mutants).
 * Reports: reports/mutation/mutation.html and mutation.json. One file alone is much faster:
 * `npx stryker run --mutate lib/finance/solver.ts --concurrency 1`.
 *
 * Surviving mutants that cannot change any observable result (equivalent), or change only what no
 * test can pin independently; file:line as Stryker reports them. Everything else should be killed.
 *
 * solver.ts
 * - 46 `o <= 2 * RHO_LIMIT`: o = 0.02·1.1^k never equals 80 exactly.
 * - 78 `h >= 0`, 79 `h <= 0`: h === 0 has returned on the line before.
 * - 104 `root <= guess`: root === guess has returned true above.
 * - 106 "above" → "": rootBound reads every side but "below" as "above"; its only other branch
 *   (a ≤ −1) is unreachable, as the root is above −100%.
 * - 127 `side.i < 0` → false: OFFSETS[−1] is undefined, so an exhausted side's reach is NaN instead
 *   of Infinity, and `NaN <= …` is false like `Infinity <= …` while the other side is still scanning.
 * - 169 `reach(upper) < reach(lower)`: the two sides' next points are never exactly as far from the
 *   guess (expm1 is convex).
 * - 137 `> bestDist`: the last point is exactly bestDist away only at the guess with maxDist 0, which
 *   solveRate never asks for.
 * - 145 the six mutants of `side.i + 1 >= OFFSETS.length`: OFFSETS reach 2·RHO_LIMIT = 80 in ln(1+r),
 *   more than the bracket is wide (≈ 23), so the clamp to the bracket always ends a side first.
 * - 147 `h === 0` → false: Math.sign(0) differs from the previous point's non-zero sign anyway.
 * - 148 `h === 0 ? rho : brent(…)` → brent: with fb = 0 Brent returns b = rho without evaluating.
 * - 177 `dist <= bestDist`: only an exact tie between the Newton root and a scanned root (unordered).
 * - 149 `exhausted = false`: that side stops on its next turn, its last point being past the root.
 * - 179 `|m| < tol`, 180 `|e| > tol`, 193 `2p <= …`, 203 `|d| >= tol`: exact floating-point ties.
 * - 203 `m >= 0`: m = 0 means b = c, converged on the line before.
 * - 180 `|fa| > |fb|` → true / `>=`: interpolating after a step that did not reduce |f|; the
 *   acceptance test then rejects it. 191 `p >= 0`: p = 0 only when fb = 0 (returned). 193
 *   `3mq + |tol·q|`: moves the acceptance bound by tol·q. No sequence difference for any of these on
 *   20,000 random equations (smooth, steep, stairs, wiggles) against the unmutated solver.
 * rate-equation.ts
 * - 60 the four mutants of `pin === 0 || pout === 0`: a side that is 0 has derivative 0 too, so
 *   din/pin or dout/pout is 0/0 = NaN and the step is NaN without the guard.
 * - 92 and 144 `rho > 0`, 111 and 164 `a > 0`: at 0 every factor is 1 on both branches (92 only sums
 *   in the other order).
 * - 94 and 148 `term >= 0`: a zero term adds 0 to either side.
 * - 139 `i <= n`, 165 `i <= v.length`: writes past the end of a Float64Array are ignored.
 * optimizer.ts
 * - 155 `cost === 0` → false: value/0 = Infinity for the candidates (value > 0).
 * - 156 `a.index + b.index`, 386 `a + b` and `ra === rb` → false: tie comparators; V8's sort is stable
 *   and keeps input order for a comparator that is ≥ 0 on ties, as the original's is.
 * - 180 `k <= m`, 267 `j <= m`: writes past the end (Float64Array; an index ≥ m nobody reads).
 * - 192 and 256 `new Array()`: undefined and false are both falsy wherever cur/bestTake are read.
 * - 199 `take[k] = false`: the search always finds a plan worth best + 1 (the seed's) and
 *   overwrites bestTake.
 * - 222 `gap < 0` / false: with gap ≤ 0, `without < gap` is false (without ≥ 0): never pruned.
 * - 225 `cost[b − 1] > 0` → true / `>= 0`: with a free item the fraction is −Infinity either way.
 * - 226 `without <= gap`, `withIt <= gap`: the margins (1 ± 1e-12) make an exact tie with an
 *   integer gap impossible in practice.
 * - 235 `seen !== undefined` → true: `undefined >= val` is false.
 * - 236 true / `<=`, 237 (four mutants): the memo's size cap, reached only past 2^18 entries; no test
 *   searches that long. 196 `[true, true]`: the what-if seed is not topped up with proposals outside
 *   the plan; fewer nodes saved, same answers. Both change only nodesExplored, by amounts no
 *   independent reference gives (the seed's effect is pinned by a hand-traced case instead).
 * - 290 join("Stryker was here!") on at most one name.
 * - 350 true, 351 {}, 353 (three), 354 true: once a what-if has run out of nodes, every later
 *   what-if throws NO_CONVERGENCE at its first node, and nothing else can be thrown there.
 * investment.ts
 * - 101 −0.9 → +0.9: unreachable guess; from −50% a negative root, when there is one, is always
 *   nearer than any positive root.
 * - 103 `rate === null` → false: the next guesses fail the same way (the series is unchanged).
 * - 104 `rate >= 0` (profitable: the sum is > 0, so 0% is no root), 104 `rate < 0` (an IRR of exactly
 *   0 from a loss: rounding leaves a few ulps either side).
 * - 111 `i <= net.length`, `net[i] <= 0`: reached only after the loop / with net[i] !== 0.
 * - 119 NO_CONVERGENCE → false / "": Brent's limit is not reached by an NPV (see the adversarial
 *   test in solver-policy.test.ts).
 * cashflow.ts
 * - 101 true / `start <= horizon`, 104 and 112 `horizon + 1`, 141 `m <= out.length`, 184
 *   `m <= benefits.length`: months past the horizon land past the end of a Float64Array.
 * - 123 `kind === "recurring"` → true: a one-time item has k = 0, growth^0 = 1.
 * - 186 `f.delay > 0` → true / `>=`: shiftSeries by 0 returns the same values.
 * forecast.ts
 * - 30 (seven mutants of requireLevel): tQuantile checks the level again, with the same message.
 * - 44 `i + meanX`, `values[i] + meanY`: Σ(x − x̄) = 0 and Σ(y − ȳ) = 0, so Sxy is unchanged.
 * - 100 `sse <= best.sse`: on an exact tie of SSEs (a straight line) the last grid pair is reported
 *   instead of the first; the forecast is the same and the tie-break is not specified.
 * stats.ts
 * - 24, 25, 50, 57 comparison boundaries: both sides agree there to the approximation's accuracy.
 * - 53 (six mutants), 54 (two): Hill's small-df correction terms move t by ≤ 1.4e-5 (relative),
 *   within the method's own error against exact quantiles (1.5e-5 at df = 3): not equivalent, but no
 *   reference-based test can tell them apart without fitting to this implementation's output.
 * random.ts
 * - 42 `u <= split`: at u = split both branches give the mode. 59 `v < 0`: v = 0 exactly.
 * - 62 false: the squeeze is a fast path of the exact test on line 63, which accepts the same draws.
 *   62, 63 `<=`: exact ties with a continuous uniform.
 * uncertainty.ts
 * - 111 `k <= cap && k < h` (four mutants: either bound dropped, `||`, `k <= h`): a shift at or past a
 *   stream's horizon adds an empty sum (0), and a PV past cap + 1 lands past the end of the Float64Array;
 *   the one at cap + 1 is only ever weighted by 0 (the delay is capped at cap).
 * errors.ts 30, 38 `typeof … !== "number"` → false: Number.isFinite is false for non-numbers anyway.
 * scorecard.ts 31 `<=`, `>=`: target === baseline has returned above.
 * strategy.ts 139 `roi * roiForFullMarks`: it is 1.
 * tco.ts 40 `new Array()`: every cell is assigned before it is read.
 * returns.ts 61 `>= 1e-9`: |weights − 100| is a multiple of ulp(100), never exactly the double 1e-9.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.finance.config.ts", related: false },
  mutate: ["lib/finance/**/*.ts", "!lib/finance/**/*.test.ts", "!lib/finance/testing.ts", "!lib/finance/reference/**"],
  // The sandbox gets only what the finance tests need (not .next, .data, ...).
  ignorePatterns: ["/*", "!/lib", "/lib/*", "!/lib/finance", "!/vitest.finance.config.ts", "!/package.json", "!/tsconfig.json"],
  coverageAnalysis: "perTest",
  concurrency: 2,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // Outside the working tree, so `tsc` (tsconfig includes **/*.ts) and other tools never see the sandbox.
  tempDirName: "/tmp/stryker-techfolio",
  thresholds: { high: 90, low: 80, break: null },
};

export default config;
