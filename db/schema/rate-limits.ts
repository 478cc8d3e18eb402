import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Attempts counted per key ("sign-in:<email>|<ip>", …) in fixed windows. In the database, so every app
 * process shares one count: a hit is one atomic upsert (see db/queries/rate-limits.ts).
 */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  windowStart: timestamp({ withTimezone: true }).notNull(),
  count: integer().notNull(),
});
