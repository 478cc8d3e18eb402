import "server-only";
import { getPortfolioModel } from "@/lib/portfolio/view";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { proposalsFromPortfolio, type BudgetProposal } from "./proposals";

/** The tenant's proposed technologies as optimizer proposals, from the cached evaluated portfolio. */
export async function loadBudgetProposals(ctx: TenantCtx, today = new Date()): Promise<{ proposals: BudgetProposal[]; annualDiscountRate: number }> {
  const model = await getPortfolioModel(ctx, today);
  return { proposals: proposalsFromPortfolio(model.technologies, model.annualDiscountRate), annualDiscountRate: model.annualDiscountRate };
}
