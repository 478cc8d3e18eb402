/**
 * The shape of one demo client, written in readable units (major currency units, months relative to
 * the seed's as-of month); build.ts turns it into table rows.
 */
import type { Locale } from "@/lib/format/locales";
import type {
  benefitCategories,
  costCategories,
  factorKinds,
  investmentCategories,
  investmentStatuses,
  kpiDirections,
  kpiUnits,
  Perspective,
  riskStatuses,
  riskTypes,
  scenarioKinds,
  sizeBands,
  valueChainActivities,
} from "../schema";

type Of<T extends readonly string[]> = T[number];

/** Dates relative to the as-of month (offset 0 = the as-of month, −1 = the last complete month). */
export type Calendar = {
  /** First day of the month `offset` months from the as-of month, as 'YYYY-MM-01'. */
  month(offset: number): string;
  /** A given day of that month, as 'YYYY-MM-DD'. */
  day(offset: number, dayOfMonth: number): string;
  /** Human label of that month, e.g. "March 2026". */
  label(offset: number): string;
};

export type CostSpec = {
  category: Of<typeof costCategories>;
  description: string;
  kind: "one_time" | "recurring";
  frequency: "monthly" | "annual" | null;
  amount: number; // major units
  start: number; // month offset
  end?: number;
  renewal?: { date: string; noticeDays: number; upliftPct: number };
};

export type Calculator =
  | { type: "labour"; hoursPerMonth: number; hourlyRateCents: number }
  | { type: "cx_deflection"; contactsPerMonth: number; assistedCostCents: number; automatedCostCents: number }
  | { type: "risk"; probability: number; impactCents: number }
  | { type: "proxy"; description: string };

export type BenefitSpec = {
  category: Of<typeof benefitCategories>;
  description: string;
  kind: "one_time" | "recurring";
  frequency: "monthly" | "annual" | null;
  amountCents: number;
  start: number;
  end?: number;
  rampUpMonths: number;
  confidence: number;
  calculator: Calculator;
  /** The KPI whose change measures this benefit, and what one unit of change is worth a month (major units). */
  kpi?: { name: string; valuePerUnit: number };
};

export type RiskSpec = {
  type: Of<typeof riskTypes>;
  title: string;
  likelihood: number;
  impact: number;
  mitigation: string;
  status: Of<typeof riskStatuses>;
};

/** [name, weight %, score 1–5, kind]; one investment's weights sum to exactly 100. */
export type FactorSpec = [name: string, weight: number, score: number, kind: Of<typeof factorKinds>];

export type InvestmentSpec = {
  key: string;
  name: string;
  vendor: string;
  category: Of<typeof investmentCategories>;
  activity: Of<typeof valueChainActivities>;
  status: Of<typeof investmentStatuses>;
  goLive: string | null;
  usefulLifeMonths: number;
  ownerName: string;
  notes: string;
  costs: CostSpec[];
  benefits: BenefitSpec[];
  risks: RiskSpec[];
  factors: FactorSpec[];
  /** Goal key → strength 0–5. */
  align: Record<string, number>;
};

export type GoalSpec = {
  key: string;
  title: string;
  perspective: Perspective;
  targetText: string;
  weight: number;
  targetDate: string;
};

export type KpiSpec = {
  name: string;
  perspective: Perspective;
  unit: Of<typeof kpiUnits>;
  direction: Of<typeof kpiDirections>;
  baseline: number;
  target: number;
  targetDate: string;
  investment?: string;
  goal?: string;
  /** Expected value at month offsets (piecewise linear, flat beyond the ends); noise is added on top. */
  path: [offset: number, value: number][];
  /** Standard deviation of the month-to-month noise. */
  noise: number;
  /** How many monthly values, ending at offset −1 (default: the client's history). */
  months?: number;
  integer?: boolean;
  min?: number;
  max?: number;
};

export type ScenarioSpec = {
  name: string;
  kind: Of<typeof scenarioKinds>;
  investment: string | null;
  benefitMultiplier: number;
  costMultiplier: number;
  delayMonths: number;
  adoptionRate: number;
};

/** [from investment key, to investment key, what flows]: `from` sends data to `to`, which depends on it. */
export type IntegrationSpec = [from: string, to: string, description: string];

