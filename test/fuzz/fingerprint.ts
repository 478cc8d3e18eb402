import { is, sql, type SQL } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { db } from "@/db";
import * as schema from "@/db/schema";

/**
 * Whether a call wrote anything, in one small query. The fuzz's own database (a copy per test file) gets
 * a counter that a row trigger on every table of the schema bumps on each insert, update and delete: a
 * committed write moves it, a rolled-back one does not. Where the triggers cannot be created (no
 * privilege), the fallback reads every table's row count and newest row version (`xmin`) instead.
 */

/**
 * Attempt counters are not data: a refused attempt is what they count (a sign-in with a wrong password, a
 * bank import over its limit), so a write to them is not a refused call writing to the database.
 */
const COUNTERS = ["rate_limits"];
const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
export const fingerprintedTables = tables.map((table) => getTableConfig(table).name).filter((name) => !COUNTERS.includes(name));

async function one<T>(query: SQL): Promise<T> {
  const result = (await db.execute(query)) as unknown as { rows?: T[] } & T[];
  return (result.rows ?? result)[0];
}

const COUNTER = "techfolio_fuzz_writes";
const setup = [
  `create table if not exists ${COUNTER} (n bigint not null)`,
  `insert into ${COUNTER} select 0 where not exists (select 1 from ${COUNTER})`,
  // Security definer: the counter is written with its owner's rights whoever writes the table.
  `create or replace function ${COUNTER}_bump() returns trigger language plpgsql security definer as $$ begin update ${COUNTER} set n = n + 1; return null; end $$`,
  ...fingerprintedTables.map(
    (name) => `create or replace trigger ${COUNTER}_bump after insert or update or delete on "${name}" for each row execute function ${COUNTER}_bump()`,
  ),
];

const everyTable = `select string_agg(part, ' ' order by part) as fp from (${fingerprintedTables
  .map((name) => `select '${name}:' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as part from "${name}"`)
  .join(" union all ")}) parts`;

let counted: Promise<boolean> | undefined;
const withCounter = () =>
  (counted ??= db.transaction(async (tx) => {
    for (const statement of setup) await tx.execute(sql.raw(statement));
  }).then(
    () => true,
    () => false,
  ));

/** The fallback: every table's row count and newest row version, read in full. */
export async function fingerprintByScan(): Promise<string> {
  return (await one<{ fp: string }>(sql.raw(everyTable))).fp;
}

/** Changes whenever a row of any table is inserted, updated or deleted, and only then. */
export async function fingerprint(): Promise<string> {
  if (await withCounter()) return String((await one<{ n: string | number }>(sql.raw(`select n from ${COUNTER}`))).n);
  return fingerprintByScan();
}
