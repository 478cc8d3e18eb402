import { randomUUID } from "node:crypto";
import { and, count, eq, inArray } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { alignments, auditLog, goals, investments, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { createGoal, deleteGoal, saveAlignments, updateGoal } = await import("./actions");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let a: TenantCtx;
let owner: TenantCtx;
let member: TenantCtx;
let viewer: TenantCtx;
let b: TenantCtx;
let bTechId: string;
let bGoalId: string;

beforeAll(async () => {
  a = await createTenant("admin");
  owner = await addMember(a, "owner");
  member = await addMember(a, "member");
  viewer = await addMember(a, "viewer");
  b = await createTenant("owner");
  bTechId = (await createInvestment(b)).id;
  [{ id: bGoalId }] = await db.insert(goals).values({ orgId: b.orgId, title: "B's goal", perspective: "customer", weight: 50 }).returning();
});

beforeEach(() => signInAs(a));

let n = 0;
const payload = (overrides: Record<string, unknown> = {}) => ({
  title: `Grow online revenue ${++n}`,
  perspective: "financial",
  weight: "30",
  targetText: "Online orders ≥ 25% of sales",
  targetDate: "2027-12-31",
  ...overrides,
});

async function rowCounts() {
  const tables = { goals, alignments, auditLog, kpis };
  const entries = await Promise.all(Object.entries(tables).map(async ([name, t]) => [name, (await db.select({ n: count() }).from(t))[0].n] as const));
  return Object.fromEntries(entries);
}

async function goalFor(ctx: TenantCtx, overrides: Record<string, unknown> = {}) {
  signInAs(ctx);
  const result = await createGoal(ctx.org.slug, payload(overrides));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  signInAs(a);
  return result.data!.id;
}

const versionOf = async (id: string) => (await db.select({ v: investments.version }).from(investments).where(eq(investments.id, id)))[0].v;
const strengthsOf = async (investmentId: string) =>
  Object.fromEntries((await db.select().from(alignments).where(eq(alignments.investmentId, investmentId))).map((r) => [r.goalId, r.strength]));

describe("goals", () => {
  it("creates a goal with an audit row", async () => {
    const before = await rowCounts();
    const result = await createGoal(a.org.slug, payload({ title: "  Cut food waste 15%  ", weight: " 20 ", targetDate: "" }));
    expect(result).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const [row] = await db.select().from(goals).where(eq(goals.id, result.data!.id));
    expect(row).toMatchObject({ orgId: a.orgId, title: "Cut food waste 15%", perspective: "financial", weight: 20, targetText: "Online orders ≥ 25% of sales", targetDate: null });
    expect(await rowCounts()).toEqual({ ...before, goals: before.goals + 1, auditLog: before.auditLog + 1 });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audit).toMatchObject({ action: "create", entity: "goal", userId: a.userId, orgId: a.orgId });
  });

  it("lets an owner edit a goal, auditing before and after", async () => {
    const id = await goalFor(a);
    signInAs(owner);
    expect(await updateGoal(a.org.slug, { ...payload({ title: "Renamed goal", perspective: "learning_growth", weight: "0", targetDate: "2028-01-15" }), id })).toMatchObject({ ok: true });
    const [row] = await db.select().from(goals).where(eq(goals.id, id));
    expect(row).toMatchObject({ title: "Renamed goal", perspective: "learning_growth", weight: 0, targetDate: "2028-01-15" });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "update")));
    expect(audit).toMatchObject({ entity: "goal", userId: owner.userId, before: expect.objectContaining({ weight: 30 }), after: expect.objectContaining({ weight: 0 }) });
  });

  it("deletes a goal: its alignments go, its KPIs stay unlinked, linked technologies get a new version", async () => {
    const id = await goalFor(a);
    const tech = await createInvestment(a);
    const other = await goalFor(a);
    await db.insert(alignments).values([
      { orgId: a.orgId, investmentId: tech.id, goalId: id, strength: 4 },
      { orgId: a.orgId, investmentId: tech.id, goalId: other, strength: 2 },
    ]);
    const [kpi] = await db
      .insert(kpis)
      .values({ orgId: a.orgId, name: `Online share ${n}`, perspective: "financial", unit: "percent", direction: "higher", baseline: "10", target: "25", goalId: id })
      .returning();

    expect(await deleteGoal(a.org.slug, { id })).toMatchObject({ ok: true, data: { id } });
    expect(await db.select().from(goals).where(eq(goals.id, id))).toEqual([]);
    expect(await strengthsOf(tech.id)).toEqual({ [other]: 2 });
    const [kept] = await db.select().from(kpis).where(eq(kpis.id, kpi.id));
    expect(kept).toMatchObject({ goalId: null, orgId: a.orgId });
    expect(await versionOf(tech.id)).toBe(tech.version + 1);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "delete")));
    expect(audit.before).toMatchObject({ title: expect.any(String), alignments: [{ investmentId: tech.id, strength: 4 }], unlinkedKpis: [{ id: kpi.id }] });
  });

  it.each([
    ["an empty title", { title: "   " }, "title", "Enter the goal's title."],
    ["a title of 161 characters", { title: "x".repeat(161) }, "title", "The title can be at most 160 characters."],
    ["no perspective", { perspective: "" }, "perspective", "Choose a scorecard perspective."],
    ["an unknown perspective", { perspective: "vibes" }, "perspective", "Choose a scorecard perspective."],
    ["a blank weight", { weight: "" }, "weight", "Enter the weight as a whole number from 0 to 100."],
    ["a weight of 101", { weight: "101" }, "weight", "Enter the weight as a whole number from 0 to 100."],
    ["a negative weight", { weight: "-1" }, "weight", "Enter the weight as a whole number from 0 to 100."],
    ["a fractional weight", { weight: "12.5" }, "weight", "Enter the weight as a whole number from 0 to 100."],
    ["text as weight", { weight: "lots" }, "weight", "Enter a number written like 1,234.56 (“.” before the decimals)."],
    ["no measurable target", { targetText: " " }, "targetText", "Say how you will know it is met, e.g. “Online orders ≥ 25% of sales”."],
    ["an impossible date", { targetDate: "2027-02-30" }, "targetDate", "Enter the target date as a date (YYYY-MM-DD)."],
  ] as const)("refuses %s with its message beside the field and writes nothing", async (_label, change, key, message) => {
    const before = await rowCounts();
    const result = await createGoal(a.org.slug, payload({ ...change }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[key]).toEqual([message]);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a duplicate title (in any case) on create and rename, but allows it in another workspace", async () => {
    await goalFor(a, { title: "Zero data breaches" });
    const other = await goalFor(a, { title: "Raise NPS" });
    const before = await rowCounts();
    const duplicate = { ok: false, fieldErrors: { title: ["A goal with this title exists."] } };
    expect(await createGoal(a.org.slug, payload({ title: "Zero data breaches" }))).toMatchObject(duplicate);
    expect(await createGoal(a.org.slug, payload({ title: "zero DATA breaches" }))).toMatchObject(duplicate);
    expect(await updateGoal(a.org.slug, { ...payload({ title: "Zero data breaches" }), id: other })).toMatchObject(duplicate);
    expect(await rowCounts()).toEqual(before);
    await goalFor(b, { title: "Zero data breaches" });
  });

  it.each([
    ["a member", () => member],
    ["a viewer", () => viewer],
  ])("refuses %s creating, editing or deleting goals", async (_label, who) => {
    const id = await goalFor(a);
    const original = await db.select().from(goals).where(eq(goals.id, id));
    signInAs(who());
    const before = await rowCounts();
    const forbidden = { ok: false, message: "You don't have permission to do that." };
    expect(await createGoal(a.org.slug, payload())).toEqual(forbidden);
    expect(await updateGoal(a.org.slug, { ...payload({ title: "Hijacked" }), id })).toEqual(forbidden);
    expect(await deleteGoal(a.org.slug, { id })).toEqual(forbidden);
    expect(await rowCounts()).toEqual(before);
    expect(await db.select().from(goals).where(eq(goals.id, id))).toEqual(original);
  });
});

