import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { db } from "@/db";
import { openTransaction } from "@/db/scope";
import { auditLog, goals } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { createTenant } from "@/test/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));
const { tenantAction } = await import("./tenant-action");
import type { FormAction } from "./tenant-action";

// A small action of the real shape: it writes a goal, then optionally fails after the write.
const addGoal = tenantAction(
  z.object({ title: z.string().trim().min(1, "Give the goal a title."), fail: z.enum(["no", "app", "crash"]).default("no") }),
  { role: "member" },
  async (input, ctx) => {
    const [goal] = await db.insert(goals).values({ orgId: ctx.orgId, title: input.title, perspective: "financial" }).returning();
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
  revalidatePath.mockClear();
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

  it("runs as a form action bound to the slug: (slug, previous state, form data), as useActionState calls it", async () => {
    const ctx = await createTenant("member");
    session.current = { user: { id: ctx.userId } };
    const formAction: FormAction<{ id: string }> = addGoal.bind(null, ctx.org.slug);
    const form = new FormData();
    form.set("title", "Bound");
    const previous = { ok: false, message: "An earlier failure", values: { title: "" } };
    expect(await formAction(previous, form)).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    form.set("title", " ");
    expect(await formAction(previous, form)).toMatchObject({ ok: false, fieldErrors: { title: ["Give the goal a title."] }, values: { title: " " } });
    expect(await rows(ctx.orgId)).toEqual({ goals: 1, audit: 1 });
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

describe("revalidate", () => {
  const refreshing = (revalidate: "workspace" | "workspaces" | ((slug: string, data: { id: string }) => string[])) =>
    tenantAction(z.object({ title: z.string().min(1), fail: z.boolean().default(false) }), { role: "member", revalidate }, async (input, ctx) => {
      const [goal] = await db.insert(goals).values({ orgId: ctx.orgId, title: input.title, perspective: "financial" }).returning();
      if (input.fail) throw new AppError("conflict");
      return { data: { id: goal.id }, audit: { action: "create", entity: "goal", entityId: goal.id } };
    });

  it.each([
    ["workspace", (slug: string) => [[`/w/${slug}`, "layout"]]],
    ["workspaces", (slug: string) => [["/workspaces", "layout"], [`/w/${slug}`, "layout"]]],
  ] as const)("refreshes the %s after a successful commit", async (revalidate, expected) => {
    const ctx = await createTenant("member");
    session.current = { user: { id: ctx.userId } };
    expect(await refreshing(revalidate)(ctx.org.slug, { title: "Grow" })).toMatchObject({ ok: true });
    expect(revalidatePath.mock.calls).toEqual(expected(ctx.org.slug));
  });

  it("refreshes the paths the result names, and nothing when the action fails or is refused", async () => {
    const ctx = await createTenant("member");
    session.current = { user: { id: ctx.userId } };
    const action = refreshing((slug, data) => [`/w/${slug}/goals/${data.id}`]);
    expect(await action(ctx.org.slug, { title: "Grow", fail: true })).toMatchObject({ ok: false, message: new AppError("conflict").message });
    expect(await action(ctx.org.slug, { title: "" })).toMatchObject({ ok: false });
    expect(revalidatePath).not.toHaveBeenCalled();
    const result = await action(ctx.org.slug, { title: "Grow" });
    expect(revalidatePath.mock.calls).toEqual([[`/w/${ctx.org.slug}/goals/${result.data!.id}`, "layout"]]);
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
    async (input, ctx) => {
      const [goal] = await db.insert(goals).values({ orgId: ctx.orgId, title: `${input.title} ${input.weight}`, perspective: "financial" }).returning();
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

describe("a read-only action", () => {
  // A read of the same shape: it counts the workspace's goals and writes nothing.
  const countGoals = tenantAction(z.object({ fail: z.enum(["no", "app", "crash"]).default("no") }), { role: "viewer", readOnly: true }, async (input, ctx) => {
    if (input.fail === "app") throw new AppError("invalid", "That budget is too large to optimize.");
    if (input.fail === "crash") throw new Error("connection reset");
    return (await rows(ctx.orgId)).goals;
  });

  it("answers a viewer of the workspace named by the slug, and writes no audit row", async () => {
    const ctx = await createTenant("viewer");
    session.current = { user: { id: ctx.userId } };
    expect(await countGoals(ctx.org.slug, {})).toEqual({ ok: true, data: 0 });
    expect((await rows(ctx.orgId)).audit).toBe(0);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("holds no transaction open while it computes", async () => {
    const ctx = await createTenant("viewer");
    session.current = { user: { id: ctx.userId } };
    const open = tenantAction(z.object({}), { role: "viewer", readOnly: true }, async () => openTransaction() !== undefined);
    expect(await open(ctx.org.slug, {})).toEqual({ ok: true, data: false });
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
