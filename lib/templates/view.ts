import "server-only";
import { getTemplateSourceRows, type TemplateSource } from "@/db/queries/templates";
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
