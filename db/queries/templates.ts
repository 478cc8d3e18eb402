import "server-only";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { db } from "@/db";
import { goals, kpis, memberships, organizations } from "@/db/schema";
import { tenantRead, widenScope } from "@/db/scope";
import { kpiDefinitionColumns } from "./scorecard";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { SOURCE_REFUSED_MESSAGE } from "@/lib/domain/messages";
import { AppError } from "@/lib/errors";

const ADMIN_ROLES = ["owner", "admin"] as const;

export type TemplateSource = { slug: string; name: string };

/** The user's other workspaces they are admin or owner of: the sources they may copy from. Scoped by user. */
export const listTemplateSources = tenantRead(async function listTemplateSources(ctx: TenantCtx): Promise<TemplateSource[]> {
  return db
    .select({ slug: organizations.slug, name: organizations.name })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(and(eq(memberships.userId, ctx.userId), inArray(memberships.role, [...ADMIN_ROLES]), ne(organizations.id, ctx.orgId)))
    .orderBy(asc(organizations.name));
});

/**
 * The source workspace by slug, only if the acting user is admin+ of it and it is not the target: the org id
 * comes from the user's own membership, never from the client. Row-level security shows the user's own
 * memberships; once one makes the user admin+ there, the transaction's scope is widened to the source so its
 * KPIs and goals can be read. With `lock` the membership row is then locked (which needs the widened
 * scope), so a demotion cannot slip in between the check and the copy.
 */
async function adminSource(ctx: TenantCtx, slug: string, lock: boolean): Promise<{ orgId: string; name: string } | null> {
  const query = () =>
    db
      .select({ orgId: organizations.id, name: organizations.name })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.userId, ctx.userId), eq(organizations.slug, slug), inArray(memberships.role, [...ADMIN_ROLES]), ne(organizations.id, ctx.orgId)))
      .limit(1);
  const [found] = await query();
  if (!found) return null;
  await widenScope({ orgIds: [found.orgId], userId: ctx.userId });
  if (!lock) return found;
  const [locked] = await query().for("share", { of: memberships });
  return locked ?? null;
}

/** A KPI definition as a template copies it: no links to technologies or goals, no values. */
export type KpiTemplateValues = Required<Pick<typeof kpis.$inferInsert, "name" | "perspective" | "unit" | "direction" | "baseline" | "target" | "targetDate" | "weight">>;
export type GoalTemplateValues = Required<Pick<typeof goals.$inferInsert, "title" | "perspective" | "weight" | "targetText" | "targetDate">>;

/** The source's KPI definitions and goals by name, and the names this workspace has already. */
async function readTemplateRows(ctx: TenantCtx, sourceOrgId: string) {
  const [sourceKpis, sourceGoals, targetKpis, targetGoals] = await Promise.all([
    db.select(kpiDefinitionColumns).from(kpis)
      .where(eq(kpis.orgId, sourceOrgId))
      .orderBy(asc(kpis.name)),
    db
      .select({ title: goals.title, perspective: goals.perspective, weight: goals.weight, targetText: goals.targetText, targetDate: goals.targetDate })
      .from(goals)
      .where(eq(goals.orgId, sourceOrgId))
      .orderBy(asc(goals.title)),
    db.select({ name: kpis.name }).from(kpis).where(eq(kpis.orgId, ctx.orgId)),
    db.select({ title: goals.title }).from(goals).where(eq(goals.orgId, ctx.orgId)),
  ]);
  return { sourceKpis, sourceGoals, targetKpiNames: targetKpis.map((k) => k.name), targetGoalTitles: targetGoals.map((g) => g.title) };
}
export type TemplateRows = Awaited<ReturnType<typeof readTemplateRows>>;

/** What a copy from `sourceSlug` would read, for the preview; null when the user may not use that source. */
export const getTemplateSourceRows = tenantRead(async function getTemplateSourceRows(
  ctx: TenantCtx,
  sourceSlug: string,
): Promise<({ source: TemplateSource } & TemplateRows) | null> {
  const source = await adminSource(ctx, sourceSlug, false);
  if (!source) return null;
  return { source: { slug: sourceSlug, name: source.name }, ...(await readTemplateRows(ctx, source.orgId)) };
});

/**
 * In the caller's transaction: the source, its membership locked so a demotion cannot slip in before the
 * copy, and what a copy reads. A source the user may not use is not found.
 */
export async function lockTemplateSource(ctx: TenantCtx, sourceSlug: string): Promise<{ sourceOrgId: string } & TemplateRows> {
  const source = await adminSource(ctx, sourceSlug, true);
  if (!source) throw new AppError("not_found", SOURCE_REFUSED_MESSAGE);
  return { sourceOrgId: source.orgId, ...(await readTemplateRows(ctx, source.orgId)) };
}

/**
 * Inserts KPI definitions and goals as new rows of this workspace: nothing ties them to the source
 * afterwards. A name taken meanwhile by a concurrent write is skipped by the unique key, not an error; the
 * names actually inserted come back.
 */
export async function insertTemplateRows(
  ctx: TenantCtx,
  rows: { kpis: readonly KpiTemplateValues[]; goals: readonly GoalTemplateValues[] },
): Promise<{ kpis: string[]; goals: string[] }> {
  const addedKpis = rows.kpis.length
    ? await db
        .insert(kpis)
        .values(rows.kpis.map((k) => ({ ...k, orgId: ctx.orgId })))
        .onConflictDoNothing()
        .returning({ name: kpis.name })
    : [];
  const addedGoals = rows.goals.length
    ? await db
        .insert(goals)
        .values(rows.goals.map((g) => ({ ...g, orgId: ctx.orgId })))
        .onConflictDoNothing()
        .returning({ title: goals.title })
    : [];
  return { kpis: addedKpis.map((k) => k.name), goals: addedGoals.map((g) => g.title) };
}
