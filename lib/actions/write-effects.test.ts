import { count, eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/db";
import { changeMarker } from "@/db/queries/portfolio";
import { auditLog, goals, investments } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { TECHNOLOGY_CONFLICT_MESSAGE } from "@/lib/domain/messages";
import { AppError } from "@/lib/errors";
import { createInvestment, createTenant } from "@/test/factories";

/** What a write leaves behind besides its rows: a versioned row's next version, and the workspace's change marker. */

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { tenantAction } = await import("./tenant-action");
const { listPortfolio } = await import("@/lib/portfolio/view");

const signIn = (ctx: TenantCtx) => (session.current = { user: { id: ctx.userId } });
const technology = async (id: string) => (await db.select().from(investments).where(eq(investments.id, id)))[0];
const audits = async (orgId: string) => (await db.select({ n: count() }).from(auditLog).where(eq(auditLog.orgId, orgId)))[0].n;

beforeEach(() => {
  session.current = null;
});

describe("a versioned action", () => {
  // Renames a technology, naming the version its form read.
  const rename = tenantAction(
    z.object({ id: z.string(), version: z.coerce.number().int(), name: z.string().min(1) }),
    { role: "member", versioned: { entity: "technology", row: ({ id, version }) => ({ id, version }) } },
    async ({ id, name }) => {
      await db.update(investments).set({ name }).where(eq(investments.id, id));
      return { data: { id }, audit: { action: "update", entity: "investment", entityId: id, after: { name } } };
    },
  );

  it("saves a fresh version and moves it on by one", async () => {
    const ctx = await createTenant("member");
    const tech = await createInvestment(ctx, { name: "CRM" });
    signIn(ctx);
    expect(await rename(ctx.org.slug, { id: tech.id, version: String(tech.version), name: "CRM Plus" })).toMatchObject({ ok: true });
    expect(await technology(tech.id)).toMatchObject({ name: "CRM Plus", version: tech.version + 1 });
    expect(await rename(ctx.org.slug, { id: tech.id, version: String(tech.version + 1), name: "CRM Max" })).toMatchObject({ ok: true });
    expect(await technology(tech.id)).toMatchObject({ name: "CRM Max", version: tech.version + 2 });
  });

  it("refuses a stale version with the conflict message, and changes nothing", async () => {
    const ctx = await createTenant("member");
    const tech = await createInvestment(ctx, { name: "CRM", version: 3 });
    signIn(ctx);
    for (const stale of [2, 4]) {
      expect(await rename(ctx.org.slug, { id: tech.id, version: stale, name: "Overwritten" })).toMatchObject({ ok: false, message: TECHNOLOGY_CONFLICT_MESSAGE });
    }
    expect(await technology(tech.id)).toMatchObject({ name: "CRM", version: 3 });
    expect(await audits(ctx.orgId)).toBe(0);
  });

  it("answers another workspace's row, or no row, with not-found", async () => {
    const ctx = await createTenant("member");
    const other = await createTenant("owner");
    const theirs = await createInvestment(other, { name: "Theirs" });
    signIn(ctx);
    for (const id of [theirs.id, "1b4e28ba-2fa1-4d2b-8b5c-0e5a5c1e4f00", "not-an-id"]) {
      expect(await rename(ctx.org.slug, { id, version: 1, name: "Mine now" })).toMatchObject({ ok: false, message: new AppError("not_found").message });
    }
    expect(await technology(theirs.id)).toMatchObject({ name: "Theirs", version: 1 });
  });
});

describe("the change marker", () => {
  const addGoal = tenantAction(z.object({ title: z.string().min(1), fail: z.boolean().default(false) }), { role: "member" }, async ({ title, fail }, ctx) => {
    const [goal] = await db.insert(goals).values({ orgId: ctx.orgId, title, perspective: "financial" }).returning();
    if (fail) throw new AppError("conflict");
    return { data: { id: goal.id }, audit: { action: "create", entity: "goal", entityId: goal.id } };
  });
  const preview = tenantAction(z.object({}), { role: "viewer", readOnly: true }, async (_input, ctx) => (await listPortfolio(ctx)).length);
  const today = new Date("2026-06-15T12:00:00Z");

  it("moves on a committed write only: never on a read-only action, a page read, a refused or a rolled-back write", async () => {
    const ctx = await createTenant("member");
    await createInvestment(ctx);
    signIn(ctx);
    const start = await changeMarker(ctx, today);

    expect(await preview(ctx.org.slug, {})).toEqual({ ok: true, data: 1 });
    await listPortfolio(ctx, today);
    expect(await addGoal(ctx.org.slug, { title: "Grow", fail: true })).toMatchObject({ ok: false });
    expect(await addGoal(ctx.org.slug, { title: "" })).toMatchObject({ ok: false });
    expect(await changeMarker(ctx, today)).toBe(start);

    expect(await addGoal(ctx.org.slug, { title: "Grow" })).toMatchObject({ ok: true });
    const moved = await changeMarker(ctx, today);
    expect(moved).not.toBe(start);
    expect(await changeMarker(ctx, today)).toBe(moved);
  });

  it("moves when a write commits after a later-numbered one", async () => {
    const ctx = await createTenant("member");
    signIn(ctx);
    expect(await addGoal(ctx.org.slug, { title: "Grow" })).toMatchObject({ ok: true });
    const before = await changeMarker(ctx, today);
    // The row of a transaction that took its id first and committed last: its id is below the latest.
    await db.execute(
      sql`insert into audit_log (org_id, id, user_id, action, entity) overriding system value values (${ctx.orgId}, 0, ${ctx.userId}, 'update', 'goal')`,
    );
    expect(await changeMarker(ctx, today)).not.toBe(before);
  });
});
