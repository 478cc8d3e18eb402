/** Techfolio's finance engine: pure functions, no I/O. Every figure the app shows comes from here. */
export { FinanceError, type FinanceErrorCode } from "./errors";
export { roundHalfEven, monthlyRate, annualizeMonthlyRate } from "./money";
export { SOLVER } from "./solver";
export {
  roi,
  annualizedReturnOnAutomation,
  weightedScore,
  npv,
  irr,
  xnpv,
  xirr,
  mirr,
  type AutomationInput,
  type ScoringFactor,
} from "./returns";
export { paybackPeriod, discountedPaybackPeriod } from "./payback";
export {
  buildCashFlows,
  rawCashFlows,
  shiftSeries,
  roundSeries,
  MAX_HORIZON_MONTHS,
  type CostItem,
  type BenefitItem,
  type ItemKind,
  type Frequency,
  type ScenarioAdjustment,
  type CashFlowInput,
  type CashFlowSeries,
  type RawCashFlows,
} from "./cashflow";
export { tco, type TcoBreakdown, type TcoOptions } from "./tco";
export { evaluateInvestment, evaluateFlows, monthlyNpv, startsWithOutlay, type InvestmentInput, type InvestmentSummary, type FlowFigures } from "./investment";
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
  type Perspective,
  type AttainmentInput,
  type KpiScoreInput,
  type PerspectiveScore,
  type ScorecardResult,
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
  type Alignment,
  type PortfolioAlignmentInput,
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
  type ThreePointEstimate,
  type MonteCarloInput,
  type MonteCarloResult,
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
  type LinearTrend,
  type HoltFit,
  type OnTrackInput,
  type OnTrackResult,
} from "./forecast";
export { explain, type Explanation } from "./explain";
export { quantileSorted, tQuantile } from "./stats";
export { welchTTest, sampleMean, sampleVariance, type WelchResult } from "./welch";
export { optimizeBudget, naiveByRoi, proposalValue, OPTIMIZER_DEFAULT_MAX_NODES, type Proposal, type Objective, type BudgetPlan, type LeftOut, type LeftOutReason, type OptimizeOptions } from "./optimizer";
