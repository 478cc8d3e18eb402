import { sql } from "drizzle-orm";
import { check, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { updatedAt } from "./columns";
import { organizations } from "./identity";

/**
 * How a workspace's files of one kind and one header shape write numbers and dates, as last chosen on
 * import: the next file with the same columns starts from that choice. `header` is the file's header
 * row, normalised (lower case, trimmed, comma-joined). The column mapping is remembered with it.
 */
export const importPreferences = pgTable(
  "import_preferences",
  {
    orgId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    header: text().notNull(),
    decimal: text().notNull(),
    dateOrder: text().notNull(),
    /** The column separator chosen ("auto" = detect) and which column is which field ({ field: header }). */
    delimiter: text().notNull().default("auto"),
    mapping: jsonb().$type<Record<string, string>>().notNull().default({}),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.kind, t.header] }),
    check("import_preferences_decimal", sql`${t.decimal} IN ('auto', 'point', 'comma')`),
    check("import_preferences_date_order", sql`${t.dateOrder} IN ('auto', 'ymd', 'dmy', 'mdy')`),
    check("import_preferences_delimiter", sql`${t.delimiter} IN ('auto', 'comma', 'semicolon', 'tab', 'pipe')`),
    check("import_preferences_header_length", sql`length(${t.header}) <= 4000`),
  ],
);
