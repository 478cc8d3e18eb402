import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { db, type Queryable, type Tx } from "@/db";
import { investments, scenarios } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { ScenarioTechnology } from "@/lib/scenarios/engine";
import { scenarioTechnology } from "@/lib/scenarios/inputs";
import type { SaveScenarioInput } from "@/lib/scenarios/schemas";
import { caseKinds, caseName, resolveCases, type ScenarioCases, type ScenarioSettings } from "@/lib/scenarios/settings";
import { loadPortfolioModel } from "./portfolio";

export const PORTFOLIO_SCOPE = "portfolio";
const PORTFOLIO_NAME = "Portfolio";

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

export type ScenarioScope = {
  annualDiscountRate: number;
  /** Every technology of the workspace, for the scope picker. */
  technologies: { id: string; name: string }[];
  /** "portfolio" or the technology's id, as in the URL. */
  scope: string;
  investmentId: string | null;
  scopeName: string;
  /** The technologies the cases apply to: all of them, or the one. */
  members: ScenarioTechnology[];
  cases: ScenarioCases;
};

/**
 * A scope with its technologies' finance inputs and its cases. Reads through the cached portfolio model,
 * so call it outside a transaction. Another workspace's technology, an unknown id and a malformed one are
 * the same not-found.
 */
export const loadScenarioScope = tenantRead(async function loadScenarioScope(ctx: TenantCtx, scope: string, today: Date = new Date()): Promise<ScenarioScope> {
  const model = await loadPortfolioModel(ctx, today);
  const technologies = model.technologies.map((t) => ({ id: t.items.investment.id, name: t.items.investment.name }));
  let chosen = model.technologies;
  let investmentId: string | null = null;
  let scopeName = PORTFOLIO_NAME;
  if (scope !== PORTFOLIO_SCOPE) {
    const one = isUuid(scope) ? model.technologies.find((t) => t.items.investment.id === scope) : undefined;
    if (!one) throw new AppError("not_found");
    chosen = [one];
    investmentId = one.items.investment.id;
    scopeName = one.items.investment.name;
  }
  return {
    annualDiscountRate: model.annualDiscountRate,
    technologies,
    scope: investmentId ?? PORTFOLIO_SCOPE,
    investmentId,
    scopeName,
    members: chosen.map(scenarioTechnology),
    cases: await listScenarioCases(ctx, investmentId, scopeName),
  };
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
