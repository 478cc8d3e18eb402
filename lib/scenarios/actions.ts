"use server";

import { revalidatePath } from "next/cache";
import { saveScenarioCase } from "./cases";
import { loadScenarioScope } from "./view";
import { tenantAction, tenantQuery, type ActionResult } from "@/lib/actions/tenant-action";
import { AppError } from "@/lib/errors";
import { runMonteCarlo, type MonteCarloFigures } from "./monte-carlo";
import { runMonteCarloSchema, saveScenarioSchema } from "./schemas";

type Raw = FormData | Record<string, unknown>;

// The cases shape every member's view of the figures, so only admins change them.
const save = tenantAction((ctx) => saveScenarioSchema(ctx.org.locale), { role: "admin" }, async (input, ctx, tx) => {
  const { id, created, before, after } = await saveScenarioCase(tx, ctx, input);
  return { data: { id }, audit: { action: created ? "create" : "update", entity: "scenario", entityId: id, before, after } };
});

export async function saveScenario(slug: string, raw: Raw): Promise<ActionResult<{ id: string }>> {
  const result = await save(slug, raw);
  if (result.ok) revalidatePath(`/w/${slug}/scenarios`); // after the commit, never inside it
  return result;
}

/** A run computes and returns figures and writes nothing: viewers run it too, and it leaves no audit row. */
const runScenarioMonteCarloQuery = tenantQuery((ctx) => runMonteCarloSchema(ctx.org.locale), { role: "viewer" }, async (input, ctx): Promise<MonteCarloFigures> => {
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

export async function runScenarioMonteCarlo(slug: string, raw: FormData | Record<string, unknown>): Promise<ActionResult<MonteCarloFigures>> {
  return runScenarioMonteCarloQuery(slug, raw);
}
