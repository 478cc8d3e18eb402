import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { actualBenefits, auditLog } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { ACTUAL_BENEFIT_CONFLICT_MESSAGE } from "@/lib/domain/messages";
import { addMember, createInvestment, createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { createActualBenefit, deleteActualBenefit, updateActualBenefit } = await import("./benefit-actions");
const { BENEFIT_AMOUNT_MISSING } = await import("@/lib/realisation/actual-benefit-schema");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let a: TenantCtx;
let b: TenantCtx;
let viewer: TenantCtx;
let cafe: string;
let theirs: string;

beforeAll(async () => {
  a = await createTenant("member", { locale: "de-DE", currency: "EUR" });
  b = await createTenant("owner");
  viewer = await addMember(a, "viewer");
  cafe = (await createInvestment(a, { name: "Online ordering" })).id;
  theirs = (await createInvestment(b, { name: "Their shop" })).id;
});

beforeEach(() => signInAs(a));

const rowOf = async (id: string) => (await db.select().from(actualBenefits).where(eq(actualBenefits.id, id)))[0];
const auditOf = async (id: string) => db.select().from(auditLog).where(and(eq(auditLog.orgId, a.orgId), eq(auditLog.entityId, id)));

async function created(input: Record<string, unknown> = {}) {
  const result = await createActualBenefit(a.org.slug, { investmentId: cafe, month: "2026-03", amount: "2.450,50 €", description: "Online revenue", ...input });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return result.data!.id;
}

describe("createActualBenefit", () => {
  it("records a month's amount read the workspace's way, typed, with an audit row", async () => {
    const id = await created();
    expect(await rowOf(id)).toMatchObject({ orgId: a.orgId, investmentId: cafe, month: "2026-03-01", amountCents: 245_050, description: "Online revenue", source: "typed", version: 1 });
    expect(await auditOf(id)).toMatchObject([{ action: "create", entity: "actualBenefit", userId: a.userId, before: null }]);
  });

  it("takes a loss and a measured zero", async () => {
    expect(await rowOf(await created({ amount: "-120" }))).toMatchObject({ amountCents: -12_000 });
    expect(await rowOf(await created({ amount: "0,00" }))).toMatchObject({ amountCents: 0 });
  });

  it.each([
    ["no amount", { amount: "" }, "amount", BENEFIT_AMOUNT_MISSING],
    ["three decimals", { amount: "1,234" }, "amount", "Use at most 2 decimal places."],
    ["an amount past the column", { amount: "10.000.000.001" }, "amount", "An amount can be at most 10.000.000.000 either way."],
    ["no month", { month: "" }, "month", "Choose the month it was realised in."],
    ["a day instead of a month", { month: "2026-03-15" }, "month", "Choose a month (YYYY-MM)."],
    ["no technology", { investmentId: "" }, "investmentId", "Choose a technology."],
  ])("refuses %s beside the field", async (_, input, field, message) => {
    const result = await createActualBenefit(a.org.slug, { investmentId: cafe, month: "2026-03", amount: "1", ...input });
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
  });

  it("another workspace's technology, or an unknown one, is not found", async () => {
    for (const investmentId of [theirs, randomUUID(), "nope"]) {
      expect(await createActualBenefit(a.org.slug, { investmentId, month: "2026-03", amount: "1" })).toMatchObject({ ok: false, message: "Not found." });
    }
    expect(await db.select().from(actualBenefits).where(eq(actualBenefits.investmentId, theirs))).toEqual([]);
  });

  it("a viewer may not", async () => {
    signInAs(viewer);
    expect(await createActualBenefit(a.org.slug, { investmentId: cafe, month: "2026-03", amount: "1" })).toMatchObject({ ok: false, message: "You don't have permission to do that." });
  });
});

describe("updateActualBenefit and deleteActualBenefit", () => {
  it("an edit names the version it read; a stale one changes nothing", async () => {
    const id = await created();
    expect(await updateActualBenefit(a.org.slug, { id, version: "1", month: "2026-04", amount: "3.000", description: "" })).toMatchObject({ ok: true });
    expect(await rowOf(id)).toMatchObject({ month: "2026-04-01", amountCents: 300_000, description: "", version: 2 });
    expect(await updateActualBenefit(a.org.slug, { id, version: "1", month: "2026-05", amount: "1", description: "" })).toMatchObject({
      ok: false,
      message: ACTUAL_BENEFIT_CONFLICT_MESSAGE,
    });
    expect(await rowOf(id)).toMatchObject({ month: "2026-04-01", version: 2 });
    const update = (await auditOf(id)).find((r) => r.action === "update")!;
    expect(update.before).toMatchObject({ amountCents: 245_050, version: 1 });
    expect(update.after).toMatchObject({ amountCents: 300_000, version: 2 });
  });

  it("deletes with an audit row keeping what it was", async () => {
    const id = await created();
    expect(await deleteActualBenefit(a.org.slug, { id })).toMatchObject({ ok: true });
    expect(await rowOf(id)).toBeUndefined();
    expect((await auditOf(id)).find((r) => r.action === "delete")?.before).toMatchObject({ amountCents: 245_050 });
  });

  it("another workspace's entry is not found for an edit or a delete", async () => {
    signInAs(b);
    const result = await createActualBenefit(b.org.slug, { investmentId: theirs, month: "2026-03", amount: "1" });
    signInAs(a);
    const id = result.data!.id;
    expect(await updateActualBenefit(a.org.slug, { id, version: "1", month: "2026-04", amount: "9", description: "" })).toMatchObject({ ok: false, message: "Not found." });
    expect(await deleteActualBenefit(a.org.slug, { id })).toMatchObject({ ok: false, message: "Not found." });
    expect(await rowOf(id)).toMatchObject({ amountCents: 100, version: 1 });
  });
});
