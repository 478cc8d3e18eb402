/** Techfolio's finance engine: pure functions, no I/O. Every figure the app shows comes from here. */
export { FinanceError } from "./errors";
export { roundHalfEven, monthlyRate, annualizeMonthlyRate } from "./money";
export {
  roi,
  annualizedReturnOnAutomation,
  weightedScore,
  npv,
  irr,
  xnpv,
  xirr,
  mirr,
} from "./returns";
export { paybackPeriod, discountedPaybackPeriod } from "./payback";
export {
  buildCashFlows,
  rawCashFlows,
  roundSeries,
  MAX_HORIZON_MONTHS,
  type CostItem,
  type BenefitItem,
  type ScenarioAdjustment,
} from "./cashflow";
export { tco } from "./tco";
export { evaluateInvestment, evaluateFlows, monthlyNpv, startsWithOutlay, type InvestmentSummary, type FlowFigures } from "./investment";
export {
  attainment,
  rag,
  weightedMean,
  perspectiveScore,
  overallScore,
  scorecard,
  RAG_THRESHOLDS,
  type Direction,
  type Rag,
} from "./scorecard";
export {
  nps,
  csat,
  ces,
  churnRate,
  retentionRate,
  cltv,
  cac,
  cltvToCac,
  processAutomationRate,
  adoptionRate,
  uptime,
  mtbf,
  mttr,
  availability,
} from "./cx";
export {
  alignmentScore,
  portfolioAlignment,
  riskScore,
  expectedLossAvoided,
  riskAdjustedValue,
  timeQuadrant,
  timeScores,
  TIME_RULES,
  type TimeInput,
  type TimeQuadrant,
} from "./strategy";
export { mulberry32, triangular, pertDraw, type Random, type ThreePoint } from "./random";
export {
  pertEstimate,
  threePointMean,
  monteCarloNpv,
  simulateNpv,
  npvModel,
  type MonteCarloInput,
} from "./uncertainty";
export {
  linearTrend,
  forecastLinear,
  holt,
  forecastHolt,
  onTrack,
  monthsBetween,
  meetsTarget,
  type Forecast,
} from "./forecast";
export { explain } from "./explain";
export { quantileSorted, tQuantile } from "./stats";
export { welchTTest, sampleMean, sampleVariance } from "./welch";
export { optimizeBudget, naiveByRoi, proposalValue, OPTIMIZER_DEFAULT_MAX_NODES, type Proposal, type Objective, type BudgetPlan, type LeftOutReason } from "./optimizer";
export { attributionShares, splitCents, TIME_DECAY_HALF_LIFE_MONTHS, type AttributionClaim } from "./attribution";
export { directedChange, realisedBenefitCents, realisedParts, type RealisedClaim } from "./realised";
