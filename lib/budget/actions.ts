"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { formatsOf } from "@/lib/auth/tenant-context";
import { loadBudgetProposals } from "./load";
import { planBudget } from "./plan";
import { budgetSchema } from "./schemas";

/**
 * Both plans for a budget: the exact optimum and the highest-ROI-first pick. It computes and returns
 * figures and writes nothing, so any member may run it (viewers included) and it leaves no audit row.
 */
export const optimizeProposals = tenantAction((ctx) => budgetSchema(formatsOf(ctx)), { role: "viewer", readOnly: true }, async (input, ctx) => {
  const { proposals } = await loadBudgetProposals(ctx);
  return planBudget(proposals, input.budget, input.objective);
});