describe("the alignment matrix", () => {
  let t1: { id: string; version: number };
  let t2: { id: string; version: number };
  let t3: { id: string; version: number };
  let g1: string;
  let g2: string;

  beforeAll(async () => {
    [t1, t2, t3] = await Promise.all([createInvestment(a), createInvestment(a), createInvestment(a)]);
    g1 = await goalFor(a, { title: "Matrix goal 1" });
    g2 = await goalFor(a, { title: "Matrix goal 2" });
    await db.insert(alignments).values([
      { orgId: a.orgId, investmentId: t1.id, goalId: g1, strength: 2 },
      { orgId: a.orgId, investmentId: t2.id, goalId: g2, strength: 5 },
    ]);
  });

  const cell = (investmentId: string, goalId: string, strength: number | string, was?: number) => ({ investmentId, goalId, strength, ...(was === undefined ? {} : { was }) });

  it("writes every changed cell in one save: inserts, updates, 0 deletes; one audit row and a new version per technology", async () => {
    const before = await rowCounts();
    const [v1, v2, v3] = await Promise.all([versionOf(t1.id), versionOf(t2.id), versionOf(t3.id)]);
    const result = await saveAlignments(a.org.slug, {
      cells: [cell(t1.id, g1, 4, 2), cell(t1.id, g2, 3, 0), cell(t2.id, g2, 0, 5), cell(t3.id, g1, 0, 0)],
    });
    expect(result).toEqual({ ok: true, data: { changed: 3, technologies: 2 } });
    expect(await strengthsOf(t1.id)).toEqual({ [g1]: 4, [g2]: 3 });
    expect(await strengthsOf(t2.id)).toEqual({});
    expect([await versionOf(t1.id), await versionOf(t2.id), await versionOf(t3.id)]).toEqual([v1 + 1, v2 + 1, v3]); // t3 did not change
    expect(await rowCounts()).toEqual({ ...before, alignments: before.alignments, auditLog: before.auditLog + 2 }); // +1 insert, −1 delete

    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entity, "alignments"), inArray(auditLog.entityId, [t1.id, t2.id, t3.id])));
    expect(audits).toHaveLength(2);
    const forT1 = audits.find((r) => r.entityId === t1.id)!;
    expect(forT1).toMatchObject({ action: "update", userId: a.userId, orgId: a.orgId, before: { [g1]: 2, [g2]: 0 }, after: { [g1]: 4, [g2]: 3, version: v1 + 1 } });
    expect(audits.find((r) => r.entityId === t2.id)).toMatchObject({ before: { [g2]: 5 }, after: { [g2]: 0 } });
  });

  it("saves nothing and writes no audit row when no cell really changes", async () => {
    const before = await rowCounts();
    const v = await versionOf(t1.id);
    const stored = await strengthsOf(t1.id);
    expect(await saveAlignments(a.org.slug, { cells: [cell(t1.id, g1, stored[g1])] })).toEqual({ ok: true, data: { changed: 0, technologies: 0 } });
    expect(await rowCounts()).toEqual(before);
    expect(await versionOf(t1.id)).toBe(v);
  });

  it("lets an owner save, and takes ids in upper case as the same ids", async () => {
    signInAs(owner);
    expect(await saveAlignments(a.org.slug, { cells: [cell(t3.id.toUpperCase(), g2.toUpperCase(), "1")] })).toMatchObject({ ok: true, data: { changed: 1 } });
    expect(await strengthsOf(t3.id)).toEqual({ [g2]: 1 });
  });

  it.each([
    ["a strength of 6", 6, "A strength is a whole number from 0 to 5."],
    ["a negative strength", -1, "A strength is a whole number from 0 to 5."],
    ["a fractional strength", 2.5, "A strength is a whole number from 0 to 5."],
    ["text", "high", "A strength is a whole number from 0 to 5."],
  ])("refuses %s keyed to its cell, and saves none of the others", async (_label, bad, message) => {
    const before = await rowCounts();
    const stored = [await strengthsOf(t1.id), await strengthsOf(t2.id)];
    const result = await saveAlignments(a.org.slug, { cells: [cell(t2.id, g1, 5), cell(t1.id, g2, bad as number)] });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toEqual({ "cells.1.strength": [message] });
    expect(await rowCounts()).toEqual(before);
    expect([await strengthsOf(t1.id), await strengthsOf(t2.id)]).toEqual(stored);
  });

  it("refuses the same cell twice in one save", async () => {
    const before = await rowCounts();
    const result = await saveAlignments(a.org.slug, { cells: [cell(t2.id, g1, 5), cell(t2.id, g1, 1)] });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "cells.1.goalId": ["Each cell can be changed once per save."] } });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a stale cell (someone saved it meanwhile): nothing saved, no version bumped", async () => {
    const before = await rowCounts();
    const versions = [await versionOf(t1.id), await versionOf(t2.id)];
    const stored = await strengthsOf(t1.id);
    const result = await saveAlignments(a.org.slug, { cells: [cell(t2.id, g1, 3, 0), cell(t1.id, g1, 1, stored[g1] - 1)] });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("changed by someone else"), fieldErrors: { "cells.1.strength": [expect.any(String)] } });
    expect(await rowCounts()).toEqual(before);
    expect([await versionOf(t1.id), await versionOf(t2.id)]).toEqual(versions);
  });

  it.each([
    ["a member", () => member],
    ["a viewer", () => viewer],
  ])("refuses %s: the matrix is admin+ like the goals", async (_label, who) => {
    signInAs(who());
    const before = await rowCounts();
    const v = await versionOf(t2.id);
    expect(await saveAlignments(a.org.slug, { cells: [cell(t2.id, g1, 5)] })).toEqual({ ok: false, message: "You don't have permission to do that." });
    expect(await rowCounts()).toEqual(before);
    expect(await versionOf(t2.id)).toBe(v);
  });

  it("makes a technology form opened before the save fail with a conflict instead of overwriting", async () => {
    const { updateTechnology } = await import("@/lib/portfolio/actions");
    const [tech] = await db.select().from(investments).where(eq(investments.id, t2.id));
    expect(await saveAlignments(a.org.slug, { cells: [cell(t2.id, g1, 5)] })).toMatchObject({ ok: true });
    const stale = await updateTechnology(a.org.slug, {
      ...{ id: tech.id, version: tech.version, name: tech.name, category: tech.category, valueChainActivity: tech.valueChainActivity },
      ...{ status: tech.status, usefulLifeMonths: tech.usefulLifeMonths, alignments: [{ goalId: g1, strength: 0 }] },
    });
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("changed by someone else") });
    expect(await strengthsOf(t2.id)).toMatchObject({ [g1]: 5 });
  });
});

