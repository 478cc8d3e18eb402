/**
 * Budget optimizer benchmark: seeded sets of 60 SMB proposals (costs €1k–€80k, risk-adjusted NPV
 * −€20k..+€150k correlated with cost, budget ≈ 40% of the total cost), timed over 200 runs per
 * objective, with the value gained over the naive "highest ROI first" pick; then a few adversarial
 * families (equal value density, i.e. subset sums) to show they finish or fail loudly.
 * Run: npx tsx bench/optimizer.ts
 */
import { FinanceError, mulberry32, naiveByRoi, optimizeBudget, type Objective, type Proposal, type Random } from "../lib/finance";

const SEED = 20_240_601;
const RUNS = 200;
const SIZE = 60;
const WARM_UP = 20;

function normal(rand: Random): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Costs in whole euros; NPV ≈ cost × a return multiple, plus noise; ROI is the undiscounted, un-risk-adjusted view of it. */
function proposals(rand: Random): Proposal[] {
  return Array.from({ length: SIZE }, (_, i) => {
    const costEuros = Math.round(1_000 * Math.exp(rand() * Math.log(80)));
    const multiple = 0.6 + 0.9 * normal(rand);
    const npvEuros = Math.max(-20_000, Math.min(150_000, Math.round(costEuros * multiple + 8_000 * normal(rand))));
    const roi = (npvEuros * (1.2 + 0.4 * rand()) + 5_000 * normal(rand)) / costEuros;
    return {
      id: `t${i}`,
      costCents: costEuros * 100,
      npvCents: npvEuros * 100,
      roi: rand() < 0.05 ? null : roi,
      alignmentScore: rand() < 0.1 ? null : Math.round(rand() * 100),
    };
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const euros = (cents: number) => `€${Math.round(cents / 100).toLocaleString("en-US")}`;

function run(objective: Objective) {
  const rand = mulberry32(SEED);
  const sets = Array.from({ length: RUNS }, () => {
    const list = proposals(rand);
    return { list, budget: Math.round(0.4 * list.reduce((s, p) => s + p.costCents, 0)) };
  });
  for (const { list, budget } of sets.slice(0, WARM_UP)) optimizeBudget(list, budget, objective);
  const times: number[] = [];
  const nodes: number[] = [];
  const gains: number[] = [];
  const gainShares: number[] = [];
  let beaten = 0;
  for (const { list, budget } of sets) {
    const t = performance.now();
    const plan = optimizeBudget(list, budget, objective);
    times.push(performance.now() - t);
    nodes.push(plan.nodesExplored);
    const naive = naiveByRoi(list, budget, objective);
    gains.push(plan.totalValue - naive.totalValue);
    gainShares.push(naive.totalValue > 0 ? (plan.totalValue - naive.totalValue) / naive.totalValue : 0);
    if (plan.totalValue > naive.totalValue) beaten++;
  }
  for (const xs of [times, nodes, gains, gainShares]) xs.sort((a, b) => a - b);
  console.log(
    `${objective.padEnd(18)} time p50 ${quantile(times, 0.5).toFixed(2)} ms  p95 ${quantile(times, 0.95).toFixed(2)} ms  max ${times[times.length - 1].toFixed(2)} ms` +
      ` | nodes p50 ${quantile(nodes, 0.5)}  max ${nodes[nodes.length - 1]}` +
      ` | gain over naive: median ${euros(quantile(gains, 0.5))} (${(100 * quantile(gainShares, 0.5)).toFixed(1)}%), max ${euros(gains[gains.length - 1])}, better in ${beaten}/${RUNS}`,
  );
  return quantile(times, 0.95);
}

/** Equal value density: every proposal worth its cost, so the bound cannot tell plans apart. */
function adversarial(name: string, makeCost: (rand: Random) => number, budgetShare: number) {
  const rand = mulberry32(SEED);
  const list: Proposal[] = Array.from({ length: SIZE }, (_, i) => {
    const cost = makeCost(rand);
    return { id: `a${i}`, costCents: cost, npvCents: cost, roi: 1, alignmentScore: 50 };
  });
  const budget = Math.round(budgetShare * list.reduce((s, p) => s + p.costCents, 0)) | 1;
  const t = performance.now();
  try {
    const plan = optimizeBudget(list, budget, "npv");
    console.log(`  ${name.padEnd(44)} ${(performance.now() - t).toFixed(1).padStart(7)} ms  ${String(plan.nodesExplored).padStart(8)} nodes, ${plan.budgetLeftCents} cents left, ${plan.leftOut.filter((l) => l.reason === "better_combination" && l.valueLost === undefined).length} what-ifs cut short`);
  } catch (e) {
    if (!(e instanceof FinanceError)) throw e;
    console.log(`  ${name.padEnd(44)} ${(performance.now() - t).toFixed(1).padStart(7)} ms  ${e.code}: ${e.message}`);
  }
}

console.log(`Budget optimizer bench: ${RUNS} seeded sets of ${SIZE} proposals (seed ${SEED}), budget 40% of total cost, Node ${process.versions.node}`);
const p95 = Math.max(run("npv"), run("alignment_weighted"));
console.log("Adversarial, equal value density (value = cost), odd budget ≈ 40%:");
adversarial("whole euros €1k–€80k", (r) => 100 * (1_000 + Math.floor(r() * 79_000)), 0.4);
adversarial("odd cents €1k–€80k", (r) => 2 * Math.floor(r() * 4_000_000) + 100_001, 0.4);
adversarial("whole thousands, even, odd budget", (r) => 200_000 * (1 + Math.floor(r() * 40)), 0.4);
console.log(`Goal (p95 < 50 ms on typical sets): ${p95 < 50 ? "met" : "NOT met"}`);
