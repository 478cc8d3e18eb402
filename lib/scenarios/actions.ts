"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { saveScenarioCase } from "./cases";
import { runMonteCarlo } from "./monte-carlo";
import { runMonteCarloSchema, saveScenarioSchema } from "./schemas";
import { loadScenarioScope } from "./view";

// The cases shape every member's view of the figures, so only admins change them.
export const saveScenario = tenantAction(
  (ctx) => saveScenarioSchema(ctx.org.locale),
  { role: "admin", revalidate: (slug) => [`/w/${slug}/scenarios`] },
  async (input, ctx) => {
    const { id, created, before, after } = await saveScenarioCase(ctx, input);
    return { data: { id }, audit: { action: created ? "create" : "update", entity: "scenario", entityId: id, before, after } };
  },
);

/** A run computes and returns figures and writes nothing: viewers run it too, and it leaves no audit row. */
export const runScenarioMonteCarlo = tenantAction((ctx) => runMonteCarloSchema(ctx.org.locale), { role: "viewer", readOnly: true }, async (input, ctx) => {
  const scope = await loadScenarioScope(ctx, input.scope);
  return runMonteCarlo({
    technologies: scope.members,
    annualDiscountRate: scope.annualDiscountRate,
    cases: {
      optimistic: scope.cases.optimistic.settings,
      likely: scope.cases.likely.settings,
      pessimistic: scope.cases.pessimistic.settings,
    },
    distribution: input.distribution,
    seed: input.seed,
  });
});
