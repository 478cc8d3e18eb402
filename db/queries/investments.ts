import { and, asc, count, eq, gte, isNull, lte, ne, or, sql, sum } from "drizzle-orm";
import { db } from "@/db";
import { costItems, investments } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** First day of the month containing `date`, as 'YYYY-MM-01' (how months are stored). */
export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-01`;
}

export type PortfolioSummary = { technologies: number; live: number; annualRunRateCents: number };

/**
 * Technology count and annual run-rate cost: recurring cost lines active in `asOf`'s month on technologies
 * not retired, at today's price (monthly × 12 + annual). Two aggregate queries, whatever the portfolio size.
 */
export async function getPortfolioSummary(ctx: TenantCtx, asOf = new Date()): Promise<PortfolioSummary> {
  const month = monthOf(asOf);
  const [counts] = await db
    .select({ technologies: count(), live: count(sql`case when ${investments.status} = 'live' then 1 end`) })
    .from(investments)
    .where(eq(investments.orgId, ctx.orgId));
  const annualised = sql`case when ${costItems.frequency} = 'monthly' then ${costItems.amountCents} * 12 else ${costItems.amountCents} end`;
  const [cost] = await db
    .select({ cents: sum(annualised).mapWith(Number) })
    .from(costItems)
    .innerJoin(investments, and(eq(investments.orgId, costItems.orgId), eq(investments.id, costItems.investmentId)))
    .where(
      and(
        eq(costItems.orgId, ctx.orgId),
        eq(costItems.kind, "recurring"),
        ne(investments.status, "retired"),
        lte(costItems.startMonth, month),
        or(isNull(costItems.endMonth), gte(costItems.endMonth, month)),
      ),
    );
  return { technologies: counts?.technologies ?? 0, live: counts?.live ?? 0, annualRunRateCents: cost?.cents ?? 0 };
}

export async function listInvestments(ctx: TenantCtx) {
  return db
    .select({ id: investments.id, name: investments.name, category: investments.category, status: investments.status })
    .from(investments)
    .where(eq(investments.orgId, ctx.orgId))
    .orderBy(asc(investments.name));
}

/** "Not yours" and "does not exist" are the same answer. */
export async function getInvestment(ctx: TenantCtx, id: string) {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db
    .select()
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), eq(investments.id, id)))
    .limit(1);
  if (!row) throw new AppError("not_found");
  return row;
}
