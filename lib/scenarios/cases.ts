/** A scope's three cases: read from their stored rows, and saved one at a time. */
import "server-only";
import { getScenarioTechnology, insertScenario, listScenarioCaseRows, updateScenarioValues } from "@/db/queries/scenarios";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { SaveScenarioInput } from "./schemas";
import { caseName, PORTFOLIO_NAME, PORTFOLIO_SCOPE, resolveCases, type ScenarioCases, type ScenarioSettings } from "./settings";

/** The three cases of one scope (a technology, or the portfolio when `investmentId` is null). */
export async function listScenarioCases(ctx: TenantCtx, investmentId: string | null, scopeName: string): Promise<ScenarioCases> {
  return resolveCases(await listScenarioCaseRows(ctx, investmentId), scopeName);
}

/**
 * Saves one case of a scope: updates the case's row, or stores it on its first save (until then the case
 * runs on the defaults). Last write wins: a case is four numbers an admin sees in full before saving.
 */
export async function saveScenarioCase(ctx: TenantCtx, input: SaveScenarioInput) {
  let investmentId: string | null = null;
  let scopeName = PORTFOLIO_NAME;
  if (input.scope !== PORTFOLIO_SCOPE) {
    const tech = await getScenarioTechnology(ctx, input.scope);
    investmentId = tech.id;
    scopeName = tech.name;
  }
  const current = (await listScenarioCases(ctx, investmentId, scopeName))[input.kind];
  const settings: ScenarioSettings = {
    benefitMultiplier: input.benefitMultiplier,
    costMultiplier: input.costMultiplier,
    delayMonths: input.delayMonths,
    adoptionRate: input.adoptionRate,
  };
  const after = { investmentId, kind: input.kind, ...settings };
  if (current.id) {
    const row = await updateScenarioValues(ctx, current.id, settings);
    return { id: row.id, created: false, before: { investmentId, kind: input.kind, ...current.settings }, after };
  }
  const row = await insertScenario(ctx, { investmentId, name: caseName(scopeName, input.kind), kind: input.kind, ...settings });
  return { id: row.id, created: true, before: null, after };
}
