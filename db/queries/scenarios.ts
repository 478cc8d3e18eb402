import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db";
import { investments, scenarios, type Scenario } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { scenarioCaseKinds } from "@/lib/domain/values";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

/** A case's four numbers, as a save gives them. */
export type ScenarioValues = { benefitMultiplier: number; costMultiplier: number; delayMonths: number; adoptionRate: number };

/** The stored rows of one scope's standard cases (a technology, or the portfolio when `investmentId` is null), earliest first. */
export const listScenarioCaseRows = tenantRead(async function listScenarioCaseRows(ctx: TenantCtx, investmentId: string | null) {
  return db
    .select()
    .from(scenarios)
    .where(
      and(
        eq(scenarios.orgId, ctx.orgId),
        investmentId === null ? isNull(scenarios.investmentId) : eq(scenarios.investmentId, investmentId),
        inArray(scenarios.kind, [...scenarioCaseKinds]),
      ),
    )
    .orderBy(asc(scenarios.createdAt), asc(scenarios.id));
});

/** The technology a scope names; another workspace's, an unknown and a malformed id are the same not-found. */
export async function getScenarioTechnology(ctx: TenantCtx, id: string): Promise<{ id: string; name: string }> {
  if (!isUuid(id)) throw new AppError("not_found");
  const [tech] = await db
    .select({ id: investments.id, name: investments.name })
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), eq(investments.id, id)));
  if (!tech) throw new AppError("not_found");
  return tech;
}

const stored = (s: ScenarioValues) => ({
  benefitMultiplier: String(s.benefitMultiplier),
  costMultiplier: String(s.costMultiplier),
  delayMonths: s.delayMonths,
  adoptionRate: String(s.adoptionRate),
});

/** Overwrites a stored case's numbers. */
export async function updateScenarioValues(ctx: TenantCtx, id: string, values: ScenarioValues): Promise<{ id: string }> {
  const [row] = await db
    .update(scenarios)
    .set(stored(values))
    .where(and(eq(scenarios.orgId, ctx.orgId), eq(scenarios.id, id)))
    .returning({ id: scenarios.id });
  if (!row) throw new AppError("not_found");
  return row;
}

/** Stores a case of a scope on its first save. */
export async function insertScenario(ctx: TenantCtx, row: { investmentId: string | null; name: string; kind: Scenario["kind"] } & ScenarioValues): Promise<{ id: string }> {
  const { investmentId, name, kind, ...values } = row;
  const [inserted] = await db
    .insert(scenarios)
    .values({ orgId: ctx.orgId, investmentId, name, kind, ...stored(values) })
    .returning({ id: scenarios.id });
  return inserted;
}
