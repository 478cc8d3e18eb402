import "server-only";
import { and, asc, count, eq, gt, inArray, ne, sql } from "drizzle-orm";
import { db } from "@/db";
import { alignments, goals, investments, kpis } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import { bumpVersions } from "./versions";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { DUPLICATE_GOAL_TITLE } from "@/lib/domain/messages";
import type { Perspective } from "@/lib/domain/values";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** What a goal write stores (the goal form's parsed values). */
export type GoalValues = { title: string; perspective: Perspective; weight: number; targetText: string; targetDate?: string | null };

/** One matrix cell's new strength; 0 removes the link. */
export type AlignmentWrite = { investmentId: string; goalId: string; after: number };

const duplicateTitle = () => new AppError("invalid", undefined, { title: [DUPLICATE_GOAL_TITLE] });

/** Every goal of the workspace in scorecard order, with how many technologies serve it and how many KPIs track it. */
export const listGoals = tenantRead(async function listGoals(ctx: TenantCtx) {
  const served = db
    .select({ goalId: alignments.goalId, n: count().as("served_n") })
    .from(alignments)
    .where(and(eq(alignments.orgId, ctx.orgId), gt(alignments.strength, 0)))
    .groupBy(alignments.goalId)
    .as("served");
  const tracked = db
    .select({ goalId: kpis.goalId, n: count().as("tracked_n") })
    .from(kpis)
    .where(eq(kpis.orgId, ctx.orgId))
    .groupBy(kpis.goalId)
    .as("tracked");
  return db
    .select({
      goal: goals,
      technologyCount: sql<number>`coalesce(${served.n}, 0)`.mapWith(Number),
      kpiCount: sql<number>`coalesce(${tracked.n}, 0)`.mapWith(Number),
    })
    .from(goals)
    .leftJoin(served, eq(served.goalId, goals.id))
    .leftJoin(tracked, eq(tracked.goalId, goals.id))
    .where(eq(goals.orgId, ctx.orgId))
    // Postgres orders an enum by its declaration: financial, customer, internal process, learning & growth.
    .orderBy(asc(goals.perspective), asc(goals.title));
});
export type GoalListRow = Awaited<ReturnType<typeof listGoals>>[number];

/** One goal of this workspace; another workspace's id, an unknown id and a malformed id are the same not-found. */
export const getGoal = tenantRead(async function getGoal(ctx: TenantCtx, id: string) {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db.select().from(goals).where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, id))).limit(1);
  if (!row) throw new AppError("not_found");
  return row;
});

/** What the matrix shows: the workspace's goals, its technologies and the stored links (strength > 0). */
export const getAlignmentMatrix = tenantRead(async function getAlignmentMatrix(ctx: TenantCtx) {
  const [goalRows, technologies, links] = await Promise.all([
    db
      .select({ id: goals.id, title: goals.title, perspective: goals.perspective, weight: goals.weight })
      .from(goals)
      .where(eq(goals.orgId, ctx.orgId))
      .orderBy(asc(goals.perspective), asc(goals.title)),
    db
      .select({ id: investments.id, name: investments.name, status: investments.status, category: investments.category })
      .from(investments)
      .where(eq(investments.orgId, ctx.orgId))
      .orderBy(asc(investments.name)),
    db
      .select({ investmentId: alignments.investmentId, goalId: alignments.goalId, strength: alignments.strength })
      .from(alignments)
      .where(and(eq(alignments.orgId, ctx.orgId), gt(alignments.strength, 0)))
      .orderBy(asc(alignments.investmentId), asc(alignments.goalId)),
  ]);
  return { goals: goalRows, technologies, alignments: links };
});
export type AlignmentMatrix = Awaited<ReturnType<typeof getAlignmentMatrix>>;

// ---- Goal writes: inside the action's transaction, always scoped by ctx.orgId. ----

/** Titles differing only in case read as the same goal to people, so they are refused too; the unique key settles races. */
async function assertTitleFree(ctx: TenantCtx, title: string, exceptId?: string) {
  const sameTitle = and(eq(goals.orgId, ctx.orgId), sql`lower(${goals.title}) = lower(${title})`, exceptId ? ne(goals.id, exceptId) : undefined);
  const [clash] = await db.select({ id: goals.id }).from(goals).where(sameTitle).limit(1);
  if (clash) throw duplicateTitle();
}