export type ClientSpec = {
  org: {
    slug: string;
    name: string;
    industry: string;
    sizeBand: Of<typeof sizeBands>;
    employees: number;
    currency: string;
    locale: Locale;
    discountRate: string;
    fiscalYearStartMonth: number;
  };
  /** Months of KPI history; the workspace was onboarded at the start of it. */
  historyMonths: number;
  goals: GoalSpec[];
  investments: InvestmentSpec[];
  kpis: KpiSpec[];
  scenarios: ScenarioSpec[];
  /** The integration map; technologies left out are silos. */
  integrations?: IntegrationSpec[];
  /** Benefits entered as money month by month: [month offset, amount in major units]. */
  actualBenefits?: ActualBenefitSpec[];
};

export type ActualBenefitSpec = { investment: string; description: string; months: [offset: number, amount: number][] };

// ---- helpers for writing cost and benefit lines --------------------------------------------------

const cents = (major: number) => Math.round(major * 100);

type CostCategory = CostSpec["category"];
type CostExtra = { end?: number; renewal?: CostSpec["renewal"] };

export const cost = {
  oneTime: (category: CostCategory, description: string, amount: number, start: number): CostSpec => ({
    category, description, kind: "one_time", frequency: null, amount, start,
  }),
  monthly: (category: CostCategory, description: string, amount: number, start: number, extra: CostExtra = {}): CostSpec => ({
    category, description, kind: "recurring", frequency: "monthly", amount, start, ...extra,
  }),
  annual: (category: CostCategory, description: string, amount: number, start: number, extra: CostExtra = {}): CostSpec => ({
    category, description, kind: "recurring", frequency: "annual", amount, start, ...extra,
  }),
};

type BenefitOptions = { ramp?: number; confidence?: number; end?: number; kpi?: BenefitSpec["kpi"] };
const opts = (o: BenefitOptions) => ({ rampUpMonths: o.ramp ?? 0, confidence: o.confidence ?? 1, end: o.end, ...(o.kpi ? { kpi: o.kpi } : {}) });

export const benefit = {
  /** Hours saved per month × loaded hourly rate; a monthly amount. */
  labour: (description: string, hoursPerMonth: number, hourlyRate: number, start: number, o: BenefitOptions = {}): BenefitSpec => {
    const hourlyRateCents = cents(hourlyRate);
    return {
      category: "labour_savings", description, kind: "recurring", frequency: "monthly",
      amountCents: Math.round(hoursPerMonth * hourlyRateCents), start, ...opts(o),
      calculator: { type: "labour", hoursPerMonth, hourlyRateCents },
    };
  },
  /** Contacts moved from assisted to self-service per month × the cost difference; a monthly amount. */
  cxDeflection: (description: string, contactsPerMonth: number, assistedCost: number, automatedCost: number, start: number, o: BenefitOptions = {}): BenefitSpec => {
    const assistedCostCents = cents(assistedCost);
    const automatedCostCents = cents(automatedCost);
    return {
      category: "cost_reduction", description, kind: "recurring", frequency: "monthly",
      amountCents: contactsPerMonth * (assistedCostCents - automatedCostCents), start, ...opts(o),
      calculator: { type: "cx_deflection", contactsPerMonth, assistedCostCents, automatedCostCents },
    };
  },
  /** Probability × impact of the loss avoided, per year. */
  risk: (description: string, probability: number, impact: number, start: number, o: BenefitOptions = {}): BenefitSpec => {
    const impactCents = cents(impact);
    return {
      category: "risk_reduction", description, kind: "recurring", frequency: "annual",
      amountCents: Math.round(probability * impactCents), start, ...opts(o),
      calculator: { type: "risk", probability, impactCents },
    };
  },
  /** A financial proxy for a benefit with no direct formula (revenue uplift, intangible). */
  proxy: (
    category: BenefitSpec["category"], description: string, amount: number, frequency: "monthly" | "annual",
    start: number, proxyDescription: string, o: BenefitOptions = {},
  ): BenefitSpec => ({
    category, description, kind: "recurring", frequency, amountCents: cents(amount), start, ...opts(o),
    calculator: { type: "proxy", description: proxyDescription },
  }),
};
