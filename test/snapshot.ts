import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { alignments, auditLog, benefitItems, costItems, goals, integrations, invitations, investments, kpiMeasurements, kpis, memberships, organizations, risks, scenarios, scoringFactors } from "@/db/schema";

/** What a workspace holds, for checking that a refused call changed nothing; re-exported by the action catalog. */

export const unique = () => randomBytes(4).toString("hex");

const tenantTables = { memberships, invitations, investments, costItems, benefitItems, risks, scoringFactors, goals, alignments, kpis, kpiMeasurements, integrations, scenarios };

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
