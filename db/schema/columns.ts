import { timestamp, uuid } from "drizzle-orm/pg-core";
import { organizations } from "./identity";

/** Every tenant table starts with these: `org_id` leads its keys so a workspace's rows co-locate. */
export const tenantColumns = () => ({
  orgId: uuid()
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" }),
  id: uuid().defaultRandom().notNull(),
});

export const createdAt = () => timestamp({ withTimezone: true }).defaultNow().notNull();
export const updatedAt = () =>
  timestamp({ withTimezone: true })
    .defaultNow()
    .notNull()
    .$onUpdate(() => new Date());

/**
 * A composite tenant foreign key's ON DELETE that empties only the link column and keeps `org_id`
 * (PostgreSQL 15+ column list): deleting a technology unlinks what pointed at it.
 */
export const unlink = (column: string) => `set null (${column})` as "set null";
