import type { BenefitItem, CostItem, Goal, Investment, Risk, ScoringFactor } from "@/db/schema";
import type { InvestmentSummary, TimeQuadrant } from "@/lib/finance";

/** What a technology still lacks for its figures to be trusted. */
export const completenessGaps = ["owner", "benefit", "goal", "risk"] as const;
export type CompletenessGap = (typeof completenessGaps)[number];

/** One technology with every figure the portfolio table shows; computed on the server from its items. */
export type PortfolioRow = {
  id: string;
  name: string;
  vendor: string;
  category: Investment["category"];
  status: Investment["status"];
  valueChainActivity: Investment["valueChainActivity"];
  ownerName: string | null;
  goLiveDate: string | null;
  usefulLifeMonths: number;
  version: number;
  /** Recurring costs active in the last complete month, annualised (monthly × 12 + annual); 0 unless in use. */
  annualRunRateCents: number;
  /** Total cost of ownership over the analysis horizon (see `horizon` in metrics.ts). */
  tcoCents: number;
  roi: number | null;
  /** NPV at the technology's own start, every benefit at its full amount (the plan). */
  npvCents: number;
  /** The same NPV with each benefit × its confidence. */
  riskAdjustedNpvCents: number;
  irrAnnual: number | null;
  paybackMonths: number | null;
  /** 0–100; null when the technology serves no goal. */
  alignmentScore: number | null;
  /** Highest open risk, likelihood × impact (1–25); null when no risk is assessed. */
  riskScore: number | null;
  /** Only for technologies in use (approved, implementing, live): proposals and retired ones are off the TIME map. */
  timeQuadrant: TimeQuadrant | null;
  /** The TIME map's axes, 0–100: business value (alignment, ROI) and cost & risk (relative cost, risk). */
  businessValue: number;
  costRisk: number;
  /** Annualised TCO ÷ the mean of the technologies in use (1 = average): the TIME map's cost driver. */
  relativeCost: number;
  missing: CompletenessGap[];
  /** The next renewal of a recurring cost, with the last day to give notice. */
  nextRenewal: { date: string; noticeDeadline: string | null } | null;
};

/** Everything the detail and edit pages need about one technology. */
export type TechnologyDetail = {
  row: PortfolioRow;
  investment: Investment;
  costs: CostItem[];
  benefits: BenefitItem[];
  risks: Risk[];
  factors: ScoringFactor[];
  /** Every goal of the workspace, with this technology's strength (0 when not aligned). */
  alignments: { goalId: string; title: string; perspective: Goal["perspective"]; weight: number; strength: number }[];
  /** First month of the cash-flow timeline ('YYYY-MM-01'); month offsets count from here. */
  originMonth: string;
  horizonMonths: number;
  annualDiscountRate: number;
  summary: InvestmentSummary;
  /** Σ weight/100 × score of the scoring factors; null when there are none or weights do not sum to 100. */
  weightedScore: number | null;
};
