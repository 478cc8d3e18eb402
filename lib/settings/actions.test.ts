import { and, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, organizations } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createTenant } from "@/test/factories";
import { CURRENCY_MESSAGE, DISCOUNT_RATE_MESSAGE, EMPLOYEES_MESSAGE, FISCAL_MONTH_MESSAGE, INDUSTRY_MESSAGE, NAME_MESSAGE, SIZE_BAND_MESSAGE, LOCALE_MESSAGE } from "./schemas";

const auth = vi.hoisted(() => vi.fn());
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath }));
const { updateWorkspaceSettings } = await import("./actions");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let admin: TenantCtx;
let owner: TenantCtx;
let member: TenantCtx;
let viewer: TenantCtx;
let other: TenantCtx;

beforeAll(async () => {
  admin = await createTenant("admin", { currency: "USD", discountRate: "0.08", industry: "hospitality" });
  owner = await addMember(admin, "owner");
  member = await addMember(admin, "member");
  viewer = await addMember(admin, "viewer");
  other = await createTenant("owner", { currency: "GBP", discountRate: "0.05" });
});

beforeEach(() => {
  signInAs(admin);
  revalidatePath.mockClear();
});

const payload = (overrides: Record<string, unknown> = {}) => ({
  name: "Harbor Bakery & Café",
  industry: "hospitality",
  sizeBand: "small",
  employees: "18",
  currency: "EUR",
  discountRate: "8",
  fiscalYearStartMonth: "1",
  locale: "en-US",
  ...overrides,
});

const orgOf = async (ctx: TenantCtx) => (await db.select().from(organizations).where(eq(organizations.id, ctx.orgId)))[0];
const auditCount = async (ctx: TenantCtx) => (await db.select({ n: count() }).from(auditLog).where(eq(auditLog.orgId, ctx.orgId)))[0].n;

