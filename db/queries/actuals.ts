import "server-only";
import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lt, sql, sum, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { actualCosts, investments } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { CostCategory } from "@/lib/domain/values";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

export type LedgerSort = "bookedOn" | "amountCents" | "payee" | "technology" | "costCategory";

/** What the ledger shows: filters (a month as a booked-on range), sort and the page asked for. */
export type LedgerQuery = {
  match: "matched" | "unmatched" | null;
  technology: string | null;
  booked: { from: string; to: string } | null;
  sort: LedgerSort;
  dir: "asc" | "desc";
  page: number;
  pageSize: number;
};

function ledgerWhere(ctx: TenantCtx, query: LedgerQuery): SQL | undefined {
  return and(
    eq(actualCosts.orgId, ctx.orgId),
    query.match === "matched" ? isNotNull(actualCosts.investmentId) : query.match === "unmatched" ? isNull(actualCosts.investmentId) : undefined,
    query.technology ? eq(actualCosts.investmentId, query.technology) : undefined,
    query.booked ? and(gte(actualCosts.bookedOn, query.booked.from), lt(actualCosts.bookedOn, query.booked.to)) : undefined,
  );
}

const sortExpressions = {
  bookedOn: actualCosts.bookedOn,
  amountCents: actualCosts.amountCents,
  payee: sql`lower(${actualCosts.payee})`,
  technology: investments.name,
  costCategory: actualCosts.costCategory,
} satisfies Record<LedgerSort, unknown>;

function ledgerOrder(query: LedgerQuery): SQL[] {
  const column = sortExpressions[query.sort];
  // Unmatched rows (no technology, no category) go last whichever way the column is sorted.
  const primary = query.dir === "desc" ? sql`${column} desc nulls last` : sql`${column} asc nulls last`;
  return [primary, desc(actualCosts.bookedOn), asc(actualCosts.id)];
}

const ledgerColumns = {
  id: actualCosts.id,
  bookedOn: actualCosts.bookedOn,
  amountCents: actualCosts.amountCents,
  payee: actualCosts.payee,
  description: actualCosts.description,
  reference: actualCosts.reference,
  source: actualCosts.source,
  investmentId: actualCosts.investmentId,
  technologyName: investments.name,
  costCategory: actualCosts.costCategory,
  version: actualCosts.version,
};

/** One page of the ledger, with how many payments and how much the filters match across all pages. */
export const listLedgerPage = tenantRead(async function listLedgerPage(ctx: TenantCtx, query: LedgerQuery) {
  const where = ledgerWhere(ctx, query);
  const [summary] = await db.select({ total: count(), totalCents: sum(actualCosts.amountCents).mapWith(Number) }).from(actualCosts).where(where);
  const total = summary?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(Math.max(1, query.page), pageCount);
  const rows = await db
    .select(ledgerColumns)
    .from(actualCosts)
    .leftJoin(investments, and(eq(investments.orgId, actualCosts.orgId), eq(investments.id, actualCosts.investmentId)))
    .where(where)
    .orderBy(...ledgerOrder(query))
    .limit(query.pageSize)
    .offset((page - 1) * query.pageSize);
  return { rows, total, totalCents: summary?.totalCents ?? 0, page, pageCount };
});
export type LedgerPage = Awaited<ReturnType<typeof listLedgerPage>>;
export type LedgerRow = LedgerPage["rows"][number];

/** How many payments the workspace has, how many are unmatched, and the months they fall in (newest first). */
export const getLedgerOverview = tenantRead(async function getLedgerOverview(ctx: TenantCtx) {
  const mine = eq(actualCosts.orgId, ctx.orgId);
  const [counts, months] = await Promise.all([
    db.select({ all: count(), unmatched: sql<number>`count(*) filter (where ${actualCosts.investmentId} is null)`.mapWith(Number) }).from(actualCosts).where(mine),
    db
      .selectDistinct({ month: sql<string>`to_char(${actualCosts.bookedOn}, 'YYYY-MM')` })
      .from(actualCosts)
      .where(mine)
      .orderBy(desc(sql`to_char(${actualCosts.bookedOn}, 'YYYY-MM')`)),
  ]);
  return { count: counts[0]?.all ?? 0, unmatched: counts[0]?.unmatched ?? 0, months: months.map((row) => row.month) };
});

