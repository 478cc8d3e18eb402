import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db, type Queryable, type Tx } from "@/db";
import { investments, scenarios } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { SaveScenarioInput } from "@/lib/scenarios/schemas";
import { caseKinds, caseName, resolveCases, type ScenarioCases, type ScenarioSettings } from "@/lib/scenarios/settings";

export const PORTFOLIO_SCOPE = "portfolio";
export const PORTFOLIO_NAME = "Portfolio";

/** The three cases of one scope (a technology, or the portfolio when `investmentId` is null). */
export const listScenarioCases = tenantRead(async function listScenarioCases(ctx: TenantCtx, investmentId: string | null, scopeName: string, q: Queryable = db): Promise<ScenarioCases> {
  const rows = await q
    .select()
    .from(scenarios)
    .where(
      and(
        eq(scenarios.orgId, ctx.orgId),
        investmentId === null ? isNull(scenarios.investmentId) : eq(scenarios.investmentId, investmentId),
        inArray(scenarios.kind, [...caseKinds]),
      ),
    )
    .orderBy(asc(scenarios.createdAt), asc(scenarios.id));
  return resolveCases(rows, scopeName);
});

const stored = (s: ScenarioSettings) => ({
  benefitMultiplier: String(s.benefitMultiplier),
  costMultiplier: String(s.costMultiplier),
  delayMonths: s.delayMonths,
  adoptionRate: String(s.adoptionRate),
});

/**
 * Saves one case of a scope: updates the case's row, or stores it on its first save (until then the case
 * runs on the defaults). Last write wins: a case is four numbers an admin sees in full before saving.
 */
export async function saveScenarioCase(tx: Tx, ctx: TenantCtx, input: SaveScenarioInput) {
  let investmentId: string | null = null;
  let scopeName = PORTFOLIO_NAME;
  if (input.scope !== PORTFOLIO_SCOPE) {
    if (!isUuid(input.scope)) throw new AppError("not_found");
    const [tech] = await tx
      .select({ id: investments.id, name: investments.name })
      .from(investments)
      .where(and(eq(investments.orgId, ctx.orgId), eq(investments.id, input.scope)));
    if (!tech) throw new AppError("not_found");
    investmentId = tech.id;
    scopeName = tech.name;
  }
  const current = (await listScenarioCases(ctx, investmentId, scopeName, tx))[input.kind];
  const settings: ScenarioSettings = {
    benefitMultiplier: input.benefitMultiplier,
    costMultiplier: input.costMultiplier,
    delayMonths: input.delayMonths,
    adoptionRate: input.adoptionRate,
  };
  const after = { investmentId, kind: input.kind, ...settings };
  if (current.id) {
    const [row] = await tx
      .update(scenarios)
      .set(stored(settings))
      .where(and(eq(scenarios.orgId, ctx.orgId), eq(scenarios.id, current.id)))
      .returning({ id: scenarios.id });
    if (!row) throw new AppError("not_found");
    return { id: row.id, created: false, before: { investmentId, kind: input.kind, ...current.settings }, after };
  }
  const [row] = await tx
    .insert(scenarios)
    .values({ orgId: ctx.orgId, investmentId, name: caseName(scopeName, input.kind), kind: input.kind, ...stored(settings) })
    .returning({ id: scenarios.id });
  return { id: row.id, created: true, before: null, after };
}
