import { bigint, index, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { organizations, users } from "./identity";

/** Every write leaves a row: who did what to which entity, and the before/after state. */
export const auditLog = pgTable(
  "audit_log",
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: bigint({ mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index("audit_log_org_time_idx").on(t.orgId, t.createdAt)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
