import "server-only";
import { and, asc, between, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db";
import { actualBenefits, investments, type ActualBenefit } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** What an actual-benefit write stores (the form's parsed values). */
export type ActualBenefitValues = { investmentId: string; month: string; amountCents: number; description: string };

/** Entered benefit amounts summed per technology and month from `from` to `to` ('YYYY-MM-01', inclusive). */
export const sumActualBenefitsByMonth = tenantRead(async function sumActualBenefitsByMonth(
  ctx: TenantCtx,
  { from, to }: { from: string; to: string },
): Promise<{ investmentId: string; month: string; amountCents: number }[]> {
  return db
    .select({
      investmentId: actualBenefits.investmentId,
      month: actualBenefits.month,
      amountCents: sql<number>`sum(${actualBenefits.amountCents})`.mapWith(Number),
    })
    .from(actualBenefits)
    .where(and(eq(actualBenefits.orgId, ctx.orgId), between(actualBenefits.month, from, to)))
    .groupBy(actualBenefits.investmentId, actualBenefits.month)
    .orderBy(asc(actualBenefits.investmentId), asc(actualBenefits.month));
});

/** One technology's entered benefit amounts, newest month first. */
export const listActualBenefits = tenantRead(async function listActualBenefits(ctx: TenantCtx, investmentId: string): Promise<ActualBenefit[]> {
  if (!isUuid(investmentId)) return [];
  return db
    .select()
    .from(actualBenefits)
    .where(and(eq(actualBenefits.orgId, ctx.orgId), eq(actualBenefits.investmentId, investmentId)))
    .orderBy(desc(actualBenefits.month), asc(actualBenefits.createdAt));
});

/** The technology must be this workspace's: another's, an unknown and a malformed id are the same not-found. */
async function requireTechnology(ctx: TenantCtx, investmentId: string): Promise<void> {
  if (!isUuid(investmentId)) throw new AppError("not_found");
  const [row] = await db
    .select({ id: investments.id })
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), eq(investments.id, investmentId)))
    .limit(1);
  if (!row) throw new AppError("not_found");
}

export async function insertActualBenefit(ctx: TenantCtx, values: ActualBenefitValues): Promise<ActualBenefit> {
  await requireTechnology(ctx, values.investmentId);
  const [row] = await db
    .insert(actualBenefits)
    .values({ orgId: ctx.orgId, ...values, source: "typed" })
    .returning();
  return row;
}

async function findActualBenefit(ctx: TenantCtx, id: string): Promise<ActualBenefit> {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db.select().from(actualBenefits).where(and(eq(actualBenefits.orgId, ctx.orgId), eq(actualBenefits.id, id))).limit(1);
  if (!row) throw new AppError("not_found");
  return row;
}

/** Month, amount and description of an entered benefit (its technology stays); the version is moved by the action wrapper. */
export async function updateActualBenefit(
  ctx: TenantCtx,
  id: string,
  values: Omit<ActualBenefitValues, "investmentId">,
): Promise<{ before: ActualBenefit; after: ActualBenefit }> {
  const before = await findActualBenefit(ctx, id);
  const [after] = await db
    .update(actualBenefits)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(actualBenefits.orgId, ctx.orgId), eq(actualBenefits.id, id)))
    .returning();
  return { before, after };
}

export async function deleteActualBenefit(ctx: TenantCtx, id: string): Promise<{ before: ActualBenefit }> {
  if (!isUuid(id)) throw new AppError("not_found");
  const [before] = await db
    .delete(actualBenefits)
    .where(and(eq(actualBenefits.orgId, ctx.orgId), eq(actualBenefits.id, id)))
    .returning();
  if (!before) throw new AppError("not_found");
  return { before };
}
