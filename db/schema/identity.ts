import { sql } from "drizzle-orm";
import { check, char, index, integer, numeric, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { roleEnum, sizeBandEnum } from "./enums";

const createdAt = () => timestamp({ withTimezone: true }).defaultNow().notNull();

/** A workspace: one client business. Every tenant table references it by `org_id`. */
export const organizations = pgTable(
  "organizations",
  {
    id: uuid().defaultRandom().primaryKey(),
    slug: text().notNull().unique(),
    name: text().notNull(),
    industry: text().notNull().default("other"),
    sizeBand: sizeBandEnum().notNull().default("small"),
    employees: integer(),
    currency: char({ length: 3 }).notNull().default("USD"),
    /** How numbers, money and dates are shown and typed numbers read: one of `LOCALES`. */
    locale: text().notNull().default("en-US"),
    discountRate: numeric({ precision: 7, scale: 5 }).notNull().default("0.08"),
    fiscalYearStartMonth: smallint().notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    check("organizations_slug_format", sql`${t.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("organizations_currency_iso", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("organizations_locale_known", sql`${t.locale} IN ('en-US', 'en-GB', 'de-DE', 'fr-FR', 'nl-NL')`),
    check("organizations_discount_rate_range", sql`${t.discountRate} > -1 AND ${t.discountRate} < 10`),
    check("organizations_fy_start_month", sql`${t.fiscalYearStartMonth} BETWEEN 1 AND 12`),
    check("organizations_employees_positive", sql`${t.employees} IS NULL OR ${t.employees} > 0`),
  ],
);

export const users = pgTable("users", {
  id: uuid().defaultRandom().primaryKey(),
  name: text().notNull(),
  /** Stored lower-cased; the unique index makes sign-up races safe. */
  email: text().notNull().unique(),
  passwordHash: text().notNull(),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  "memberships",
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.userId] }), index("memberships_user_idx").on(t.userId)],
);

export const invitations = pgTable(
  "invitations",
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    id: uuid().defaultRandom().notNull(),
    email: text().notNull(),
    role: roleEnum().notNull(),
    /** SHA-256 of the token in the link; the token itself is never stored. */
    tokenHash: text().notNull().unique(),
    invitedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index("invitations_org_email_idx").on(t.orgId, t.email)],
);

export type Organization = typeof organizations.$inferSelect;
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Invitation = typeof invitations.$inferSelect;