describe("a user of workspace A cannot touch workspace B's goals or technologies", () => {
  let aTech: string;
  let aGoal: string;
  beforeAll(async () => {
    aTech = (await createInvestment(a)).id;
    aGoal = await goalFor(a, { title: "A's own goal" });
  });

  it.each([
    { name: "create with B's slug", run: () => createGoal(b.org.slug, payload()) },
    { name: "edit with B's slug", run: () => updateGoal(b.org.slug, { ...payload(), id: bGoalId }) },
    { name: "delete with B's slug", run: () => deleteGoal(b.org.slug, { id: bGoalId }) },
    { name: "save a matrix with B's slug", run: () => saveAlignments(b.org.slug, { cells: [{ investmentId: bTechId, goalId: bGoalId, strength: 5 }] }) },
    { name: "edit B's goal via A's slug", run: () => updateGoal(a.org.slug, { ...payload(), id: bGoalId }) },
    { name: "delete B's goal via A's slug", run: () => deleteGoal(a.org.slug, { id: bGoalId }) },
    { name: "delete a malformed goal id", run: () => deleteGoal(a.org.slug, { id: "1 OR 1=1" }) },
    { name: "B's goal in A's matrix", run: () => saveAlignments(a.org.slug, { cells: [{ investmentId: aTech, goalId: bGoalId, strength: 5 }] }) },
    { name: "B's technology in A's matrix", run: () => saveAlignments(a.org.slug, { cells: [{ investmentId: bTechId, goalId: aGoal, strength: 5 }] }) },
    {
      name: "B's ids among A's valid cells",
      run: () => saveAlignments(a.org.slug, { cells: [{ investmentId: aTech, goalId: aGoal, strength: 4 }, { investmentId: bTechId, goalId: bGoalId, strength: 5 }] }),
    },
    { name: "an unknown goal id in A's matrix", run: () => saveAlignments(a.org.slug, { cells: [{ investmentId: aTech, goalId: randomUUID(), strength: 5 }] }) },
    { name: "a malformed id in A's matrix", run: () => saveAlignments(a.org.slug, { cells: [{ investmentId: "' or 1=1 --", goalId: aGoal, strength: 5 }] }) },
  ])("$name → not found, B unchanged, nothing written", async ({ run }) => {
    const before = await rowCounts();
    const bBefore = { goals: await db.select().from(goals).where(eq(goals.orgId, b.orgId)), tech: await db.select().from(investments).where(eq(investments.id, bTechId)) };
    const result = await run();
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^(Not found\.|A goal or technology in your changes no longer exists)/);
    expect(await rowCounts()).toEqual(before);
    expect(await db.select().from(goals).where(eq(goals.orgId, b.orgId))).toEqual(bBefore.goals);
    expect(await db.select().from(investments).where(eq(investments.id, bTechId))).toEqual(bBefore.tech);
    expect(await strengthsOf(aTech)).toEqual({});
  });
});
