import { randomUUID } from "node:crypto";
import { and, count, desc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, integrations } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));
const { addIntegration, removeIntegration } = await import("./actions");
const { DUPLICATE_LINK_MESSAGE, SELF_LINK_MESSAGE, UNKNOWN_TECHNOLOGY_MESSAGE } = await import("./schemas");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let a: TenantCtx;
let b: TenantCtx;
let viewer: TenantCtx;
let pos: string;
let accounting: string;
let online: string;
let bTech: string;

beforeAll(async () => {
  a = await createTenant("member");
  b = await createTenant("owner");
  viewer = await addMember(a, "viewer");
  [pos, accounting, online] = (
    await Promise.all(["Cloud POS", "Cloud accounting", "Online ordering"].map((name) => createInvestment(a, { name })))
  ).map((t) => t.id);
  bTech = (await createInvestment(b, { name: "B's ERP" })).id;
});

beforeEach(() => {
  signInAs(a);
  revalidatePath.mockClear();
});

async function counts() {
  const [[links], [audits]] = await Promise.all([db.select({ n: count() }).from(integrations), db.select({ n: count() }).from(auditLog)]);
  return { links: links.n, audits: audits.n };
}

const linksOf = (ctx: TenantCtx) =>
  db
    .select({ from: integrations.fromInvestmentId, to: integrations.toInvestmentId, description: integrations.description })
    .from(integrations)
    .where(eq(integrations.orgId, ctx.orgId));

async function clearLinks() {
  await db.delete(integrations).where(eq(integrations.orgId, a.orgId));
}

describe("addIntegration", () => {
  beforeEach(clearLinks);

  it("links this technology to another in either direction, with an audit row and fresh pages", async () => {
    const sends = await addIntegration(a.org.slug, { technologyId: pos, direction: "sends", otherId: accounting, description: "  Daily sales totals " });
    expect(sends).toMatchObject({ ok: true, data: { id: expect.any(String), fromId: pos, toId: accounting } });
    const receives = await addIntegration(a.org.slug, { technologyId: pos, direction: "receives", otherId: online, description: "" });
    expect(receives).toMatchObject({ ok: true, data: { fromId: online, toId: pos } });

    expect(await linksOf(a)).toEqual(
      expect.arrayContaining([
        { from: pos, to: accounting, description: "Daily sales totals" },
        { from: online, to: pos, description: "" },
      ]),
    );
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, a.orgId), eq(auditLog.entityId, sends.data!.id)));
    expect(audit).toMatchObject({ userId: a.userId, action: "create", entity: "integration", before: null });
    expect(audit.after).toMatchObject({ fromInvestmentId: pos, toInvestmentId: accounting, fromName: "Cloud POS", toName: "Cloud accounting" });
    expect(revalidatePath).toHaveBeenCalledWith(`/w/${a.org.slug}/portfolio/${pos}`, "layout");
    expect(revalidatePath).toHaveBeenCalledWith(`/w/${a.org.slug}/portfolio/${accounting}`, "layout");
  });

  it("accepts a form post", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ technologyId: pos, direction: "sends", otherId: online, description: "Menu" })) form.set(k, v);
    expect(await addIntegration(a.org.slug, form)).toMatchObject({ ok: true });
  });

  it("allows the reverse link (two-way sync) but refuses the same link twice, with a message beside the picker", async () => {
    expect((await addIntegration(a.org.slug, { technologyId: pos, direction: "sends", otherId: accounting })).ok).toBe(true);
    expect((await addIntegration(a.org.slug, { technologyId: pos, direction: "receives", otherId: accounting })).ok).toBe(true);
    const before = await counts();
    // The same link, added from the other technology's page.
    const again = await addIntegration(a.org.slug, { technologyId: accounting, direction: "receives", otherId: pos });
    expect(again).toMatchObject({ ok: false, message: DUPLICATE_LINK_MESSAGE, fieldErrors: { otherId: [DUPLICATE_LINK_MESSAGE] } });
    expect(await counts()).toEqual(before);
    expect(revalidatePath).toHaveBeenCalledTimes(6); // only the two successful adds
  });

  it.each([
    ["a self-link", () => ({ technologyId: pos, direction: "sends", otherId: pos }), "otherId", SELF_LINK_MESSAGE],
    ["a self-link in other letter case", () => ({ technologyId: pos, direction: "sends", otherId: pos.toUpperCase() }), "otherId", SELF_LINK_MESSAGE],
    ["no technology chosen", () => ({ technologyId: pos, direction: "sends", otherId: "" }), "otherId", "Choose a technology."],
    ["a malformed id", () => ({ technologyId: pos, direction: "sends", otherId: "1; drop table integrations" }), "otherId", UNKNOWN_TECHNOLOGY_MESSAGE],
    ["no direction", () => ({ technologyId: pos, direction: "sideways", otherId: accounting }), "direction", "Choose whether it sends or receives data."],
    ["a long description", () => ({ technologyId: pos, direction: "sends", otherId: accounting, description: "x".repeat(201) }), "description", "The description can be at most 200 characters."],
    ["another workspace's technology", () => ({ technologyId: pos, direction: "sends", otherId: bTech }), "otherId", UNKNOWN_TECHNOLOGY_MESSAGE],
    ["another workspace's technology as the source", () => ({ technologyId: pos, direction: "receives", otherId: bTech }), "otherId", UNKNOWN_TECHNOLOGY_MESSAGE],
    ["an unknown technology", () => ({ technologyId: pos, direction: "sends", otherId: randomUUID() }), "otherId", UNKNOWN_TECHNOLOGY_MESSAGE],
    ["this page's technology from another workspace", () => ({ technologyId: bTech, direction: "sends", otherId: pos }), "technologyId", UNKNOWN_TECHNOLOGY_MESSAGE],
  ] as const)("refuses %s beside the field and changes nothing", async (_label, input, key, message) => {
    const before = await counts();
    const result = await addIntegration(a.org.slug, input());
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[key]).toEqual([message]);
    expect(await counts()).toEqual(before);
    expect(await linksOf(b)).toEqual([]);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses a viewer, and a member of another workspace, and changes nothing", async () => {
    const before = await counts();
    signInAs(viewer);
    expect(await addIntegration(a.org.slug, { technologyId: pos, direction: "sends", otherId: accounting })).toMatchObject({
      ok: false,
      message: "You don't have permission to do that.",
    });
    signInAs(b);
    expect(await addIntegration(a.org.slug, { technologyId: pos, direction: "sends", otherId: accounting })).toMatchObject({ ok: false, message: "Not found." });
    auth.mockResolvedValue(null);
    expect((await addIntegration(a.org.slug, { technologyId: pos, direction: "sends", otherId: accounting })).ok).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("lets an owner of the other workspace link only within it", async () => {
    signInAs(b);
    const bOther = (await createInvestment(b, { name: "B's shop" })).id;
    expect((await addIntegration(b.org.slug, { technologyId: bOther, direction: "sends", otherId: bTech })).ok).toBe(true);
    expect(await linksOf(b)).toEqual([{ from: bOther, to: bTech, description: "" }]);
    expect(await linksOf(a)).toEqual([]);
  });

  it("is refused by the database itself for a self-link or a cross-workspace end", async () => {
    await expect(db.insert(integrations).values({ orgId: a.orgId, fromInvestmentId: pos, toInvestmentId: pos })).rejects.toThrow();
    await expect(db.insert(integrations).values({ orgId: a.orgId, fromInvestmentId: pos, toInvestmentId: bTech })).rejects.toThrow();
    await expect(db.insert(integrations).values({ orgId: b.orgId, fromInvestmentId: pos, toInvestmentId: bTech })).rejects.toThrow();
  });
});

