import "server-only";
import { getTemplateSourceRows, listTemplateSources, type TemplateSource } from "@/db/queries/templates";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { planTemplateCopy, type TemplatePlan } from "./plan";

export type TemplatePreview = { source: TemplateSource } & TemplatePlan;

/** What copying from `sourceSlug` would add to and skip in this workspace; null when the user may not use that source. */
export async function getTemplatePreview(ctx: TenantCtx, sourceSlug: string): Promise<TemplatePreview | null> {
  const rows = await getTemplateSourceRows(ctx, sourceSlug);
  if (!rows) return null;
  const { source, ...read } = rows;
  return { source, ...planTemplateCopy(read) };
}

/** The templates page: the workspaces the user may copy from and, for a chosen source, what copying would do. */
export async function loadTemplates(ctx: TenantCtx, sourceSlug: string | null) {
  const [sources, preview] = await Promise.all([listTemplateSources(ctx), sourceSlug ? getTemplatePreview(ctx, sourceSlug) : null]);
  return { sources, preview };
}
