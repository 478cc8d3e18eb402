import "server-only";
import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { db } from "@/db";
import { actualCosts } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/** The first of the booked-on date's month, as the 'YYYY-MM-01' text the plan's months use. */
const bookedMonth = sql<string>`to_char(date_trunc('month', ${actualCosts.bookedOn}), 'YYYY-MM-01')`;

/** Payments booked up to the end of `month` ('YYYY-MM-01'). */
const bookedBy = (month: string): SQL => sql`${actualCosts.bookedOn} < (${month}::date + interval '1 month')`;

/**
 * Σ payments filed under a technology, per technology and month, booked up to the end of `month` (one
 * technology's when `investmentId` is given). Summed in the database: one row per technology × month
 * however many payments the ledger holds.
 */
export const actualCostsByMonth = tenantRead(async function actualCostsByMonth(
  ctx: TenantCtx,
  month: string,
  investmentId?: string,
): Promise<Map<string, Map<string, number>>> {
  const rows = await db
    .select({ investmentId: actualCosts.investmentId, month: bookedMonth, cents: sql<number>`sum(${actualCosts.amountCents})`.mapWith(Number) })
    .from(actualCosts)
    .where(and(eq(actualCosts.orgId, ctx.orgId), bookedBy(month), investmentId ? eq(actualCosts.investmentId, investmentId) : isNotNull(actualCosts.investmentId)))
    .groupBy(actualCosts.investmentId, bookedMonth);
  const byTechnology = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const months = byTechnology.get(r.investmentId!) ?? byTechnology.set(r.investmentId!, new Map()).get(r.investmentId!)!;
    months.set(r.month, r.cents);
  }
  return byTechnology;
});

/** Payments booked up to the end of `month` that no technology claims yet: how many, and their sum. */
export const unmatchedActualsTotal = tenantRead(async function unmatchedActualsTotal(ctx: TenantCtx, month: string): Promise<{ count: number; cents: number }> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number), cents: sql<number>`coalesce(sum(${actualCosts.amountCents}), 0)`.mapWith(Number) })
    .from(actualCosts)
    .where(and(eq(actualCosts.orgId, ctx.orgId), bookedBy(month), isNull(actualCosts.investmentId)));
  return row ?? { count: 0, cents: 0 };
});
