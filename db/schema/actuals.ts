import { sql } from "drizzle-orm";
import { bigint, check, date, foreignKey, index, integer, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, tenantColumns, unlink, updatedAt } from "./columns";
import { MAX_ACTUAL_CENTS } from "../../lib/domain/values";
import { actualSourceEnum, costCategoryEnum } from "./enums";
import { users } from "./identity";
import { investments } from "./portfolio";

// The limit lives with the domain values so forms and file readers can check it without the schema.
export { MAX_ACTUAL_CENTS };

/** One imported file of actuals: what it held and what it added, for the ledger's history and the audit trail. */
export const actualImports = pgTable(
  "actual_imports",
  {
    ...tenantColumns(),
    kind: text().notNull(),
    fileName: text().notNull().default(""),
    rows: integer().notNull(),
    added: integer().notNull(),
    duplicates: integer().notNull(),
    importedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), check("actual_imports_counts", sql`${t.rows} >= 0 AND ${t.added} >= 0 AND ${t.duplicates} >= 0`)],
);

/**
 * What was really paid: booked-on date, amount in cents of the workspace currency (a refund is negative),
 * payee, description, and the technology and cost category it belongs to (both empty while unmatched).
 * `fingerprint` is unique per workspace, so re-importing a payment never counts it twice.
 */
export const actualCosts = pgTable(
  "actual_costs",
  {
    ...tenantColumns(),
    bookedOn: date().notNull(),
    amountCents: bigint({ mode: "number" }).notNull(),
    payee: text().notNull().default(""),
    description: text().notNull().default(""),
    reference: text().notNull().default(""),
    source: actualSourceEnum().notNull(),
    investmentId: uuid(),
    costCategory: costCategoryEnum(),
    importId: uuid(),
    fingerprint: text().notNull(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique("actual_costs_org_fingerprint_key").on(t.orgId, t.fingerprint),
    index("actual_costs_org_booked_on_idx").on(t.orgId, t.bookedOn),
    index("actual_costs_org_investment_idx").on(t.orgId, t.investmentId, t.bookedOn),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete(unlink("investment_id")),
    foreignKey({ columns: [t.orgId, t.importId], foreignColumns: [actualImports.orgId, actualImports.id] }).onDelete(unlink("import_id")),
    check("actual_costs_amount_range", sql`${t.amountCents} BETWEEN -${sql.raw(String(MAX_ACTUAL_CENTS))} AND ${sql.raw(String(MAX_ACTUAL_CENTS))}`),
    check("actual_costs_category_needs_technology", sql`${t.costCategory} IS NULL OR ${t.investmentId} IS NOT NULL`),
    check("actual_costs_text_lengths", sql`length(${t.payee}) <= 500 AND length(${t.description}) <= 1000 AND length(${t.reference}) <= 200 AND length(${t.fingerprint}) <= 200`),
  ],
);

/**
 * A matching rule, applied in `position` order to payments as they arrive: the first whose pattern the
 * field contains (case-insensitive) files the payment under its technology and cost category.
 */
export const matchRules = pgTable(
  "match_rules",
  {
    ...tenantColumns(),
    position: integer().notNull(),
    field: text().notNull(),
    pattern: text().notNull(),
    investmentId: uuid().notNull(),
    costCategory: costCategoryEnum(),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("match_rules_org_position_idx").on(t.orgId, t.position),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete("cascade"),
    check("match_rules_field", sql`${t.field} IN ('payee', 'description', 'reference', 'any')`),
    check("match_rules_pattern_length", sql`length(${t.pattern}) BETWEEN 1 AND 200`),
  ],
);

/** A benefit actually realised in one month, entered as an amount (e.g. the month's online revenue). */
export const actualBenefits = pgTable(
  "actual_benefits",
  {
    ...tenantColumns(),
    investmentId: uuid().notNull(),
    month: date().notNull(),
    amountCents: bigint({ mode: "number" }).notNull(),
    description: text().notNull().default(""),
    source: actualSourceEnum().notNull().default("typed"),
    version: integer().notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index("actual_benefits_org_investment_month_idx").on(t.orgId, t.investmentId, t.month),
    foreignKey({ columns: [t.orgId, t.investmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete("cascade"),
    check("actual_benefits_month_first_of_month", sql`extract(day from ${t.month}) = 1`),
    check("actual_benefits_amount_range", sql`${t.amountCents} BETWEEN -${sql.raw(String(MAX_ACTUAL_CENTS))} AND ${sql.raw(String(MAX_ACTUAL_CENTS))}`),
    check("actual_benefits_description_length", sql`length(${t.description}) <= 1000`),
  ],
);

export type ActualCost = typeof actualCosts.$inferSelect;
export type MatchRule = typeof matchRules.$inferSelect;
export type ActualBenefit = typeof actualBenefits.$inferSelect;
export type ActualImport = typeof actualImports.$inferSelect;