/** One payment of this workspace; another workspace's id, an unknown id and a malformed id are the same not-found. */
export const getActualCost = tenantRead(async function getActualCost(ctx: TenantCtx, id: string) {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db.select().from(actualCosts).where(and(eq(actualCosts.orgId, ctx.orgId), eq(actualCosts.id, id))).limit(1);
  if (!row) throw new AppError("not_found");
  return row;
});

// ---- Writes: inside the action's transaction, always scoped by ctx.orgId. ----

/** Where a payment belongs: a technology of this workspace (checked here; the foreign key is the backstop) and its category. */
export type CostMatch = { investmentId: string | null; costCategory: CostCategory | null };

async function assertTechnology(ctx: TenantCtx, investmentId: string | null) {
  if (investmentId === null) return;
  const known = isUuid(investmentId)
    ? await db.select({ id: investments.id }).from(investments).where(and(eq(investments.orgId, ctx.orgId), eq(investments.id, investmentId)))
    : [];
  if (known.length === 0) throw new AppError("invalid", undefined, { investmentId: ["Choose one of your technologies."] });
}

export type TypedCost = CostMatch & { bookedOn: string; amountCents: number; payee: string; description: string };

/** A payment typed in by hand: its fingerprint is its own ("typed:<uuid>"), so no import ever collides with it. */
export async function insertTypedCost(ctx: TenantCtx, cost: TypedCost) {
  await assertTechnology(ctx, cost.investmentId);
  const [after] = await db
    .insert(actualCosts)
    .values({ orgId: ctx.orgId, ...cost, source: "typed", fingerprint: `typed:${crypto.randomUUID()}` })
    .returning();
  return after;
}

/** The version was checked and moved on by the action; this writes the payment's new values. */
export async function updateActualCost(ctx: TenantCtx, id: string, changes: CostMatch & Partial<Omit<TypedCost, keyof CostMatch>>) {
  const before = await getActualCost(ctx, id);
  await assertTechnology(ctx, changes.investmentId);
  const [after] = await db
    .update(actualCosts)
    .set(changes)
    .where(and(eq(actualCosts.orgId, ctx.orgId), eq(actualCosts.id, id)))
    .returning();
  return { before, after };
}

export async function deleteActualCost(ctx: TenantCtx, id: string) {
  const before = await getActualCost(ctx, id);
  await db.delete(actualCosts).where(and(eq(actualCosts.orgId, ctx.orgId), eq(actualCosts.id, id)));
  return { before };
}

/** The text of the payments no technology is set for yet, oldest first. */
const unmatchedTexts = (ctx: TenantCtx) =>
  db
    .select({ id: actualCosts.id, payee: actualCosts.payee, description: actualCosts.description, reference: actualCosts.reference })
    .from(actualCosts)
    .where(and(eq(actualCosts.orgId, ctx.orgId), isNull(actualCosts.investmentId)))
    .orderBy(asc(actualCosts.bookedOn), asc(actualCosts.id));

export const listUnmatchedTexts = tenantRead(async function listUnmatchedTexts(ctx: TenantCtx) {
  return unmatchedTexts(ctx);
});

/** The same, locked, so an edit of one of them waits for the rules run that files it. */
export async function listUnmatchedForUpdate(ctx: TenantCtx) {
  return unmatchedTexts(ctx).for("update");
}

// Postgres takes at most 65,535 parameters per statement: a long unmatched list is filed in slices.
const UPDATE_SLICE = 5_000;

/** Files these payments (still unmatched) under one technology and category, moving each to its next version. */
export async function matchCosts(ctx: TenantCtx, ids: readonly string[], match: CostMatch) {
  let matched = 0;
  for (let i = 0; i < ids.length; i += UPDATE_SLICE) {
    const rows = await db
      .update(actualCosts)
      .set({ ...match, version: sql`${actualCosts.version} + 1` })
      .where(and(eq(actualCosts.orgId, ctx.orgId), inArray(actualCosts.id, ids.slice(i, i + UPDATE_SLICE)), isNull(actualCosts.investmentId)))
      .returning({ id: actualCosts.id });
    matched += rows.length;
  }
  return matched;
}