describe("updateWorkspaceSettings", () => {

  it("saves every field, the rate as a fraction and the currency upper-case, with one audit row of before and after", async () => {
    const result = await updateWorkspaceSettings(admin.org.slug, payload({ name: "  Harbor Bakery  ", currency: " chf ", discountRate: "7.5 %", employees: "25", sizeBand: "medium", fiscalYearStartMonth: "4", industry: "food_beverage" }));
    expect(result).toEqual({ ok: true, data: { changed: true } });
    const org = await orgOf(admin);
    expect(org).toMatchObject({ slug: admin.org.slug, name: "Harbor Bakery", currency: "CHF", discountRate: "0.07500", employees: 25, sizeBand: "medium", fiscalYearStartMonth: 4, industry: "food_beverage" });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, admin.orgId), eq(auditLog.entity, "organization"))).orderBy(auditLog.id);
    expect(audit).toMatchObject({
      userId: admin.userId,
      action: "update",
      entityId: admin.orgId,
      before: expect.objectContaining({ currency: "USD", discountRate: "0.08000", industry: "hospitality" }),
      after: expect.objectContaining({ currency: "CHF", discountRate: "0.07500", name: "Harbor Bakery", fiscalYearStartMonth: 4 }),
    });
    expect(revalidatePath).toHaveBeenCalledWith(`/w/${admin.org.slug}`, "layout");
  });

  it("lets an owner save; an empty employee count clears it; 0% and a decimal in the workspace's locale are fine", async () => {
    signInAs(owner);
    expect(await updateWorkspaceSettings(admin.org.slug, payload({ employees: "", discountRate: "0", currency: "sek" }))).toMatchObject({ ok: true });
    expect(await orgOf(admin)).toMatchObject({ employees: null, discountRate: "0.00000", currency: "SEK" });
    expect(await updateWorkspaceSettings(admin.org.slug, payload({ discountRate: "12.25" }))).toMatchObject({ ok: true });
    expect((await orgOf(admin)).discountRate).toBe("0.12250");
    const [latest] = await db.select().from(auditLog).where(eq(auditLog.orgId, admin.orgId)).orderBy(auditLog.id).limit(1).offset((await auditCount(admin)) - 1);
    expect(latest).toMatchObject({ userId: owner.userId, before: expect.objectContaining({ discountRate: "0.00000" }), after: expect.objectContaining({ discountRate: "0.12250" }) });
  });

  it("writes nothing, and no audit row, when the values are the ones stored", async () => {
    await updateWorkspaceSettings(admin.org.slug, payload({ discountRate: "9" }));
    const n = await auditCount(admin);
    expect(await updateWorkspaceSettings(admin.org.slug, payload({ discountRate: "9.000" }))).toEqual({ ok: true, data: { changed: false } });
    expect(await auditCount(admin)).toBe(n);
  });

  it.each([
    ["an empty name", { name: "  " }, "name", NAME_MESSAGE],
    ["a name of 121 characters", { name: "x".repeat(121) }, "name", NAME_MESSAGE],
    ["no industry", { industry: "" }, "industry", INDUSTRY_MESSAGE],
    ["an unknown size band", { sizeBand: "huge" }, "sizeBand", SIZE_BAND_MESSAGE],
    ["zero employees", { employees: "0" }, "employees", EMPLOYEES_MESSAGE],
    ["a fractional employee count", { employees: "2.5" }, "employees", EMPLOYEES_MESSAGE],
    ["text as employees", { employees: "many" }, "employees", EMPLOYEES_MESSAGE],
    ["no currency", { currency: "" }, "currency", CURRENCY_MESSAGE],
    ["a two-letter currency", { currency: "EU" }, "currency", CURRENCY_MESSAGE],
    ["a made-up currency", { currency: "ZZQ" }, "currency", CURRENCY_MESSAGE],
    ["no discount rate", { discountRate: "" }, "discountRate", DISCOUNT_RATE_MESSAGE],
    ["a negative discount rate", { discountRate: "-1" }, "discountRate", DISCOUNT_RATE_MESSAGE],
    ["a discount rate over 50%", { discountRate: "50.5" }, "discountRate", DISCOUNT_RATE_MESSAGE],
    ["text as discount rate", { discountRate: "eight" }, "discountRate", DISCOUNT_RATE_MESSAGE],
    ["month 0", { fiscalYearStartMonth: "0" }, "fiscalYearStartMonth", FISCAL_MONTH_MESSAGE],
    ["month 13", { fiscalYearStartMonth: "13" }, "fiscalYearStartMonth", FISCAL_MONTH_MESSAGE],
  ])("refuses %s with a message beside the field, saving nothing", async (_name, overrides, field, message) => {
    const before = await orgOf(admin);
    const n = await auditCount(admin);
    const result = await updateWorkspaceSettings(admin.org.slug, payload({ name: "Should not be saved", ...overrides }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]).toEqual([message]);
    expect(result.values).toMatchObject({ [field]: String((overrides as Record<string, unknown>)[field]) });
    expect(await orgOf(admin)).toEqual(before);
    expect(await auditCount(admin)).toBe(n);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it.each([
    ["a member", () => member],
    ["a viewer", () => viewer],
  ])("refuses %s, saving nothing", async (_name, who) => {
    signInAs(who());
    const before = await orgOf(admin);
    const result = await updateWorkspaceSettings(admin.org.slug, payload({ name: "Taken over", currency: "JPY" }));
    expect(result).toMatchObject({ ok: false, message: "You don't have permission to do that." });
    expect(await orgOf(admin)).toEqual(before);
  });

  it("answers not-found for another workspace's slug and for nobody signed in, saving nothing", async () => {
    const before = await orgOf(other);
    const n = await auditCount(other);
    expect(await updateWorkspaceSettings(other.org.slug, payload({ name: "Taken over" }))).toMatchObject({ ok: false, message: "Not found." });
    auth.mockResolvedValue(null);
    expect(await updateWorkspaceSettings(other.org.slug, payload({ name: "Taken over" }))).toMatchObject({ ok: false, message: "Not found." });
    expect(await orgOf(other)).toEqual(before);
    expect(await auditCount(other)).toBe(n);
  });

  it("ignores an org id or slug sent with the form: only the URL's workspace changes", async () => {
    const before = await orgOf(other);
    expect(await updateWorkspaceSettings(admin.org.slug, { ...payload({ name: "Mine" }), orgId: other.orgId, id: other.orgId, slug: "stolen" })).toMatchObject({ ok: true });
    expect(await orgOf(admin)).toMatchObject({ name: "Mine", slug: admin.org.slug });
    expect(await orgOf(other)).toEqual(before);
  });
});

describe("the workspace's locale", () => {
  it("sets the workspace's locale, and reads the discount rate the way the workspace's locale writes it", async () => {
    const ws = await createTenant("admin");
    signInAs(ws);
    expect(await updateWorkspaceSettings(ws.org.slug, payload({ locale: "de-DE", discountRate: "7.5" }))).toMatchObject({ ok: true });
    expect(await orgOf(ws)).toMatchObject({ locale: "de-DE", discountRate: "0.07500" });
    expect(await updateWorkspaceSettings(ws.org.slug, payload({ locale: "de-DE", discountRate: "6,25" }))).toMatchObject({ ok: true });
    expect(await orgOf(ws)).toMatchObject({ discountRate: "0.06250" });
    const refused = await updateWorkspaceSettings(ws.org.slug, payload({ locale: "de-DE", discountRate: "6.25" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { discountRate: [DISCOUNT_RATE_MESSAGE] } });
    expect(await updateWorkspaceSettings(ws.org.slug, payload({ locale: "xx-XX" }))).toMatchObject({ ok: false, fieldErrors: { locale: [LOCALE_MESSAGE] } });
    expect(await orgOf(ws)).toMatchObject({ locale: "de-DE", discountRate: "0.06250" });
    await updateWorkspaceSettings(ws.org.slug, payload({ locale: "en-US", discountRate: "8" }));
  });
});
