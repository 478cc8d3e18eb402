"use server";

import * as queries from "@/db/queries/actuals";
import { tenantAction } from "@/lib/actions/tenant-action";
import { formatsOf, type TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { actualCostSchema, IMPORTED_FIELDS_FIXED, idSchema, updateActualCostSchema, type ActualCostEdit } from "./schemas";

// Members record what was paid; the ledger, each technology's plan against actual and the dashboard show it.
const MEMBER = { role: "member", revalidate: "workspace" } as const;
// An edit names the version its dialog read: a stale one is refused before anything changes.
const VERSIONED = { ...MEMBER, versioned: { entity: "actualCost", row: ({ id, version }: { id: string; version: number }) => ({ id, version }) } } as const;

// Amounts are read the way the workspace writes them: "1.234,56 €" in a de-DE workspace; a refund is negative.
export const createActualCost = tenantAction((ctx) => actualCostSchema(formatsOf(ctx)), MEMBER, async ({ amount, ...input }, ctx) => {
  const after = await queries.insertTypedCost(ctx, { ...input, amountCents: amount });
  return { data: { id: after.id }, audit: { action: "create", entity: "actualCost", entityId: after.id, after } };
});

/** The fields a payment's source lets an edit change: a file's payment keeps the date, amount and text the bank gave it. */
function changesFor(source: string, { investmentId, costCategory, bookedOn, amount, payee, description }: ActualCostEdit) {
  const typed = { bookedOn, amountCents: amount, payee, description };
  const given = (Object.keys(typed) as (keyof typeof typed)[]).filter((key) => typed[key] !== undefined);
  if (source !== "typed" && given.length > 0) {
    const field = (key: keyof typeof typed) => (key === "amountCents" ? "amount" : key);
    throw new AppError("invalid", IMPORTED_FIELDS_FIXED, Object.fromEntries(given.map((key) => [field(key), [IMPORTED_FIELDS_FIXED]])));
  }
  const changes: queries.CostMatch & Partial<queries.TypedCost> = { investmentId, costCategory };
  if (bookedOn !== undefined) changes.bookedOn = bookedOn;
  if (amount !== undefined) changes.amountCents = amount;
  if (payee !== undefined) changes.payee = payee;
  if (description !== undefined) changes.description = description;
  return changes;
}

export const updateActualCost = tenantAction((ctx: TenantCtx) => updateActualCostSchema(formatsOf(ctx)), VERSIONED, async (input, ctx) => {
  const current = await queries.getActualCost(ctx, input.id);
  const { before, after } = await queries.updateActualCost(ctx, input.id, changesFor(current.source, input));
  return { data: { id: input.id }, audit: { action: "update", entity: "actualCost", entityId: input.id, before: { ...before, version: input.version }, after } };
});

export const deleteActualCost = tenantAction(idSchema, MEMBER, async ({ id }, ctx) => {
  const { before } = await queries.deleteActualCost(ctx, id);
  return { data: { id }, audit: { action: "delete", entity: "actualCost", entityId: id, before } };
});
