import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { rowsOf } from "./race-gate";

/** What a table looks like: its columns, the ones holding amounts or numbers, its primary key. */
export type TableShape = { columns: string[]; measures: string[]; key: string[] };
/** Row count, exact sums of the measured columns, and every row as JSON text keyed by its primary key. */
export type TableCensus = { rows: string; sums: Record<string, string | null>; contents: Record<string, string> };

const NUMBER_TYPES = ["smallint", "integer", "bigint", "numeric", "real", "double precision"];

const query = async <T>(db: Database, statement: SQL) => rowsOf<T>(await db.execute(statement));
const ident = (name: string) => sql.identifier(name);
const list = (names: string[]) => sql.join(names.map(ident), sql`, `);
const textArray = (names: string[]) => sql`array[${sql.join(names.map((n) => sql`${n}`), sql`, `)}]::text[]`;

/** Every base table of schema `public`, read from the catalog (never a hard-coded list). */
export async function tableShapes(db: Database): Promise<Record<string, TableShape>> {
  const columns = await query<{ table: string; column: string; type: string }>(db, sql`
    select table_name as table, column_name as column, data_type as type
    from information_schema.columns c
    where table_schema = 'public'
      and exists (select 1 from information_schema.tables t where t.table_schema = 'public' and t.table_name = c.table_name and t.table_type = 'BASE TABLE')
    order by table_name, ordinal_position`);
  const keys = await query<{ table: string; column: string }>(db, sql`
    select c.relname as table, a.attname as column
    from pg_index i
    join pg_class c on c.oid = i.indrelid
    join pg_attribute a on a.attrelid = c.oid and a.attnum = any (i.indkey::int2[])
    where i.indisprimary and c.relnamespace = 'public'::regnamespace
    order by c.relname, array_position(i.indkey::int2[], a.attnum)`);
  const shapes: Record<string, TableShape> = {};
  for (const { table, column, type } of columns) {
    const shape = (shapes[table] ??= { columns: [], measures: [], key: [] });
    shape.columns.push(column);
    // Money is stored as integer cents (`*_cents`); every other number is summed too.
    if (NUMBER_TYPES.includes(type)) shape.measures.push(column);
  }
  for (const { table, column } of keys) shapes[table]?.key.push(column);
  return shapes;
}

/** The census of every table in `shapes`, measured on exactly those columns (so a later schema is compared like for like). */
export async function census(db: Database, shapes: Record<string, TableShape>): Promise<Record<string, TableCensus>> {
  const result: Record<string, TableCensus> = {};
  for (const [table, shape] of Object.entries(shapes)) {
    const sums = shape.measures.map((c) => sql`sum(${ident(c)}::numeric)::text as ${ident(c)}`);
    const [totals] = await query<Record<string, string | null>>(db, sql`select ${sql.join([sql`count(*)::text as "__rows"`, ...sums], sql`, `)} from ${ident(table)}`);
    const { __rows: rows, ...sumsByColumn } = totals;
    // jsonb's text form is canonical (sorted keys), so equal rows give equal text.
    const key = shape.key.length ? sql`jsonb_build_array(${list(shape.key)})::text` : sql`null`;
    const found = await query<{ key: string | null; row: string }>(db, sql`
      select ${key} as key,
        (select jsonb_object_agg(e.key, e.value) from jsonb_each(to_jsonb(t)) e where e.key = any (${textArray(shape.columns)}))::text as row
      from ${ident(table)} t`);
    // Without a primary key the rows are compared as a sorted list.
    const ordered = shape.key.length ? found : found.sort((a, b) => a.row.localeCompare(b.row)).map((r, i) => ({ ...r, key: String(i) }));
    result[table] = { rows: rows!, sums: sumsByColumn, contents: Object.fromEntries(ordered.map((r) => [r.key, r.row])) };
  }
  return result;
}

/**
 * Copies the rows of every table `from` and `to` share, on the columns both have, parents before children.
 * Values travel as JSON and are read back with the target's own column types; identity and generated columns
 * are left to the target.
 */
export async function copySharedRows(from: Database, to: Database): Promise<{ copied: Record<string, number>; notInTarget: string[] }> {
  const [source, target] = [await tableShapes(from), await tableShapes(to)];
  const writable = await writableColumns(to);
  const copied: Record<string, number> = {};
  for (const table of await parentsFirst(to, Object.keys(target))) {
    if (!source[table]) continue;
    const columns = target[table].columns.filter((c) => source[table].columns.includes(c) && writable.has(`${table}.${c}`));
    const [{ rows }] = await query<{ rows: string }>(from, sql`select coalesce(json_agg(t), '[]')::text as rows from (select ${list(columns)} from ${ident(table)}) t`);
    await to.execute(sql`insert into ${ident(table)} (${list(columns)}) select ${list(columns)} from json_populate_recordset(null::${ident(table)}, ${rows}::json)`);
    copied[table] = (JSON.parse(rows) as unknown[]).length;
  }
  return { copied, notInTarget: Object.keys(source).filter((t) => !target[t]) };
}

async function writableColumns(db: Database): Promise<Set<string>> {
  const rows = await query<{ table: string; column: string }>(db, sql`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = 'public' and is_generated = 'NEVER' and coalesce(identity_generation, '') <> 'ALWAYS'`);
  return new Set(rows.map((r) => `${r.table}.${r.column}`));
}

/** Tables ordered so that every foreign key points at a table earlier in the list (self-references aside). */
async function parentsFirst(db: Database, tables: string[]): Promise<string[]> {
  const edges = await query<{ child: string; parent: string }>(db, sql`
    select child.relname as child, parent.relname as parent
    from pg_constraint c
    join pg_class child on child.oid = c.conrelid
    join pg_class parent on parent.oid = c.confrelid
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace and c.conrelid <> c.confrelid`);
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size) {
    const ready = [...pending].filter((t) => !edges.some((e) => e.child === t && pending.has(e.parent)));
    if (!ready.length) throw new Error(`Foreign keys form a cycle among: ${[...pending].join(", ")}`);
    for (const t of ready.sort()) {
      ordered.push(t);
      pending.delete(t);
    }
  }
  return ordered;
}
