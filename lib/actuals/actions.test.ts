import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { actualCosts, auditLog, matchRules } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { ACTUAL_COST_CONFLICT_MESSAGE, MATCH_RULE_CONFLICT_MESSAGE } from "@/lib/domain/messages";
import { addMember, createInvestment, createTenant } from "@/test/factories";
import { CATEGORY_NEEDS_TECHNOLOGY, IMPORTED_FIELDS_FIXED } from "./schemas";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { createActualCost, deleteActualCost, updateActualCost } = await import("./actions");
const { applyRulesToUnmatched, createMatchRule, updateMatchRule } = await import("./rule-actions");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let a: TenantCtx;
let de: TenantCtx;
let viewer: TenantCtx;
let shopId: string;
let crmId: string;
let bTechId: string;

beforeAll(async () => {
  a = await createTenant("member");
  viewer = await addMember(a, "viewer");
  de = await createTenant("owner", { locale: "de-DE", currency: "EUR" });
  shopId = (await createInvestment(a, { name: "Web shop" })).id;
  crmId = (await createInvestment(a, { name: "CRM" })).id;
  bTechId = (await createInvestment(de)).id;
});

beforeEach(() => signInAs(a));

const payment = async (id: string) => (await db.select().from(actualCosts).where(eq(actualCosts.id, id)))[0];

