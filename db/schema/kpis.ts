import { sql } from "drizzle-orm";
import { check, date, foreignKey, index, numeric, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, tenantColumns, unlink } from "./columns";
import { attributionMethodEnum, kpiDirectionEnum, kpiUnitEnum, perspectiveEnum } from "./enums";
import { users } from "./identity";
import { investments } from "./portfolio";
import { goals } from "./strategy";


export const kpis = pgTable(
  "kpis",
  {
    ...tenantColumns(),
    name: text().notNull(),
    perspective: perspectiveEnum().notNull(),
    unit: kpiUnitEnum().notNull(),
    direction: kpiDirectionEnum().notNull(),
    baseline: numeric({ precision: 14, scale: 4 }).notNull(),
    target: numeric({ precision: 14, scale: 4 }).notNull(),
    targetDate: date(),
    /** Relative weight inside its perspective's score. */
    weight: numeric({ precision: 6, scale: 3 }).notNull().default("1"),
    investmentId: uuid(),
    goalId: uuid(),
    /** How the KPI's realised change is split between the technologies whose benefit lines name it. */
    attribution: attributionMethodEnum().notNull().default("equal"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("kpis_org_name_key").on(t.orgId, t.name),
    index("kpis_org_perspective_idx").on(t.orgId, t.perspective),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete(unlink("investment_id")),
    foreignKey({ columns: [t.orgId, t.goalId], foreignColumns: [goals.orgId, goals.id] }).onDelete(unlink("goal_id")),
    check("kpis_weight_positive", sql`${t.weight} > 0`),
  ],
);

/** One value of a KPI for one month; `period` is the first day of that month. */
export const kpiMeasurements = pgTable(
  "kpi_measurements",
  {
    orgId: tenantColumns().orgId,
    kpiId: uuid().notNull(),
    period: date().notNull(),
    value: numeric({ precision: 14, scale: 4 }).notNull(),
    note: text().notNull().default(""),
    enteredBy: uuid().references(() => users.id, { onDelete: "set null" }),
    enteredAt: timestamp({ withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.kpiId, t.period] }),
    foreignKey({ columns: [t.orgId, t.kpiId], foreignColumns: [kpis.orgId, kpis.id] }).onDelete("cascade"),
    index("kpi_measurements_org_period_idx").on(t.orgId, t.period),
    check("kpi_measurements_period_first_of_month", sql`extract(day from ${t.period}) = 1`),
  ],
);

export type Kpi = typeof kpis.$inferSelect;
export type KpiMeasurement = typeof kpiMeasurements.$inferSelect;
