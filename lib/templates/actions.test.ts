import { and, count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, goals, kpis, memberships } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { Role } from "@/lib/domain/values";
import { createInvestment, createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { applyTemplate } = await import("./actions");
const { listTemplateSources } = await import("@/db/queries/templates");
const { getTemplatePreview } = await import("./view");

const signInAs = (userId: string) => auth.mockResolvedValue({ user: { id: userId } });
const join = (ctx: TenantCtx, userId: string, role: Role) => db.insert(memberships).values({ orgId: ctx.orgId, userId, role });

/** A source workspace with two KPIs (one linked to a technology and a goal) and two goals. */
async function sourceWorkspace() {
  const source = await createTenant("owner", { name: "Source Co" });
  const tech = await createInvestment(source);
  const [growth] = await db
    .insert(goals)
    .values([
      { orgId: source.orgId, title: "Grow online revenue", perspective: "financial", weight: 40, targetText: "Online ≥ 25% of sales", targetDate: "2027-12-31" },
      { orgId: source.orgId, title: "Happier guests", perspective: "customer", weight: 20, targetText: "NPS ≥ 50" },
    ])
    .returning();
  await db.insert(kpis).values([
    { orgId: source.orgId, name: "NPS", perspective: "customer", unit: "score", direction: "higher", baseline: "12", target: "50", targetDate: "2027-06-30", weight: "2", investmentId: tech.id, goalId: growth.id },
    { orgId: source.orgId, name: "Order lead time", perspective: "internal_process", unit: "duration", direction: "lower", baseline: "10", target: "4", weight: "1.5" },
  ]);
  return source;
}

async function snapshot(...orgIds: string[]) {
  const rows = await Promise.all(
    orgIds.map(async (orgId) => ({
      kpis: (await db.select().from(kpis).where(eq(kpis.orgId, orgId))).map((k) => k.name).sort(),
      goals: (await db.select().from(goals).where(eq(goals.orgId, orgId))).map((g) => g.title).sort(),
      audit: (await db.select({ n: count() }).from(auditLog).where(eq(auditLog.orgId, orgId)))[0].n,
    })),
  );
  return rows;
}

let source: TenantCtx;
let target: TenantCtx;

beforeEach(async () => {
  source = await sourceWorkspace();
  target = await createTenant("admin", { name: "Target Ltd" });
  await join(source, target.userId, "admin"); // the consultant administers both
  signInAs(target.userId);
});

describe("applyTemplate", () => {
  it("previews, copies KPI definitions and goals without their links, audits, and a second run skips everything", async () => {
    await db.insert(goals).values({ orgId: target.orgId, title: "happier GUESTS", perspective: "customer", weight: 5 });
    expect(await listTemplateSources(target)).toEqual([{ slug: source.org.slug, name: "Source Co" }]);
    const preview = await getTemplatePreview(target, source.org.slug);
    expect(preview?.kpis.add.map((k) => k.name)).toEqual(["NPS", "Order lead time"]);
    expect(preview?.goals.add.map((g) => g.title)).toEqual(["Grow online revenue"]);
    expect(preview?.goals.skip).toEqual(["Happier guests"]);

    const result = await applyTemplate(target.org.slug, { source: source.org.slug });
    expect(result).toEqual({ ok: true, data: { kpis: 2, goals: 1, skipped: 1 } });
    const copied = await db.select().from(kpis).where(eq(kpis.orgId, target.orgId));
    expect(copied.find((k) => k.name === "NPS")).toMatchObject({
      perspective: "customer",
      unit: "score",
      direction: "higher",
      baseline: "12.0000",
      target: "50.0000",
      targetDate: "2027-06-30",
      weight: "2.000",
      investmentId: null,
      goalId: null,
    });
    const [goal] = await db.select().from(goals).where(and(eq(goals.orgId, target.orgId), eq(goals.title, "Grow online revenue")));
    expect(goal).toMatchObject({ perspective: "financial", weight: 40, targetText: "Online ≥ 25% of sales", targetDate: "2027-12-31" });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, target.orgId), eq(auditLog.entity, "template")));
    expect(audit).toMatchObject({ action: "import", userId: target.userId, after: { kpis: ["NPS", "Order lead time"], goals: ["Grow online revenue"] } });

    // Independent afterwards: editing the copy leaves the source alone.
    await db.update(kpis).set({ target: "70" }).where(and(eq(kpis.orgId, target.orgId), eq(kpis.name, "NPS")));
    const [original] = await db.select().from(kpis).where(and(eq(kpis.orgId, source.orgId), eq(kpis.name, "NPS")));
    expect(original.target).toBe("50.0000");

    const before = await snapshot(target.orgId, source.orgId);
    expect(await applyTemplate(target.org.slug, { source: source.org.slug })).toEqual({ ok: true, data: { kpis: 0, goals: 0, skipped: 4 } });
    const after = await snapshot(target.orgId, source.orgId);
    expect(after[0]).toEqual({ ...before[0], audit: before[0].audit + 1 });
    expect(after[1]).toEqual(before[1]);
  });

  it.each([
    ["a member", "member"],
    ["a viewer", "viewer"],
  ] as const)("refuses a user who is only %s of the source, changing nothing", async (_label, role) => {
    await db.update(memberships).set({ role }).where(and(eq(memberships.orgId, source.orgId), eq(memberships.userId, target.userId)));
    const before = await snapshot(target.orgId, source.orgId);
    expect(await listTemplateSources(target)).toEqual([]);
    expect(await getTemplatePreview(target, source.org.slug)).toBeNull();
    expect(await applyTemplate(target.org.slug, { source: source.org.slug })).toMatchObject({ ok: false, message: "Choose a workspace you are an admin of as the source." });
    expect(await snapshot(target.orgId, source.orgId)).toEqual(before);
  });

  it("refuses a source the user does not belong to, and the target itself as source", async () => {
    const stranger = await sourceWorkspace();
    const before = await snapshot(target.orgId, stranger.orgId);
    expect(await getTemplatePreview(target, stranger.org.slug)).toBeNull();
    expect(await applyTemplate(target.org.slug, { source: stranger.org.slug })).toMatchObject({ ok: false, message: "Choose a workspace you are an admin of as the source." });
    expect(await applyTemplate(target.org.slug, { source: target.org.slug })).toMatchObject({ ok: false });
    // An org id instead of a slug is no way around the check either.
    expect(await applyTemplate(target.org.slug, { source: stranger.orgId })).toMatchObject({ ok: false });
    expect(await snapshot(target.orgId, stranger.orgId)).toEqual(before);
  });

  it("refuses a non-admin of the target, and a target workspace the user does not belong to", async () => {
    const member = await createTenant("member");
    await join(source, member.userId, "owner");
    const foreign = await createTenant("owner");
    const before = await snapshot(member.orgId, foreign.orgId, source.orgId);
    signInAs(member.userId);
    expect(await applyTemplate(member.org.slug, { source: source.org.slug })).toEqual({ ok: false, message: "You don't have permission to do that." });
    expect(await applyTemplate(foreign.org.slug, { source: source.org.slug })).toEqual({ ok: false, message: "Not found." });
    signInAs(target.userId);
    expect(await applyTemplate(foreign.org.slug, { source: source.org.slug })).toEqual({ ok: false, message: "Not found." });
    expect(await snapshot(member.orgId, foreign.orgId, source.orgId)).toEqual(before);
  });

  it("asks for a source when none is given", async () => {
    const result = await applyTemplate(target.org.slug, { source: "  " });
    expect(result).toMatchObject({ ok: false, fieldErrors: { source: ["Choose a source workspace."] } });
  });
});
