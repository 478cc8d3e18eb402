import { randomBytes } from "node:crypto";
import { eq, getTableName, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { db } from "@/db";
import * as schema from "@/db/schema";
import { auditLog, organizations } from "@/db/schema";

/** What a workspace holds, for checking that a refused call changed nothing; re-exported by the action catalog. */

export const unique = () => randomBytes(4).toString("hex");

/** Every table with an org id (the audit log aside), read from the schema: a table added later is compared too. */
const tenantTables = Object.fromEntries(
  (Object.values(schema) as unknown[])
    .filter((t): t is typeof schema.goals => is(t, PgTable) && "orgId" in t && t !== (auditLog as unknown))
    .map((t) => [getTableName(t), t]),
);

/**
 * Everything the workspace holds, row by row (each row as its JSON text), every list in a stable order.
 * One query, so a test can afford it before and after every call.
 */
export async function snapshot(orgId: string) {
  const parts = [
    sql`select 'organization' as t, to_jsonb(${organizations})::text as r from ${organizations} where ${organizations.id} = ${orgId}`,
    sql`select 'audit' as t, to_jsonb(${auditLog})::text as r from ${auditLog} where ${auditLog.orgId} = ${orgId}`,
    ...Object.entries(tenantTables).map(([name, table]) => sql`select ${name} as t, to_jsonb(${table})::text as r from ${table} where ${table.orgId} = ${orgId}`),
  ];
  const result = (await db.execute(sql.join(parts, sql` union all `))) as unknown as { rows?: Row[] } & Row[];
  const out: Record<string, string[]> = Object.fromEntries(["organization", "audit", ...Object.keys(tenantTables)].map((name) => [name, []]));
  for (const { t, r } of result.rows ?? result) out[t].push(r);
  for (const rows of Object.values(out)) rows.sort();
  return out;
}
type Row = { t: string; r: string };

export const auditCount = async (orgId: string) => (await db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.orgId, orgId))).length;
