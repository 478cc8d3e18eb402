"use server";

import { revalidatePath } from "next/cache";
import * as queries from "@/db/queries/integrations";
import { tenantAction, type ActionResult } from "@/lib/actions/tenant-action";
import { addIntegrationSchema, removeIntegrationSchema } from "./schemas";

type Saved = { id: string; fromId: string; toId: string };
type Raw = FormData | Record<string, unknown>;

// Links are portfolio data: members edit them, viewers only read.
const add = tenantAction(addIntegrationSchema, { role: "member" }, async (input, ctx, tx) => {
  const { id, after } = await queries.insertIntegration(tx, ctx, input);
  return { data: { id, fromId: input.fromId, toId: input.toId }, audit: { action: "create", entity: "integration", entityId: id, after } };
});

const remove = tenantAction(removeIntegrationSchema, { role: "member" }, async ({ id }, ctx, tx) => {
  const { before } = await queries.deleteIntegration(tx, ctx, id);
  return { data: { id, fromId: before.fromInvestmentId, toId: before.toInvestmentId }, audit: { action: "delete", entity: "integration", entityId: id, before } };
});

/** After the commit: both technologies' pages and the map. */
function revalidated(slug: string, result: ActionResult<Saved>): ActionResult<Saved> {
  if (result.ok && result.data) {
    revalidatePath(`/w/${slug}/portfolio/${result.data.fromId}`);
    revalidatePath(`/w/${slug}/portfolio/${result.data.toId}`);
    revalidatePath(`/w/${slug}/strategy`, "layout");
  }
  return result;
}

/** Links the page's technology to another: it sends data to it, or receives data from it. */
export async function addIntegration(slug: string, raw: Raw): Promise<ActionResult<Saved>> {
  return revalidated(slug, await add(slug, raw));
}

export async function removeIntegration(slug: string, raw: Raw): Promise<ActionResult<Saved>> {
  return revalidated(slug, await remove(slug, raw));
}