describe("removeIntegration", () => {
  let linkId: string;
  beforeEach(async () => {
    await clearLinks();
    const added = await addIntegration(a.org.slug, { technologyId: online, direction: "sends", otherId: pos, description: "Orders" });
    linkId = added.data!.id;
    revalidatePath.mockClear();
  });

  it("removes the link, keeps both technologies and writes an audit row", async () => {
    const result = await removeIntegration(a.org.slug, { id: linkId });
    expect(result).toMatchObject({ ok: true, data: { id: linkId, fromId: online, toId: pos } });
    expect(await linksOf(a)).toEqual([]);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.orgId, a.orgId)).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ action: "delete", entity: "integration", entityId: linkId, after: null });
    expect(audit.before).toMatchObject({ fromName: "Online ordering", toName: "Cloud POS", description: "Orders" });
    expect(revalidatePath).toHaveBeenCalledWith(`/w/${a.org.slug}/portfolio/${online}`, "layout");
  });

  it("refuses a viewer and another workspace's member, and an unknown or malformed id", async () => {
    const before = await counts();
    signInAs(viewer);
    expect((await removeIntegration(a.org.slug, { id: linkId })).ok).toBe(false);
    signInAs(b);
    expect(await removeIntegration(b.org.slug, { id: linkId })).toMatchObject({ ok: false, message: "Not found." });
    signInAs(a);
    expect(await removeIntegration(a.org.slug, { id: randomUUID() })).toMatchObject({ ok: false, message: "Not found." });
    expect((await removeIntegration(a.org.slug, { id: "nope" })).ok).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("goes with either technology when it is deleted", async () => {
    const temp = (await createInvestment(a, { name: "Temporary" })).id;
    expect((await addIntegration(a.org.slug, { technologyId: temp, direction: "receives", otherId: pos })).ok).toBe(true);
    const { investments } = await import("@/db/schema");
    await db.delete(investments).where(and(eq(investments.orgId, a.orgId), eq(investments.id, temp)));
    expect(await linksOf(a)).toEqual([{ from: online, to: pos, description: "Orders" }]);
  });
});
