"use server";

import { updateWorkspaceSettings as updateSettings } from "@/db/queries/workspace-settings";
import { tenantAction } from "@/lib/actions/tenant-action";
import { workspaceSettingsSchema } from "./schemas";

export type SettingsSaved = { changed: boolean };

/**
 * The workspace's name, industry, size, currency, locale, discount rate and fiscal year. The slug stays as it
 * is, so links keep working. Currency, locale and discount rate change every figure of the workspace, so only
 * admins (and owners) set them. After commit every page of the workspace is refreshed (the layout shows the
 * name; the figure cache recomputes, since the write moved the workspace's change marker), and the list of
 * workspaces, which shows the name too.
 */
export const updateWorkspaceSettings = tenantAction(
  (ctx) => workspaceSettingsSchema(ctx.org.locale),
  { role: "admin", revalidate: "workspaces" },
  async (input, ctx) => {
    const { before, after, changed } = await updateSettings(ctx, input);
    // Saving the stored values again writes nothing, so it leaves no audit row either.
    return { data: { changed } satisfies SettingsSaved, audit: changed ? { action: "update", entity: "organization", entityId: ctx.orgId, before, after } : [] };
  },
);
