import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { actualBenefits, actualCosts, investments, matchRules } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { ACTUAL_BENEFIT_CONFLICT_MESSAGE, ACTUAL_COST_CONFLICT_MESSAGE, MATCH_RULE_CONFLICT_MESSAGE, TECHNOLOGY_CONFLICT_MESSAGE } from "@/lib/domain/messages";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/**
 * Every editable entity with a `version` column, and what a stale edit of it is told. A form sends the
 * version it read; the write goes through only if nobody saved since (optimistic concurrency).
 */
const VERSIONED = {
  technology: { table: investments, conflict: TECHNOLOGY_CONFLICT_MESSAGE },
  actualCost: { table: actualCosts, conflict: ACTUAL_COST_CONFLICT_MESSAGE },
  matchRule: { table: matchRules, conflict: MATCH_RULE_CONFLICT_MESSAGE },
  actualBenefit: { table: actualBenefits, conflict: ACTUAL_BENEFIT_CONFLICT_MESSAGE },
} as const;

export type VersionedEntity = keyof typeof VERSIONED;

/**
 * In the open transaction: locks the row, refuses it with the entity's conflict message when its version is
 * not `expected` (someone saved since the form was read: nothing is changed), and moves it to the next
 * version, which is returned. Another workspace's row, an unknown and a malformed id are the same not-found.
 */
export async function lockVersion(ctx: TenantCtx, entity: VersionedEntity, id: string, expected: number): Promise<number> {
  const { table, conflict } = VERSIONED[entity];
  if (!isUuid(id)) throw new AppError("not_found");
  const mine = and(eq(table.orgId, ctx.orgId), eq(table.id, id));
  const [row] = await db.select({ version: table.version }).from(table).where(mine).for("update");
  if (!row) throw new AppError("not_found");
  if (row.version !== expected) throw new AppError("conflict", conflict);
  await db.update(table).set({ version: row.version + 1 }).where(mine);
  return row.version + 1;
}

/**
 * Moves these rows to their next version without a check: a change made elsewhere (a goal's links, the
 * alignment matrix) that a form opened before must not silently undo.
 */
export async function bumpVersions(ctx: TenantCtx, entity: VersionedEntity, ids: readonly string[]): Promise<{ id: string; version: number }[]> {
  const { table } = VERSIONED[entity];
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  return db
    .update(table)
    .set({ version: sql`${table.version} + 1` })
    .where(and(eq(table.orgId, ctx.orgId), inArray(table.id, unique)))
    .returning({ id: table.id, version: table.version });
}
