/** A scenario scope (the portfolio or one technology) with its technologies' finance inputs and its cases. */
import "server-only";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { countsInPortfolio } from "@/lib/portfolio/valuation";
import { getPortfolioModel } from "@/lib/portfolio/view";
import { listScenarioCases } from "./cases";
import { evaluateCases, type ScenarioTechnology } from "./engine";
import { scenarioTechnology } from "./inputs";
import { PORTFOLIO_NAME, PORTFOLIO_SCOPE, type ScenarioCases } from "./settings";

export type ScenarioScope = {
  annualDiscountRate: number;
  /** Every technology of the workspace, for the scope picker. */
  technologies: { id: string; name: string }[];
  /** "portfolio" or the technology's id, as in the URL. */
  scope: string;
  investmentId: string | null;
  scopeName: string;
  /** The technologies the cases apply to: those the portfolio valuation counts (all but proposed), or the one. */
  members: ScenarioTechnology[];
  cases: ScenarioCases;
};

/**
 * A scope with its technologies' finance inputs and its cases. Reads through the cached portfolio model,
 * so call it outside a transaction. Another workspace's technology, an unknown id and a malformed one are
 * the same not-found.
 */
export const loadScenarioScope = tenantRead(async function loadScenarioScope(ctx: TenantCtx, scope: string, today: Date = new Date()): Promise<ScenarioScope> {
  const model = await getPortfolioModel(ctx, today);
  const technologies = model.technologies.map((t) => ({ id: t.items.investment.id, name: t.items.investment.name }));
  let chosen = model.technologies.filter((t) => countsInPortfolio(t.items.investment.status));
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

/** The three cases of a scope with their figures, valued as the portfolio valuation values a portfolio. */
export function scenarioViews(scope: ScenarioScope) {
  return evaluateCases(scope.members, scope.cases, scope.annualDiscountRate, scope.investmentId ? "technology" : "portfolio");
}

