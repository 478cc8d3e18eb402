/** The domain's fixed value lists, free of any database code so the browser can use them too. */
export const roles = ["owner", "admin", "member", "viewer"] as const;
export const sizeBands = ["micro", "small", "medium", "large"] as const;
export const perspectives = ["financial", "customer", "internal_process", "learning_growth"] as const;
export const investmentCategories = [
  "crm",
  "erp",
  "ecommerce",
  "marketing_automation",
  "cx_automation",
  "process_automation",
  "cybersecurity",
  "cloud_infrastructure",
  "collaboration",
  "analytics_bi",
  "hardware",
  "other",
] as const;
/** Porter's value chain: five primary activities, four support activities. */
export const valueChainActivities = [
  "inbound_logistics",
  "operations",
  "outbound_logistics",
  "marketing_sales",
  "service",
  "firm_infrastructure",
  "hr_management",
  "technology_development",
  "procurement",
] as const;
export const investmentStatuses = ["proposed", "approved", "implementing", "live", "retired"] as const;
export const costCategories = [
  "licence",
  "implementation",
  "integration",
  "training",
  "subscription",
  "maintenance",
  "infrastructure",
  "internal_staff",
  "decommissioning",
] as const;
export const benefitCategories = [
  "labour_savings",
  "revenue_increase",
  "cost_reduction",
  "risk_reduction",
  "intangible",
] as const;
export const itemKinds = ["one_time", "recurring"] as const;
export const frequencies = ["monthly", "annual"] as const;
export const riskTypes = ["implementation", "obsolescence", "security", "integration", "vendor", "compliance"] as const;
export const riskStatuses = ["open", "mitigating", "accepted", "closed"] as const;
export const factorKinds = ["quantitative", "qualitative"] as const;
export const kpiUnits = ["currency", "percent", "count", "score", "duration"] as const;
export const kpiDirections = ["higher", "lower"] as const;
export const scenarioKinds = ["optimistic", "likely", "pessimistic", "custom"] as const;
/** The three standard cases every scenario scope has; "custom" scenarios are not one of them. */
export const scenarioCaseKinds = ["optimistic", "likely", "pessimistic"] as const;
/** Where an actual payment or benefit came from: typed on a page, imported from a file, or sent to the API. */
export const actualSources = ["typed", "imported", "api"] as const;
/** How a KPI's realised change is split between the technologies whose benefit lines name it. */
export const attributionMethods = ["equal", "weighted", "time_decay"] as const;
/** Largest amount of one actual payment or benefit (cents): ten billion in the workspace currency; sums stay far below 2^53. */
export const MAX_ACTUAL_CENTS = 1_000_000_000_000;
/** The fields of an actual payment a matching rule can look at. */
export const matchFields = ["payee", "description", "reference", "any"] as const;
export type Role = (typeof roles)[number];
export type ActualSource = (typeof actualSources)[number];
export type AttributionMethod = (typeof attributionMethods)[number];
export type MatchField = (typeof matchFields)[number];
export type CostCategory = (typeof costCategories)[number];
export type Perspective = (typeof perspectives)[number];
