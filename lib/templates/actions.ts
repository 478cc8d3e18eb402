"use server";

import { revalidatePath } from "next/cache";
import { copyTemplate } from "@/db/queries/templates";
import { tenantAction, type ActionResult } from "@/lib/actions/tenant-action";
import { applyTemplateSchema } from "./schemas";

export type TemplateApplied = { kpis: number; goals: number; skipped: number };

/**
 * Admin+ of this (target) workspace, checked by tenantAction on the URL slug; admin+ of the source, re-checked
 * inside the transaction from the user's own membership. One audit row in the target lists what was added.
 */
const apply = tenantAction(applyTemplateSchema, { role: "admin" }, async ({ source }, ctx, tx) => {
  const copied = await copyTemplate(tx, ctx, source);
  const skipped = copied.skippedKpis.length + copied.skippedGoals.length;
  return {
    data: { kpis: copied.kpis.length, goals: copied.goals.length, skipped },
    audit: {
      action: "import",
      entity: "template",
      entityId: copied.sourceOrgId,
      after: { sourceOrgId: copied.sourceOrgId, kpis: copied.kpis, goals: copied.goals, skippedKpis: copied.skippedKpis, skippedGoals: copied.skippedGoals },
    },
  };
});

/** Payload: `{ source: "<source workspace slug>" }`. */
export async function applyTemplate(slug: string, raw: FormData | Record<string, unknown>): Promise<ActionResult<TemplateApplied>> {
  const result = await apply(slug, raw);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}
