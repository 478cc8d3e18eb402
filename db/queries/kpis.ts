import "server-only";
import { and, asc, desc, eq, inArray, max, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db";
import { goals, investments, kpiMeasurements, kpis, type Kpi } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { DUPLICATE_KPI_NAME } from "@/lib/domain/messages";
import type { Perspective } from "@/lib/domain/values";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** What a KPI write stores (the KPI form's parsed values); baseline and target are canonical decimal text. */
export type KpiValues = {
  name: string;
  perspective: Perspective;
  unit: Kpi["unit"];
  direction: Kpi["direction"];
  baseline: string;
  target: string;
  targetDate?: string | null;
  weight: number;
  investmentId?: string | null;
  goalId?: string | null;
  /** Absent: the column's default (equal). */
  attribution?: Kpi["attribution"];
};

const duplicateName = () => new AppError("invalid", undefined, { name: [DUPLICATE_KPI_NAME] });

/** Every KPI of the workspace in scorecard order, with its linked names and its latest value. */
export const listKpis = tenantRead(async function listKpis(ctx: TenantCtx) {
  const latest = db
    .selectDistinctOn([kpiMeasurements.kpiId], { kpiId: kpiMeasurements.kpiId, value: kpiMeasurements.value, period: kpiMeasurements.period })
    .from(kpiMeasurements)
    .where(eq(kpiMeasurements.orgId, ctx.orgId))
    .orderBy(kpiMeasurements.kpiId, desc(kpiMeasurements.period))
    .as("latest");
  return db
    .select({
      kpi: kpis,
      investmentName: investments.name,
      goalTitle: goals.title,
      latestValue: latest.value,
      latestPeriod: latest.period,
    })
    .from(kpis)
    .leftJoin(investments, and(eq(investments.orgId, kpis.orgId), eq(investments.id, kpis.investmentId)))
    .leftJoin(goals, and(eq(goals.orgId, kpis.orgId), eq(goals.id, kpis.goalId)))
    .leftJoin(latest, eq(latest.kpiId, kpis.id))
    .where(eq(kpis.orgId, ctx.orgId))
    // Postgres orders an enum by its declaration: financial, customer, internal process, learning & growth.
    .orderBy(asc(kpis.perspective), asc(kpis.name));
});
export type KpiListRow = Awaited<ReturnType<typeof listKpis>>[number];

/** One KPI of this workspace; another workspace's id, an unknown id and a malformed id are the same not-found. */
export const getKpi = tenantRead(async function getKpi(ctx: TenantCtx, id: string) {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db.select().from(kpis).where(and(eq(kpis.orgId, ctx.orgId), eq(kpis.id, id))).limit(1);
  if (!row) throw new AppError("not_found");
  return row;
});

/** The workspace's technologies and goals, for the "linked to" selects of the KPI form. */
export const listKpiLinkOptions = tenantRead(async function listKpiLinkOptions(ctx: TenantCtx) {
  const [technologies, goalRows] = await Promise.all([
    db.select({ id: investments.id, name: investments.name }).from(investments).where(eq(investments.orgId, ctx.orgId)).orderBy(asc(investments.name)),
    db.select({ id: goals.id, title: goals.title }).from(goals).where(eq(goals.orgId, ctx.orgId)).orderBy(asc(goals.title)),
  ]);
  return { technologies, goals: goalRows };
});

/** 'YYYY-MM-01' → the first day of the month before. */
export function previousPeriod(period: string): string {
  const [y, m] = period.split("-").map(Number);
  return m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, "0")}-01`;
}

/** A row per KPI: this month's value and note (if any), last month's value and the target. */
export const getEntryGrid = tenantRead(async function getEntryGrid(ctx: TenantCtx, period: string) {
  const current = alias(kpiMeasurements, "current");
  const previous = alias(kpiMeasurements, "previous");
  return db
    .select({
      id: kpis.id,
      name: kpis.name,
      perspective: kpis.perspective,
      unit: kpis.unit,
      direction: kpis.direction,
      target: kpis.target,
      value: current.value,
      note: current.note,
      previousValue: previous.value,
    })
    .from(kpis)
    .leftJoin(current, and(eq(current.orgId, kpis.orgId), eq(current.kpiId, kpis.id), eq(current.period, period)))
    .leftJoin(previous, and(eq(previous.orgId, kpis.orgId), eq(previous.kpiId, kpis.id), eq(previous.period, previousPeriod(period))))
    .where(eq(kpis.orgId, ctx.orgId))
    .orderBy(asc(kpis.perspective), asc(kpis.name));
});
export type EntryGridRow = Awaited<ReturnType<typeof getEntryGrid>>[number];

/** The most recent month with any value, as 'YYYY-MM-01', or null for a workspace without data. */
export const latestPeriodWithData = tenantRead(async function latestPeriodWithData(ctx: TenantCtx): Promise<string | null> {
  const [row] = await db.select({ period: max(kpiMeasurements.period) }).from(kpiMeasurements).where(eq(kpiMeasurements.orgId, ctx.orgId));
  return row?.period ?? null;
});

// ---- Writes: inside the action's transaction, always scoped by ctx.orgId. ----

/** Links must name this workspace's own technology and goal; the composite foreign keys are the backstop. */
async function assertLinksBelong(ctx: TenantCtx, input: KpiValues) {
  const errors: Record<string, string[]> = {};
  if (input.investmentId) {
    const [t] = await db.select({ id: investments.id }).from(investments).where(and(eq(investments.orgId, ctx.orgId), eq(investments.id, input.investmentId)));
    if (!t) errors.investmentId = ["Choose one of your technologies."];
  }
  if (input.goalId) {
    const [g] = await db.select({ id: goals.id }).from(goals).where(and(eq(goals.orgId, ctx.orgId), eq(goals.id, input.goalId)));
    if (!g) errors.goalId = ["Choose one of your goals."];
  }
  if (Object.keys(errors).length) throw new AppError("invalid", undefined, errors);
}

async function assertNameFree(ctx: TenantCtx, name: string, exceptId?: string) {
  const sameName = and(eq(kpis.orgId, ctx.orgId), eq(kpis.name, name), exceptId ? ne(kpis.id, exceptId) : undefined);
  const [clash] = await db.select({ id: kpis.id }).from(kpis).where(sameName).limit(1);
  if (clash) throw duplicateName();
}

/** A concurrent insert of the same name gets past the check; the unique key still answers with the field message. */
async function unique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw duplicateName();
    throw e;
  }
}

const fields = (input: KpiValues) => ({
  name: input.name,
  perspective: input.perspective,
  unit: input.unit,
  direction: input.direction,
  baseline: input.baseline,
  target: input.target,
  targetDate: input.targetDate ?? null,
  weight: String(input.weight),
  investmentId: input.investmentId ?? null,
  goalId: input.goalId ?? null,
  attribution: input.attribution ?? "equal",
});

export async function insertKpi(ctx: TenantCtx, input: KpiValues) {
  await assertLinksBelong(ctx, input);
  await assertNameFree(ctx, input.name);
  const [after] = await unique(() => db.insert(kpis).values({ orgId: ctx.orgId, ...fields(input) }).returning());
  return { id: after.id, after };
}

export async function updateKpi(ctx: TenantCtx, id: string, input: KpiValues) {
  const before = await getKpi(ctx, id);
  await assertLinksBelong(ctx, input);
  await assertNameFree(ctx, input.name, id);
  const [after] = await unique(() =>
    db.update(kpis).set(fields(input)).where(and(eq(kpis.orgId, ctx.orgId), eq(kpis.id, id))).returning(),
  );
  return { before, after };
}

/** Its measurements go with it (cascade); the audit row keeps the definition. */
export async function deleteKpi(ctx: TenantCtx, id: string) {
  const before = await getKpi(ctx, id);
  await db.delete(kpis).where(and(eq(kpis.orgId, ctx.orgId), eq(kpis.id, id)));
  return { before };
}

/**
 * Serializes grid saves for one workspace month until the transaction ends: the later save reads what the
 * earlier one wrote (so its audit row's "before" is true), and two grids listing the same KPIs in different
 * orders cannot deadlock on each other's rows.
 */
export async function lockEntryPeriod(ctx: TenantCtx, period: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`kpi-entry:${ctx.orgId}:${period}`}, 0))`);
}

