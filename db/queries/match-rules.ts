import "server-only";
import { and, asc, eq, inArray, max } from "drizzle-orm";
import { db } from "@/db";
import { investments, matchRules, type MatchRule } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { CostCategory, MatchField } from "@/lib/domain/values";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** What a rule says: where to look, the text to find, and where such payments belong. */
export type RuleValues = { field: MatchField; pattern: string; investmentId: string; costCategory: CostCategory | null };

/** A stored rule as the matcher reads it (the column is text; its check constraint keeps it a MatchField). */
const asRuleLike = (row: MatchRule) => ({
  id: row.id,
  position: row.position,
  field: row.field as MatchField,
  pattern: row.pattern,
  investmentId: row.investmentId,
  costCategory: row.costCategory,
});

/** The workspace's rules in the order they are applied, each with its technology's name. */
export const listMatchRules = tenantRead(async function listMatchRules(ctx: TenantCtx) {
  const rows = await db
    .select({ rule: matchRules, technologyName: investments.name })
    .from(matchRules)
    .innerJoin(investments, and(eq(investments.orgId, matchRules.orgId), eq(investments.id, matchRules.investmentId)))
    .where(eq(matchRules.orgId, ctx.orgId))
    .orderBy(asc(matchRules.position), asc(matchRules.createdAt), asc(matchRules.id));
  return rows.map(({ rule, technologyName }) => ({ ...asRuleLike(rule), version: rule.version, technologyName }));
});
export type MatchRuleRow = Awaited<ReturnType<typeof listMatchRules>>[number];

/** One rule of this workspace; another workspace's id, an unknown id and a malformed id are the same not-found. */
export const getMatchRule = tenantRead(async function getMatchRule(ctx: TenantCtx, id: string) {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db.select().from(matchRules).where(and(eq(matchRules.orgId, ctx.orgId), eq(matchRules.id, id))).limit(1);
  if (!row) throw new AppError("not_found");
  return row;
});

// ---- Writes: inside the action's transaction, always scoped by ctx.orgId. ----

/** Every technology a rule names must be this workspace's; the composite foreign key is the backstop. */
export async function assertTechnologiesBelong(ctx: TenantCtx, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  if (!unique.every(isUuid)) throw new AppError("invalid", undefined, { investmentId: ["Choose one of your technologies."] });
  const found = await db
    .select({ id: investments.id })
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), inArray(investments.id, unique)));
  if (found.length !== unique.length) throw new AppError("invalid", undefined, { investmentId: ["Choose one of your technologies."] });
}

async function nextPosition(ctx: TenantCtx): Promise<number> {
  const [row] = await db.select({ last: max(matchRules.position) }).from(matchRules).where(eq(matchRules.orgId, ctx.orgId));
  return (row?.last ?? 0) + 1;
}

/** Appends rules after the workspace's last one, in the order given; returns the stored rows. */
export async function insertRules(ctx: TenantCtx, rules: readonly RuleValues[]): Promise<MatchRule[]> {
  if (rules.length === 0) return [];
  await assertTechnologiesBelong(ctx, rules.map((rule) => rule.investmentId));
  const first = await nextPosition(ctx);
  return db
    .insert(matchRules)
    .values(rules.map((rule, i) => ({ orgId: ctx.orgId, position: first + i, ...ruleFields(rule) })))
    .returning();
}

const ruleFields = (rule: RuleValues) => ({
  field: rule.field,
  pattern: rule.pattern,
  investmentId: rule.investmentId,
  costCategory: rule.costCategory,
});

/** The version was checked and moved on by the action; this writes the rule's new values. */
export async function updateMatchRule(ctx: TenantCtx, id: string, rule: RuleValues) {
  const before = await getMatchRule(ctx, id);
  await assertTechnologiesBelong(ctx, [rule.investmentId]);
  const [after] = await db
    .update(matchRules)
    .set(ruleFields(rule))
    .where(and(eq(matchRules.orgId, ctx.orgId), eq(matchRules.id, id)))
    .returning();
  return { before, after };
}

export async function deleteMatchRule(ctx: TenantCtx, id: string) {
  const before = await getMatchRule(ctx, id);
  await db.delete(matchRules).where(and(eq(matchRules.orgId, ctx.orgId), eq(matchRules.id, id)));
  return { before };
}

/**
 * Swaps the rule with its neighbour above or below (in applied order), numbering the workspace's rules 1..n so
 * equal positions left by concurrent appends cannot make a move do nothing; only rows whose number changes are
 * written. Returns null at either end of the list.
 */
export async function moveMatchRule(ctx: TenantCtx, id: string, direction: "up" | "down") {
  const rows = await db
    .select({ id: matchRules.id, position: matchRules.position })
    .from(matchRules)
    .where(eq(matchRules.orgId, ctx.orgId))
    .orderBy(asc(matchRules.position), asc(matchRules.createdAt), asc(matchRules.id))
    .for("update");
  const index = rows.findIndex((row) => row.id === id);
  if (index < 0) throw new AppError("not_found");
  const other = direction === "up" ? index - 1 : index + 1;
  if (other < 0 || other >= rows.length) return null;
  const order = [...rows];
  [order[index], order[other]] = [order[other], order[index]];
  for (const [i, row] of order.entries()) {
    if (row.position === i + 1) continue;
    await db.update(matchRules).set({ position: i + 1 }).where(and(eq(matchRules.orgId, ctx.orgId), eq(matchRules.id, row.id)));
  }
  return { from: index + 1, to: other + 1 };
}
