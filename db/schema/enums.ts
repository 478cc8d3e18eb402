import { pgEnum } from "drizzle-orm/pg-core";

export const roles = ["owner", "admin", "member", "viewer"] as const;
export const roleEnum = pgEnum("role", roles);

export const sizeBands = ["micro", "small", "medium", "large"] as const;
export const sizeBandEnum = pgEnum("size_band", sizeBands);

export const perspectives = ["financial", "customer", "internal_process", "learning_growth"] as const;
export const perspectiveEnum = pgEnum("perspective", perspectives);

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
export const investmentCategoryEnum = pgEnum("investment_category", investmentCategories);

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
export const valueChainActivityEnum = pgEnum("value_chain_activity", valueChainActivities);

export const investmentStatuses = ["proposed", "approved", "implementing", "live", "retired"] as const;
export const investmentStatusEnum = pgEnum("investment_status", investmentStatuses);

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
export const costCategoryEnum = pgEnum("cost_category", costCategories);

export const benefitCategories = [
  "labour_savings",
  "revenue_increase",
  "cost_reduction",
  "risk_reduction",
  "intangible",
] as const;
export const benefitCategoryEnum = pgEnum("benefit_category", benefitCategories);

export const itemKinds = ["one_time", "recurring"] as const;
export const itemKindEnum = pgEnum("item_kind", itemKinds);

export const frequencies = ["monthly", "annual"] as const;
export const frequencyEnum = pgEnum("frequency", frequencies);

export const riskTypes = ["implementation", "obsolescence", "security", "integration", "vendor", "compliance"] as const;
export const riskTypeEnum = pgEnum("risk_type", riskTypes);

export const riskStatuses = ["open", "mitigating", "accepted", "closed"] as const;
export const riskStatusEnum = pgEnum("risk_status", riskStatuses);

export const factorKinds = ["quantitative", "qualitative"] as const;
export const factorKindEnum = pgEnum("factor_kind", factorKinds);

export const kpiUnits = ["currency", "percent", "count", "score", "duration"] as const;
export const kpiUnitEnum = pgEnum("kpi_unit", kpiUnits);

export const kpiDirections = ["higher", "lower"] as const;
export const kpiDirectionEnum = pgEnum("kpi_direction", kpiDirections);

export const scenarioKinds = ["optimistic", "likely", "pessimistic", "custom"] as const;
export const scenarioKindEnum = pgEnum("scenario_kind", scenarioKinds);

export type Role = (typeof roles)[number];
export type Perspective = (typeof perspectives)[number];
