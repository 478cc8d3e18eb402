"use server";

import * as queries from "@/db/queries/integrations";
import { tenantAction } from "@/lib/actions/tenant-action";
import { addIntegrationSchema, removeIntegrationSchema } from "./schemas";

type Saved = { id: string; fromId: string; toId: string };

// Links are portfolio data: members edit them, viewers only read. After the commit: both technologies' pages and the map.
const MEMBER = {
  role: "member",
  revalidate: (slug: string, { fromId, toId }: Saved) => [`/w/${slug}/portfolio/${fromId}`, `/w/${slug}/portfolio/${toId}`, `/w/${slug}/strategy`],
} as const;

/** Links the page's technology to another: it sends data to it, or receives data from it. */
export const addIntegration = tenantAction(addIntegrationSchema, MEMBER, async (input, ctx) => {
  const { id, after } = await queries.insertIntegration(ctx, input);
  return { data: { id, fromId: input.fromId, toId: input.toId }, audit: { action: "create", entity: "integration", entityId: id, after } };
});

export const removeIntegration = tenantAction(removeIntegrationSchema, MEMBER, async ({ id }, ctx) => {
  const { before } = await queries.deleteIntegration(ctx, id);
  return { data: { id, fromId: before.fromInvestmentId, toId: before.toInvestmentId }, audit: { action: "delete", entity: "integration", entityId: id, before } };
});