describe("createActualCost", () => {
  it("stores a typed payment in cents with its own fingerprint and an audit row", async () => {
    const result = await createActualCost(a.org.slug, { bookedOn: "2026-03-05", amount: "$1,234.50", payee: " Shopify ", description: "Plan", investmentId: shopId, costCategory: "subscription" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const row = await payment(result.data!.id);
    expect(row).toMatchObject({ orgId: a.orgId, bookedOn: "2026-03-05", amountCents: 123_450, payee: "Shopify", source: "typed", investmentId: shopId, costCategory: "subscription", version: 1 });
    expect(row.fingerprint).toMatch(/^typed:[0-9a-f-]{36}$/);
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.orgId, a.orgId), eq(auditLog.entityId, row.id)));
    expect(audits.map((r) => [r.action, r.entity])).toEqual([["create", "actualCost"]]);
  });

  it("reads the amount the workspace's way and keeps a refund negative", async () => {
    signInAs(de);
    const result = await createActualCost(de.org.slug, { bookedOn: "2026-03-05", amount: "-1.234,56 €", payee: "SAP", investmentId: "", costCategory: "" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    expect(await payment(result.data!.id)).toMatchObject({ amountCents: -123_456, investmentId: null, costCategory: null });
  });

  it("answers each field beside it and stores nothing", async () => {
    const result = await createActualCost(a.org.slug, { bookedOn: "2026-02-30", amount: "0", payee: "", costCategory: "licence" });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toEqual({
      bookedOn: ["Enter the date as a date (YYYY-MM-DD)."],
      amount: ["Enter an amount other than zero (a refund is negative)."],
      payee: ["Enter who was paid."],
      costCategory: [CATEGORY_NEEDS_TECHNOLOGY],
    });
    const more = await createActualCost(a.org.slug, { bookedOn: "2026-02-01", amount: "12.345", payee: "X" });
    expect(more.fieldErrors).toEqual({ amount: ["Use at most 2 decimal places."] });
  });

  it("refuses another workspace's technology and a viewer", async () => {
    const foreign = await createActualCost(a.org.slug, { bookedOn: "2026-02-01", amount: "10", payee: "X", investmentId: bTechId });
    expect(foreign.fieldErrors).toEqual({ investmentId: ["Choose one of your technologies."] });
    signInAs(viewer);
    expect((await createActualCost(a.org.slug, { bookedOn: "2026-02-01", amount: "10", payee: "X" })).message).toBe("You don't have permission to do that.");
  });
});

async function imported(ctx: TenantCtx, payee: string) {
  const [row] = await db
    .insert(actualCosts)
    .values({ orgId: ctx.orgId, bookedOn: "2026-01-10", amountCents: 9_900, payee, source: "imported", fingerprint: `file:${crypto.randomUUID()}` })
    .returning();
  return row;
}

describe("updateActualCost", () => {
  it("files an imported payment under a technology but keeps what the bank listed", async () => {
    const row = await imported(a, "HUBSPOT");
    const ok = await updateActualCost(a.org.slug, { id: row.id, version: "1", investmentId: crmId, costCategory: "subscription" });
    expect(ok.ok, JSON.stringify(ok)).toBe(true);
    expect(await payment(row.id)).toMatchObject({ investmentId: crmId, costCategory: "subscription", amountCents: 9_900, version: 2 });
    const refused = await updateActualCost(a.org.slug, { id: row.id, version: "2", investmentId: crmId, amount: "1" });
    expect(refused).toMatchObject({ ok: false, message: IMPORTED_FIELDS_FIXED, fieldErrors: { amount: [IMPORTED_FIELDS_FIXED] } });
    expect(await payment(row.id)).toMatchObject({ amountCents: 9_900, version: 2 });
  });

  it("changes a typed payment's amount, and refuses a stale version with the conflict message", async () => {
    const created = await createActualCost(a.org.slug, { bookedOn: "2026-03-05", amount: "10", payee: "Zoom" });
    const id = created.data!.id;
    expect((await updateActualCost(a.org.slug, { id, version: "1", amount: "12.50", payee: "Zoom Video" })).ok).toBe(true);
    expect(await payment(id)).toMatchObject({ amountCents: 1_250, payee: "Zoom Video", version: 2 });
    const blank = await updateActualCost(a.org.slug, { id, version: "2", payee: " ", amount: "" });
    expect(blank.fieldErrors).toEqual({ payee: ["Enter who was paid."], amount: ["Enter the amount paid."] });
    const stale = await updateActualCost(a.org.slug, { id, version: "1", amount: "99" });
    expect(stale).toMatchObject({ ok: false, message: ACTUAL_COST_CONFLICT_MESSAGE });
    expect(await payment(id)).toMatchObject({ amountCents: 1_250, version: 2 });
  });

  it("answers not-found for another workspace's payment, and deletes its own", async () => {
    const theirs = await imported(de, "SAP");
    expect((await updateActualCost(a.org.slug, { id: theirs.id, version: "1", investmentId: "" })).message).toBe("Not found.");
    expect((await deleteActualCost(a.org.slug, { id: theirs.id })).message).toBe("Not found.");
    const mine = await imported(a, "Somebody");
    expect((await deleteActualCost(a.org.slug, { id: mine.id })).ok).toBe(true);
    expect(await payment(mine.id)).toBeUndefined();
  });
});

describe("matching rules", () => {
  it("applies the rules in order to unmatched payments only, leaving the rest visible as unmatched", async () => {
    const ws = await createTenant("member");
    signInAs(ws);
    const shop = (await createInvestment(ws, { name: "Shop" })).id;
    const pos = (await createInvestment(ws, { name: "Till" })).id;
    const byHand = await imported(ws, "SHOPIFY POS");
    await db.update(actualCosts).set({ investmentId: pos }).where(eq(actualCosts.id, byHand.id));
    const [first, second, none] = [await imported(ws, "SHOPIFY* 1"), await imported(ws, "Shopify Payments"), await imported(ws, "Corner bakery")];
    expect((await createMatchRule(ws.org.slug, { field: "payee", pattern: "shopify payments", investmentId: pos, costCategory: "" })).ok).toBe(true);
    expect((await createMatchRule(ws.org.slug, { field: "any", pattern: "Shopify", investmentId: shop, costCategory: "subscription" })).ok).toBe(true);
    const result = await applyRulesToUnmatched(ws.org.slug, {});
    expect(result).toMatchObject({ ok: true, data: { matched: 2, stillUnmatched: 1 } });
    expect(await payment(first.id)).toMatchObject({ investmentId: shop, costCategory: "subscription", version: 2 });
    expect(await payment(second.id)).toMatchObject({ investmentId: pos, costCategory: null });
    expect(await payment(none.id)).toMatchObject({ investmentId: null, version: 1 });
    expect(await payment(byHand.id)).toMatchObject({ investmentId: pos, version: 1 });
  });

  it("refuses a stale rule edit with the rule's conflict message", async () => {
    const created = await createMatchRule(a.org.slug, { field: "payee", pattern: "Zoom", investmentId: crmId });
    const id = created.data!.id;
    expect((await updateMatchRule(a.org.slug, { id, version: "1", field: "any", pattern: "zoom.us", investmentId: crmId })).ok).toBe(true);
    const stale = await updateMatchRule(a.org.slug, { id, version: "1", field: "payee", pattern: "x", investmentId: crmId });
    expect(stale).toMatchObject({ ok: false, message: MATCH_RULE_CONFLICT_MESSAGE });
    expect((await db.select().from(matchRules).where(eq(matchRules.id, id)))[0]).toMatchObject({ field: "any", pattern: "zoom.us", version: 2 });
  });

  it("answers the rule's fields beside them", async () => {
    const result = await createMatchRule(a.org.slug, { field: "amount", pattern: " ", investmentId: "" });
    expect(result.fieldErrors).toEqual({
      field: ["Choose which part of the payment to look at."],
      pattern: ["Enter the text to look for, e.g. Shopify."],
      investmentId: ["Choose a technology."],
    });
  });
});
