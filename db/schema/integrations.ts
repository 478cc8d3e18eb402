import { sql } from "drizzle-orm";
import { check, foreignKey, index, pgTable, primaryKey, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, tenantColumns } from "./columns";
import { investments } from "./portfolio";

/**
 * Data flows from one technology to another: `from` provides the data, `to` consumes it (and depends on
 * it). Both ends are keyed with the row's own org_id, so an edge can never point into another workspace.
 */
export const integrations = pgTable(
  "integrations",
  {
    ...tenantColumns(),
    fromInvestmentId: uuid().notNull(),
    toInvestmentId: uuid().notNull(),
    description: text().notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ name: "integrations_from_investment_fk", columns: [t.orgId, t.fromInvestmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ name: "integrations_to_investment_fk", columns: [t.orgId, t.toInvestmentId], foreignColumns: [investments.orgId, investments.id] }).onDelete(
      "cascade",
    ),
    unique("integrations_org_from_to_key").on(t.orgId, t.fromInvestmentId, t.toInvestmentId),
    index("integrations_to_idx").on(t.orgId, t.toInvestmentId),
    check("integrations_not_self", sql`${t.fromInvestmentId} <> ${t.toInvestmentId}`),
  ],
);

export type Integration = typeof integrations.$inferSelect;
