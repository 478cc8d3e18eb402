"use server";

import { insertTemplateRows, lockTemplateSource } from "@/db/queries/templates";
import { tenantAction } from "@/lib/actions/tenant-action";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { planTemplateCopy } from "./plan";
import { applyTemplateSchema } from "./schemas";

export type TemplateApplied = { kpis: number; goals: number; skipped: number };

/**
 * Copies the source's KPI definitions (without their links to technologies or goals) and goals into this
 * workspace, in the action's transaction, planned as the preview plans it. What the plan adds but a
 * concurrent write took meanwhile counts as skipped.
 */
async function copyTemplate(ctx: TenantCtx, sourceSlug: string) {
  const { sourceOrgId, ...rows } = await lockTemplateSource(ctx, sourceSlug);
  const plan = planTemplateCopy(rows);
  const added = await insertTemplateRows(ctx, { kpis: plan.kpis.add, goals: plan.goals.add });
  return {
    sourceOrgId,
    kpis: added.kpis,
    goals: added.goals,
    skippedKpis: [...plan.kpis.skip, ...plan.kpis.add.map((k) => k.name).filter((n) => !added.kpis.includes(n))],
    skippedGoals: [...plan.goals.skip, ...plan.goals.add.map((g) => g.title).filter((t) => !added.goals.includes(t))],
  };
}

/**
 * Payload: `{ source: "<source workspace slug>" }`. Admin+ of this (target) workspace, checked by tenantAction
 * on the URL slug; admin+ of the source, re-checked inside the transaction from the user's own membership.
 * One audit row in the target lists what was added.
 */
export const applyTemplate = tenantAction(applyTemplateSchema, { role: "admin", revalidate: "workspace" }, async ({ source }, ctx) => {
  const copied = await copyTemplate(ctx, source);
  const skipped = copied.skippedKpis.length + copied.skippedGoals.length;
  return {
    data: { kpis: copied.kpis.length, goals: copied.goals.length, skipped } satisfies TemplateApplied,
    audit: {
      action: "import",
      entity: "template",
      entityId: copied.sourceOrgId,
      after: { sourceOrgId: copied.sourceOrgId, kpis: copied.kpis, goals: copied.goals, skippedKpis: copied.skippedKpis, skippedGoals: copied.skippedGoals },
    },
  };
});
