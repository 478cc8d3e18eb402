import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, tenantColumns, unlink, updatedAt } from "./columns";
import {
  benefitCategoryEnum,
  costCategoryEnum,
  factorKindEnum,
  frequencyEnum,
  investmentCategoryEnum,
  investmentStatusEnum,
  itemKindEnum,
  riskStatusEnum,
  riskTypeEnum,
  valueChainActivityEnum,
} from "./enums";
import { kpis } from "./kpis";

/** A technology in the portfolio. `version` guards against lost updates (optimistic locking). */
export const investments = pgTable(
  "investments",
  {
    ...tenantColumns(),
    name: text().notNull(),
    vendor: text().notNull().default(""),
    category: investmentCategoryEnum().notNull(),
    valueChainActivity: valueChainActivityEnum().notNull().default("operations"),
    status: investmentStatusEnum().notNull().default("proposed"),
    goLiveDate: date(),
    usefulLifeMonths: smallint().notNull().default(36),
    ownerName: text(),
    notes: text().notNull().default(""),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("investments_org_name_key").on(t.orgId, t.name),
    index("investments_org_status_idx").on(t.orgId, t.status),
    check("investments_useful_life_range", sql`${t.usefulLifeMonths} BETWEEN 1 AND 600`),
  ],
);

/** A cost line. TCO is derived from these, never typed in. Months are first-of-month dates. */
export const costItems = pgTable(
  "cost_items",
  {
    ...tenantColumns(),
    investmentId: uuid().notNull(),
    category: costCategoryEnum().notNull(),
    description: text().notNull().default(""),
    kind: itemKindEnum().notNull(),
    frequency: frequencyEnum(),
    amountCents: bigint({ mode: "number" }).notNull(),
    startMonth: date().notNull(),
    endMonth: date(),
    renewalDate: date(),
    noticeDays: smallint(),
    annualUpliftPct: numeric({ precision: 6, scale: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete("cascade"),
    index("cost_items_investment_idx").on(t.orgId, t.investmentId),
    check("cost_items_amount_nonnegative", sql`${t.amountCents} >= 0`),
    check("cost_items_frequency_when_recurring", sql`(${t.kind} = 'recurring') = (${t.frequency} IS NOT NULL)`),
    check("cost_items_end_after_start", sql`${t.endMonth} IS NULL OR ${t.endMonth} >= ${t.startMonth}`),
    check("cost_items_notice_range", sql`${t.noticeDays} IS NULL OR ${t.noticeDays} BETWEEN 0 AND 730`),
  ],
);

/** A benefit line. Calculator inputs (hours × rate, contacts deflected, p × impact) are kept so it can explain itself. */
export const benefitItems = pgTable(
  "benefit_items",
  {
    ...tenantColumns(),
    investmentId: uuid().notNull(),
    category: benefitCategoryEnum().notNull(),
    description: text().notNull().default(""),
    kind: itemKindEnum().notNull(),
    frequency: frequencyEnum(),
    amountCents: bigint({ mode: "number" }).notNull(),
    startMonth: date().notNull(),
    endMonth: date(),
    rampUpMonths: smallint().notNull().default(0),
    confidence: numeric({ precision: 4, scale: 3 }).notNull().default("1"),
    calculator: jsonb(),
    /** The KPI whose measured change realises this benefit, and what one unit of that change is worth (cents). */
    kpiId: uuid(),
    valuePerUnitCents: bigint({ mode: "number" }),
    createdAt: createdAt(),
  },
  (t) => [
    // Lazy: kpis.ts imports this module; the reference is read when the schema is built, not at import.
    foreignKey({ columns: [t.orgId, t.kpiId], foreignColumns: [kpis.orgId, kpis.id] }).onDelete(unlink("kpi_id")),
    check("benefit_items_value_per_unit_positive", sql`${t.valuePerUnitCents} IS NULL OR ${t.valuePerUnitCents} BETWEEN 1 AND 100000000000`),
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete("cascade"),
    index("benefit_items_investment_idx").on(t.orgId, t.investmentId),
    check("benefit_items_amount_nonnegative", sql`${t.amountCents} >= 0`),
    check("benefit_items_frequency_when_recurring", sql`(${t.kind} = 'recurring') = (${t.frequency} IS NOT NULL)`),
    check("benefit_items_end_after_start", sql`${t.endMonth} IS NULL OR ${t.endMonth} >= ${t.startMonth}`),
    check("benefit_items_ramp_up_range", sql`${t.rampUpMonths} BETWEEN 0 AND 120`),
    check("benefit_items_confidence_range", sql`${t.confidence} BETWEEN 0 AND 1`),
  ],
);

export const risks = pgTable(
  "risks",
  {
    ...tenantColumns(),
    investmentId: uuid().notNull(),
    type: riskTypeEnum().notNull(),
    title: text().notNull(),
    likelihood: smallint().notNull(),
    impact: smallint().notNull(),
    mitigation: text().notNull().default(""),
    status: riskStatusEnum().notNull().default("open"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete("cascade"),
    index("risks_investment_idx").on(t.orgId, t.investmentId),
    check("risks_likelihood_range", sql`${t.likelihood} BETWEEN 1 AND 5`),
    check("risks_impact_range", sql`${t.impact} BETWEEN 1 AND 5`),
  ],
);

/** Weighted scoring model of one technology; its weights sum to 100 (checked by the application). */
export const scoringFactors = pgTable(
  "scoring_factors",
  {
    ...tenantColumns(),
    investmentId: uuid().notNull(),
    name: text().notNull(),
    weight: numeric({ precision: 5, scale: 2 }).notNull(),
    score: smallint().notNull(),
    kind: factorKindEnum().notNull().default("qualitative"),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete("cascade"),
    unique("scoring_factors_name_key").on(t.orgId, t.investmentId, t.name),
    check("scoring_factors_weight_range", sql`${t.weight} BETWEEN 0 AND 100`),
    check("scoring_factors_score_range", sql`${t.score} BETWEEN 1 AND 5`),
  ],
);

export type Investment = typeof investments.$inferSelect;
export type CostItem = typeof costItems.$inferSelect;
export type BenefitItem = typeof benefitItems.$inferSelect;
export type Risk = typeof risks.$inferSelect;
export type ScoringFactor = typeof scoringFactors.$inferSelect;