async function unique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateTitle();
    throw e;
  }
}

const fields = (input: GoalValues) => ({
  title: input.title,
  perspective: input.perspective,
  weight: input.weight,
  targetText: input.targetText,
  targetDate: input.targetDate ?? null,
});

export async function insertGoal(ctx: TenantCtx, input: GoalValues) {
  await assertTitleFree(ctx, input.title);
  const [after] = await unique(() => db.insert(goals).values({ orgId: ctx.orgId, ...fields(input) }).returning());
  return { id: after.id, after };
}

export async function updateGoal(ctx: TenantCtx, id: string, input: GoalValues) {
  const before = await getGoal(ctx, id);
  await assertTitleFree(ctx, input.title, id);
  const [after] = await unique(() => db.update(goals).set(fields(input)).where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, id))).returning());
  return { before, after };
}

/**
 * Its alignments go with it (cascade) and its KPIs are unlinked but kept (set null). The technologies that
 * lose a link get a new version, so a technology form opened before cannot put the old links back silently.
 * The audit row keeps the goal, its links and the KPIs it tracked.
 */
export async function deleteGoal(ctx: TenantCtx, id: string) {
  const goal = await getGoal(ctx, id);
  const [links, tracked] = await Promise.all([
    db
      .select({ investmentId: alignments.investmentId, strength: alignments.strength })
      .from(alignments)
      .where(and(eq(alignments.orgId, ctx.orgId), eq(alignments.goalId, id))),
    db.select({ id: kpis.id, name: kpis.name }).from(kpis).where(and(eq(kpis.orgId, ctx.orgId), eq(kpis.goalId, id))),
  ]);
  await bumpVersions(ctx, "technology", links.map((l) => l.investmentId));
  await db.delete(goals).where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, id)));
  return { before: { ...goal, alignments: links, unlinkedKpis: tracked } };
}

// ---- Matrix writes ----

/**
 * Which of `investmentIds` / `goalIds` are this workspace's, locking them for the rest of the transaction:
 * technologies for update (their version goes up), goals against deletion.
 */
export async function lockMatrixTargets(ctx: TenantCtx, investmentIds: string[], goalIds: string[]) {
  const [techRows, goalRows] = await Promise.all([
    investmentIds.length
      ? db.select({ id: investments.id }).from(investments).where(and(eq(investments.orgId, ctx.orgId), inArray(investments.id, investmentIds))).for("update")
      : [],
    goalIds.length ? db.select({ id: goals.id }).from(goals).where(and(eq(goals.orgId, ctx.orgId), inArray(goals.id, goalIds))).for("share") : [],
  ]);
  return { investmentIds: new Set(techRows.map((r) => r.id)), goalIds: new Set(goalRows.map((r) => r.id)) };
}

/** The stored links (rows with a strength) among these technologies × goals. */
export async function listStoredAlignments(ctx: TenantCtx, investmentIds: string[], goalIds: string[]) {
  if (investmentIds.length === 0 || goalIds.length === 0) return [];
  return db
    .select({ investmentId: alignments.investmentId, goalId: alignments.goalId, strength: alignments.strength })
    .from(alignments)
    .where(and(eq(alignments.orgId, ctx.orgId), inArray(alignments.investmentId, investmentIds), inArray(alignments.goalId, goalIds)));
}

/** Strength 0 removes the link (no row); anything else inserts or overwrites it. */
export async function writeAlignmentChanges(ctx: TenantCtx, changes: readonly AlignmentWrite[]) {
  const removed = new Map<string, string[]>();
  for (const c of changes) if (c.after === 0) (removed.get(c.investmentId) ?? removed.set(c.investmentId, []).get(c.investmentId)!).push(c.goalId);
  for (const [investmentId, goalIds] of removed) {
    await db.delete(alignments).where(and(eq(alignments.orgId, ctx.orgId), eq(alignments.investmentId, investmentId), inArray(alignments.goalId, goalIds)));
  }
  const upserts = changes.filter((c) => c.after > 0);
  if (upserts.length === 0) return;
  await db
    .insert(alignments)
    .values(upserts.map((c) => ({ orgId: ctx.orgId, investmentId: c.investmentId, goalId: c.goalId, strength: c.after })))
    .onConflictDoUpdate({ target: [alignments.orgId, alignments.investmentId, alignments.goalId], set: { strength: sql`excluded.strength` } });
}
