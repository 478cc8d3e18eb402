"use server";

import { revalidatePath } from "next/cache";
import * as writes from "@/db/queries/technology-writes";
import { tenantAction, type ActionResult } from "@/lib/actions/tenant-action";
import { formatsOf } from "@/lib/auth/tenant-context";
import { deleteTechnologySchema, technologySchema, updateTechnologySchema } from "./schemas";

type Saved = { id: string };
type Raw = FormData | Record<string, unknown>;

// Amounts and numbers are read the way the workspace writes them: "1.234,56 €" in a de-DE workspace.
const create = tenantAction((ctx) => technologySchema(formatsOf(ctx)), { role: "member" }, async (input, ctx, tx) => {
  const { id, after } = await writes.insertTechnology(tx, ctx, input);
  return { data: { id }, audit: { action: "create", entity: "investment", entityId: id, after } };
});

const update = tenantAction((ctx) => updateTechnologySchema(formatsOf(ctx)), { role: "member" }, async ({ id, version, ...input }, ctx, tx) => {
  const { before, after } = await writes.updateTechnology(tx, ctx, id, version, input);
  return { data: { id }, audit: { action: "update", entity: "investment", entityId: id, before, after } };
});

const remove = tenantAction(deleteTechnologySchema, { role: "member" }, async ({ id, version }, ctx, tx) => {
  const { before } = await writes.deleteTechnology(tx, ctx, id, version);
  return { data: { id }, audit: { action: "delete", entity: "investment", entityId: id, before } };
});

/** Cache invalidation happens after the transaction has committed, never inside it. */
function revalidated<R>(slug: string, result: ActionResult<R>, id?: string): ActionResult<R> {
  if (result.ok) {
    revalidatePath(`/w/${slug}/portfolio`);
    if (id) revalidatePath(`/w/${slug}/portfolio/${id}`);
    revalidatePath(`/w/${slug}/dashboard`);
  }
  return result;
}

export async function createTechnology(slug: string, raw: Raw): Promise<ActionResult<Saved>> {
  const result = await create(slug, raw);
  return revalidated(slug, result, result.data?.id);
}

export async function updateTechnology(slug: string, raw: Raw): Promise<ActionResult<Saved>> {
  const result = await update(slug, raw);
  return revalidated(slug, result, result.data?.id);
}

export async function deleteTechnology(slug: string, raw: Raw): Promise<ActionResult<Saved>> {
  return revalidated(slug, await remove(slug, raw));
}
