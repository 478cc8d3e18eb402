"use server";

import { tenantQuery, type ActionResult } from "@/lib/actions/tenant-action";
import { formatsOf } from "@/lib/auth/tenant-context";
import { loadBudgetProposals } from "./load";
import { planBudget, type BudgetComparison } from "./plan";
import { budgetSchema } from "./schemas";

/**
 * Both plans for a budget: the exact optimum and the highest-ROI-first pick. It computes and returns
 * figures and writes nothing, so any member may run it (viewers included) and it leaves no audit row.
 */
const optimizeProposalsQuery = tenantQuery((ctx) => budgetSchema(formatsOf(ctx)), { role: "viewer" }, async (input, ctx): Promise<BudgetComparison> => {
  const { proposals } = await loadBudgetProposals(ctx);
  return planBudget(proposals, input.budget, input.objective);
});

export async function optimizeProposals(slug: string, raw: FormData | Record<string, unknown>): Promise<ActionResult<BudgetComparison>> {
  return optimizeProposalsQuery(slug, raw);
}
