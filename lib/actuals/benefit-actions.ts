"use server";

import * as queries from "@/db/queries/actual-benefits";
import { tenantAction } from "@/lib/actions/tenant-action";
import { formatsOf, type TenantCtx } from "@/lib/auth/tenant-context";
import { actualBenefitSchema, deleteActualBenefitSchema, updateActualBenefitSchema } from "@/lib/realisation/actual-benefit-schema";

// Members record what a technology really brought in; its page, the dashboard, the benefits page and the
// monthly report read it, so the whole workspace is refreshed.
const MEMBER = { role: "member", revalidate: "workspace" } as const;

export const createActualBenefit = tenantAction((ctx: TenantCtx) => actualBenefitSchema(formatsOf(ctx)), MEMBER, async ({ amount, ...input }, ctx) => {
  const after = await queries.insertActualBenefit(ctx, { ...input, amountCents: amount });
  return { data: { id: after.id }, audit: { action: "create", entity: "actualBenefit", entityId: after.id, after } };
});

// An edit names the version its form read: a stale one is refused before anything changes.
export const updateActualBenefit = tenantAction(
  (ctx: TenantCtx) => updateActualBenefitSchema(formatsOf(ctx)),
  { ...MEMBER, versioned: { entity: "actualBenefit", row: ({ id, version }) => ({ id, version }) } },
  async ({ id, version, amount, ...input }, ctx) => {
    const { before, after } = await queries.updateActualBenefit(ctx, id, { ...input, amountCents: amount });
    return { data: { id }, audit: { action: "update", entity: "actualBenefit", entityId: id, before: { ...before, version }, after } };
  },
);

export const deleteActualBenefit = tenantAction(deleteActualBenefitSchema, MEMBER, async ({ id }, ctx) => {
  const { before } = await queries.deleteActualBenefit(ctx, id);
  return { data: { id }, audit: { action: "delete", entity: "actualBenefit", entityId: id, before } };
});
