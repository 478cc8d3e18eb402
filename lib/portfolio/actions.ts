"use server";

import * as writes from "@/db/queries/technology-writes";
import { tenantAction } from "@/lib/actions/tenant-action";
import { formatsOf, type TenantCtx } from "@/lib/auth/tenant-context";
import { deleteTechnologySchema, technologySchema, updateTechnologySchema } from "./schemas";

// Members edit the portfolio; the portfolio (each technology's page with it) and the dashboard show it.
const MEMBER = { role: "member", revalidate: (slug: string) => [`/w/${slug}/portfolio`, `/w/${slug}/dashboard`] } as const;

// Amounts and numbers are read the way the workspace writes them: "1.234,56 €" in a de-DE workspace.
export const createTechnology = tenantAction((ctx) => technologySchema(formatsOf(ctx)), MEMBER, async (input, ctx) => {
  const { id, after } = await writes.insertTechnology(ctx, input);
  return { data: { id }, audit: { action: "create", entity: "investment", entityId: id, after } };
});

// An edit or a deletion names the version its form read: a stale one is refused before anything changes. The
// wrapper moves the version on before the handler reads the row, so the audit's `before` says the version read.
const VERSIONED = { ...MEMBER, versioned: { entity: "technology", row: ({ id, version }: { id: string; version: number }) => ({ id, version }) } } as const;

export const updateTechnology = tenantAction((ctx: TenantCtx) => updateTechnologySchema(formatsOf(ctx)), VERSIONED, async ({ id, version, ...input }, ctx) => {
  const { before, after } = await writes.updateTechnology(ctx, id, input);
  return { data: { id }, audit: { action: "update", entity: "investment", entityId: id, before: { ...before, version }, after } };
});

export const deleteTechnology = tenantAction(deleteTechnologySchema, VERSIONED, async ({ id, version }, ctx) => {
  const { before } = await writes.deleteTechnology(ctx, id);
  return { data: { id }, audit: { action: "delete", entity: "investment", entityId: id, before: { ...before, version } } };
});
