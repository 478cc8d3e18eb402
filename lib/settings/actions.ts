"use server";

import { revalidatePath } from "next/cache";
import { updateWorkspaceSettings as updateSettings } from "@/db/queries/workspace-settings";
import { tenantAction, type ActionResult } from "@/lib/actions/tenant-action";
import { workspaceSettingsSchema } from "./schemas";

type Raw = FormData | Record<string, unknown>;
export type SettingsSaved = { changed: boolean };

// Currency, locale and discount rate change every figure of the workspace, so only admins (and owners) set them.
const update = tenantAction((ctx) => workspaceSettingsSchema(ctx.org.locale), { role: "admin" }, async (input, ctx, tx) => {
  const { before, after, changed } = await updateSettings(tx, ctx, input);
  // Saving the stored values again writes nothing, so it leaves no audit row either.
  return { data: { changed }, audit: changed ? { action: "update", entity: "organization", entityId: ctx.orgId, before, after } : [] };
});

/**
 * The workspace's name, industry, size, currency, locale, discount rate and fiscal year. The slug stays as it
 * is, so links keep working. After commit every page of the workspace is refreshed: the layout shows the
 * name, and the portfolio and dashboard caches are keyed by the latest audit id, so they recompute.
 */
export async function updateWorkspaceSettings(slug: string, raw: Raw): Promise<ActionResult<SettingsSaved>> {
  const result = await update(slug, raw);
  if (result.ok) revalidatePath(`/w/${slug}`, "layout");
  return result;
}
