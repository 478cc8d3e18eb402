import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/db";
import { auditLog, goals } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createTenant } from "@/test/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
const { tenantAction, tenantQuery } = await import("./tenant-action");

// A small action of the real shape: it writes a goal, then optionally fails after the write.
const addGoal = tenantAction(
  z.object({ title: z.string().trim().min(1, "Give the goal a title."), fail: z.enum(["no", "app", "crash"]).default("no") }),
  { role: "member" },
  async (input, ctx, tx) => {
    const [goal] = await tx.insert(goals).values({ orgId: ctx.orgId, title: input.title, perspective: "financial" }).returning();
    if (input.fail === "app") throw new AppError("conflict", "Someone else changed it.");
    if (input.fail === "crash") throw new Error("connection reset");
    return { data: { id: goal.id }, audit: { action: "create", entity: "goal", entityId: goal.id, after: { title: input.title } } };
  },
);

async function rows(orgId: string) {
  const [[g], [a]] = await Promise.all([
    db.select({ n: count() }).from(goals).where(eq(goals.orgId, orgId)),
    db.select({ n: count() }).from(auditLog).where(eq(auditLog.orgId, orgId)),
  ]);
  return { goals: g.n, audit: a.n };
}

beforeEach(() => {
  session.current = null;
});

describe("tenantAction", () => {
  it("writes the change and its audit row, for the workspace named by the slug", async () => {
    const ctx = await createTenant("member");
    session.current = { user: { id: ctx.userId } };
    const result = await addGoal(ctx.org.slug, { title: "Grow online" });
    expect(result).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    expect(await rows(ctx.orgId)).toEqual({ goals: 1, audit: 1 });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.orgId, ctx.orgId));
    expect(entry).toMatchObject({ userId: ctx.userId, action: "create", entity: "goal", after: { title: "Grow online" } });
  });

  it.each([
    ["signed out", null, "Not found."],
    ["not a member of the workspace", "stranger", "Not found."],
    ["a viewer", "viewer", "You don't have permission to do that."],
  ])("refuses a caller who is %s and writes nothing", async (_label, who, message) => {
    const ctx = await createTenant("member");
    const viewer = await createTenant("viewer");
    if (who === "stranger") session.current = { user: { id: viewer.userId } };
    if (who === "viewer") session.current = { user: { id: viewer.userId } };
    const slug = who === "viewer" ? viewer.org.slug : ctx.org.slug;
    expect(await addGoal(slug, { title: "Sneaky" })).toEqual({ ok: false, message });
    expect(await rows(ctx.orgId)).toEqual({ goals: 0, audit: 0 });
    expect(await rows(viewer.orgId)).toEqual({ goals: 0, audit: 0 });
  });

  it("returns field errors and the values typed, from a form too", async () => {
    const ctx = await createTenant("admin");
    session.current = { user: { id: ctx.userId } };
    const form = new FormData();
    form.set("title", "   ");
    expect(await addGoal(ctx.org.slug, form)).toMatchObject({ ok: false, fieldErrors: { title: ["Give the goal a title."] }, values: { title: "   " } });
    expect(await rows(ctx.orgId)).toEqual({ goals: 0, audit: 0 });
  });

  it.each(["null", "42", '["title"]', '"text"', "{not json"])("answers a JSON payload that is not an object (%s) with field errors", async (payload) => {
    const ctx = await createTenant("admin");
    session.current = { user: { id: ctx.userId } };
    const form = new FormData();
    form.set("payload", payload);
    expect(await addGoal(ctx.org.slug, form)).toMatchObject({ ok: false, fieldErrors: { title: [expect.any(String)] } });
    expect(await rows(ctx.orgId)).toEqual({ goals: 0, audit: 0 });
  });

  it("rolls back everything the handler wrote when it fails, with its message or a generic one", async () => {
    const ctx = await createTenant("owner");
    session.current = { user: { id: ctx.userId } };
    expect(await addGoal(ctx.org.slug, { title: "A", fail: "app" })).toMatchObject({ ok: false, message: "Someone else changed it." });
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const crashed = await addGoal(ctx.org.slug, { title: "B", fail: "crash" });
    quiet.mockRestore();
    expect(crashed.message).toBe("Something went wrong, and nothing was saved. Please try again.");
    expect(JSON.stringify(crashed)).not.toContain("connection reset");
    expect(await rows(ctx.orgId)).toEqual({ goals: 0, audit: 0 });
  });
});