/** This workspace's KPIs among `ids` (unit and this period's stored value), for checking a grid save. */
export async function kpisForEntry(ctx: TenantCtx, period: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: kpis.id, unit: kpis.unit, value: kpiMeasurements.value, note: kpiMeasurements.note })
    .from(kpis)
    .leftJoin(kpiMeasurements, and(eq(kpiMeasurements.orgId, kpis.orgId), eq(kpiMeasurements.kpiId, kpis.id), eq(kpiMeasurements.period, period)))
    .where(and(eq(kpis.orgId, ctx.orgId), inArray(kpis.id, ids)));
}

/** Re-entering a month overwrites that month's value: one row per (org, KPI, period), never a duplicate. */
export async function upsertMeasurements(ctx: TenantCtx, period: string, rows: { kpiId: string; value: string; note: string }[]) {
  if (rows.length === 0) return;
  const enteredAt = new Date();
  await db
    .insert(kpiMeasurements)
    .values(rows.map((r) => ({ orgId: ctx.orgId, kpiId: r.kpiId, period, value: r.value, note: r.note, enteredBy: ctx.userId, enteredAt })))
    .onConflictDoUpdate({
      target: [kpiMeasurements.orgId, kpiMeasurements.kpiId, kpiMeasurements.period],
      set: { value: sql`excluded.value`, note: sql`excluded.note`, enteredBy: ctx.userId, enteredAt },
    });
}
