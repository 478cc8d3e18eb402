import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, numeric, pgTable, primaryKey, smallint, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, tenantColumns } from "./columns";
import { perspectiveEnum, scenarioKindEnum } from "./enums";
import { investments } from "./portfolio";

/** A strategic objective, e.g. "Grow online revenue 20% by Dec 2027". */
export const goals = pgTable(
  "goals",
  {
    ...tenantColumns(),
    title: text().notNull(),
    perspective: perspectiveEnum().notNull(),
    targetText: text().notNull().default(""),
    weight: smallint().notNull().default(1),
    targetDate: date(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("goals_org_title_key").on(t.orgId, t.title),
    check("goals_weight_range", sql`${t.weight} BETWEEN 0 AND 100`),
  ],
);

/** How strongly a technology serves a goal, 0 (not at all) to 5 (critical enabler). */
export const alignments = pgTable(
  "alignments",
  {
    orgId: tenantColumns().orgId,
    investmentId: uuid().notNull(),
    goalId: uuid().notNull(),
    strength: smallint().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.investmentId, t.goalId] }),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.goalId], foreignColumns: [goals.orgId, goals.id] }).onDelete("cascade"),
    index("alignments_goal_idx").on(t.orgId, t.goalId),
    check("alignments_strength_range", sql`${t.strength} BETWEEN 0 AND 5`),
  ],
);

/** What-if settings for one technology, or for the whole portfolio when `investment_id` is null. */
export const scenarios = pgTable(
  "scenarios",
  {
    ...tenantColumns(),
    investmentId: uuid(),
    name: text().notNull(),
    kind: scenarioKindEnum().notNull(),
    benefitMultiplier: numeric({ precision: 6, scale: 3 }).notNull().default("1"),
    costMultiplier: numeric({ precision: 6, scale: 3 }).notNull().default("1"),
    delayMonths: smallint().notNull().default(0),
    adoptionRate: numeric({ precision: 4, scale: 3 }).notNull().default("1"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete("cascade"),
    index("scenarios_investment_idx").on(t.orgId, t.investmentId),
    check("scenarios_multipliers_nonnegative", sql`${t.benefitMultiplier} >= 0 AND ${t.costMultiplier} >= 0`),
    check("scenarios_delay_range", sql`${t.delayMonths} BETWEEN 0 AND 120`),
    check("scenarios_adoption_range", sql`${t.adoptionRate} BETWEEN 0 AND 1`),
  ],
);

export type Goal = typeof goals.$inferSelect;
export type Alignment = typeof alignments.$inferSelect;
export type Scenario = typeof scenarios.$inferSelect;