describe("a schema built for the workspace", () => {
  // The schema depends on the workspace's locale: built from the context resolved on the server, after the checks.
  const built = vi.fn();
  const addWeightedGoal = tenantAction(
    (ctx) => {
      built(ctx.org.locale);
      const comma = ctx.org.locale === "de-DE";
      return z.object({
        title: z.string().min(1),
        weight: z.string().transform((w, issue) => {
          const n = Number(comma ? w.replace(",", ".") : w);
          if (Number.isNaN(n) || (!comma && w.includes(","))) issue.addIssue({ code: "custom", message: `Not a number in ${ctx.org.locale}.` });
          return n;
        }),
      });
    },
    { role: "member" },
    async (input, ctx, tx) => {
      const [goal] = await tx.insert(goals).values({ orgId: ctx.orgId, title: `${input.title} ${input.weight}`, perspective: "financial" }).returning();
      return { data: { title: goal.title }, audit: { action: "create", entity: "goal", entityId: goal.id } };
    },
  );

  beforeEach(() => built.mockClear());

  it("validates with the schema of the caller's workspace", async () => {
    const de = await createTenant("member", { locale: "de-DE" });
    const us = await createTenant("member", { locale: "en-US" });
    session.current = { user: { id: de.userId } };
    expect(await addWeightedGoal(de.org.slug, { title: "Grow", weight: "1,5" })).toMatchObject({ ok: true, data: { title: "Grow 1.5" } });
    session.current = { user: { id: us.userId } };
    expect(await addWeightedGoal(us.org.slug, { title: "Grow", weight: "1,5" })).toMatchObject({ ok: false, fieldErrors: { weight: ["Not a number in en-US."] } });
    expect(built.mock.calls).toEqual([["de-DE"], ["en-US"]]);
  });

  it("is not built for a caller refused before validation", async () => {
    const ctx = await createTenant("viewer", { locale: "de-DE" });
    const stranger = await createTenant("owner");
    session.current = { user: { id: ctx.userId } };
    expect(await addWeightedGoal(ctx.org.slug, { title: "Grow", weight: "1" })).toEqual({ ok: false, message: "You don't have permission to do that." });
    session.current = { user: { id: stranger.userId } };
    expect(await addWeightedGoal(ctx.org.slug, { title: "Grow", weight: "1" })).toEqual({ ok: false, message: "Not found." });
    expect(built).not.toHaveBeenCalled();
    expect(await rows(ctx.orgId)).toEqual({ goals: 0, audit: 0 });
  });
});

describe("tenantQuery", () => {
  // A read of the same shape: it counts the workspace's goals and writes nothing.
  const countGoals = tenantQuery(z.object({ fail: z.enum(["no", "app", "crash"]).default("no") }), { role: "viewer" }, async (input, ctx) => {
    if (input.fail === "app") throw new AppError("invalid", "That budget is too large to optimize.");
    if (input.fail === "crash") throw new Error("connection reset");
    return (await rows(ctx.orgId)).goals;
  });

  it("answers a viewer of the workspace named by the slug, and writes no audit row", async () => {
    const ctx = await createTenant("viewer");
    session.current = { user: { id: ctx.userId } };
    expect(await countGoals(ctx.org.slug, {})).toEqual({ ok: true, data: 0 });
    expect((await rows(ctx.orgId)).audit).toBe(0);
  });

  it("refuses a stranger and invalid input before it reads, and words failures", async () => {
    const ctx = await createTenant("viewer");
    const stranger = await createTenant("owner");
    session.current = { user: { id: stranger.userId } };
    expect(await countGoals(ctx.org.slug, {})).toEqual({ ok: false, message: new AppError("not_found").message });
    session.current = { user: { id: ctx.userId } };
    expect((await countGoals(ctx.org.slug, { fail: "maybe" })).fieldErrors?.fail).toHaveLength(1);
    expect(await countGoals(ctx.org.slug, { fail: "app" })).toMatchObject({ ok: false, message: "That budget is too large to optimize." });
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await countGoals(ctx.org.slug, { fail: "crash" })).toMatchObject({ ok: false, message: "Something went wrong. Please try again." });
  });
});
