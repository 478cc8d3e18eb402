import { pgEnum } from "drizzle-orm/pg-core";
import {
  roles,
  sizeBands,
  perspectives,
  investmentCategories,
  valueChainActivities,
  investmentStatuses,
  costCategories,
  benefitCategories,
  itemKinds,
  frequencies,
  riskTypes,
  riskStatuses,
  factorKinds,
  kpiUnits,
  kpiDirections,
  scenarioKinds,
  actualSources,
  attributionMethods,
} from "../../lib/domain/values";

export * from "../../lib/domain/values";

export const roleEnum = pgEnum("role", roles);
export const sizeBandEnum = pgEnum("size_band", sizeBands);
export const perspectiveEnum = pgEnum("perspective", perspectives);
export const investmentCategoryEnum = pgEnum("investment_category", investmentCategories);
export const valueChainActivityEnum = pgEnum("value_chain_activity", valueChainActivities);
export const investmentStatusEnum = pgEnum("investment_status", investmentStatuses);
export const costCategoryEnum = pgEnum("cost_category", costCategories);
export const benefitCategoryEnum = pgEnum("benefit_category", benefitCategories);
export const itemKindEnum = pgEnum("item_kind", itemKinds);
export const frequencyEnum = pgEnum("frequency", frequencies);
export const riskTypeEnum = pgEnum("risk_type", riskTypes);
export const riskStatusEnum = pgEnum("risk_status", riskStatuses);
export const factorKindEnum = pgEnum("factor_kind", factorKinds);
export const kpiUnitEnum = pgEnum("kpi_unit", kpiUnits);
export const kpiDirectionEnum = pgEnum("kpi_direction", kpiDirections);
export const scenarioKindEnum = pgEnum("scenario_kind", scenarioKinds);
export const actualSourceEnum = pgEnum("actual_source", actualSources);
export const attributionMethodEnum = pgEnum("attribution_method", attributionMethods);
