import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, goals, kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { createKpi, deleteKpi, saveKpiValues, updateKpi } = await import("./actions");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let a: TenantCtx;
let b: TenantCtx;
let member: TenantCtx;
let viewer: TenantCtx;
let techId: string;
let goalId: string;
let bTechId: string;
let bGoalId: string;

beforeAll(async () => {
  a = await createTenant("admin");
  b = await createTenant("owner");
  member = await addMember(a, "member");
  viewer = await addMember(a, "viewer");
  techId = (await createInvestment(a)).id;
  bTechId = (await createInvestment(b)).id;
  [{ id: goalId }] = await db.insert(goals).values({ orgId: a.orgId, title: "Raise NPS", perspective: "customer" }).returning();
  [{ id: bGoalId }] = await db.insert(goals).values({ orgId: b.orgId, title: "B's goal", perspective: "customer" }).returning();
});

beforeEach(() => signInAs(a));

let n = 0;
const payload = (overrides: Record<string, unknown> = {}) => ({
  name: `Client NPS ${++n}`,
  perspective: "customer",
  unit: "score",
  direction: "higher",
  baseline: "28",
  target: "50",
  targetDate: "2027-06-30",
  weight: "2",
  investmentId: techId,
  goalId,
  ...overrides,
});

async function rowCounts() {
  const tables = { kpis, kpiMeasurements, auditLog };
  const entries = await Promise.all(Object.entries(tables).map(async ([name, t]) => [name, (await db.select({ n: count() }).from(t))[0].n] as const));
  return Object.fromEntries(entries);
}

async function kpiFor(ctx: TenantCtx, overrides: Record<string, unknown> = {}) {
  signInAs(ctx);
  const result = await createKpi(ctx.org.slug, payload(overrides));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  signInAs(a);
  return result.data!.id;
}

describe("KPI definitions", () => {
  it("creates a KPI with its links and an audit row", async () => {
    const before = await rowCounts();
    const result = await createKpi(a.org.slug, payload({ name: "  Client NPS  ", baseline: "28.50", weight: "" }));
    expect(result).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const [row] = await db.select().from(kpis).where(eq(kpis.id, result.data!.id));
    expect(row).toMatchObject({ orgId: a.orgId, name: "Client NPS", unit: "score", baseline: "28.5000", target: "50.0000", weight: "1.000", investmentId: techId, goalId, targetDate: "2027-06-30" });
    expect(await rowCounts()).toEqual({ ...before, kpis: before.kpis + 1, auditLog: before.auditLog + 1 });
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audit).toMatchObject({ action: "create", entity: "kpi", userId: a.userId });
  });

  it("updates and deletes a KPI, auditing both", async () => {
    const id = await kpiFor(a);
    expect(await updateKpi(a.org.slug, { ...payload({ name: "Renamed", unit: "percent", target: "90", investmentId: "", goalId: "" }), id })).toMatchObject({ ok: true });
    const [row] = await db.select().from(kpis).where(eq(kpis.id, id));
    expect(row).toMatchObject({ name: "Renamed", unit: "percent", target: "90.0000", investmentId: null, goalId: null });
    expect(await deleteKpi(a.org.slug, { id })).toMatchObject({ ok: true });
    expect(await db.select().from(kpis).where(eq(kpis.id, id))).toEqual([]);
    const actions = (await db.select().from(auditLog).where(eq(auditLog.entityId, id))).map((r) => r.action).sort();
    expect(actions).toEqual(["create", "delete", "update"]);
  });

  it.each([
    ["an empty name", { name: "  " }, "name", "Enter the KPI's name."],
    ["no perspective", { perspective: "" }, "perspective", "Choose a scorecard perspective."],
    ["an unknown unit", { unit: "litres" }, "unit", "Choose a unit."],
    ["no direction", { direction: "" }, "direction", "Choose whether higher or lower is better."],
    ["no baseline", { baseline: "" }, "baseline", "Enter the baseline: where you start from."],
    ["a target equal to the baseline", { baseline: "30", target: "30.00" }, "target", "The target must differ from the baseline."],
    ["a percent target of 140", { unit: "percent", target: "140" }, "target", "A percentage must be between 0 and 100."],
    ["a baseline with 5 decimals", { baseline: "1.23456" }, "baseline", "Use at most 4 decimal places."],
    ["a weight of 0", { weight: "0" }, "weight", "The weight must be greater than 0."],
    ["an impossible date", { targetDate: "2027-02-30" }, "targetDate", "Enter the target date as a date (YYYY-MM-DD)."],
    ["a malformed technology id", { investmentId: "abc" }, "investmentId", "Choose one of your technologies."],
    ["another workspace's technology", () => ({ investmentId: bTechId }), "investmentId", "Choose one of your technologies."],
    ["another workspace's goal", () => ({ goalId: bGoalId }), "goalId", "Choose one of your goals."],
    ["an unknown goal", () => ({ goalId: randomUUID() }), "goalId", "Choose one of your goals."],
  ] as const)("refuses %s with its message and writes nothing", async (_label, change, key, message) => {
    const before = await rowCounts();
    const result = await createKpi(a.org.slug, payload(typeof change === "function" ? change() : { ...change }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[key]).toEqual([message]);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a duplicate name in the workspace, on create and rename, but allows it in another", async () => {
    await kpiFor(a, { name: "Uptime" });
    const other = await kpiFor(a, { name: "MTTR" });
    const before = await rowCounts();
    expect(await createKpi(a.org.slug, payload({ name: "Uptime" }))).toMatchObject({ ok: false, fieldErrors: { name: ["A KPI with this name already exists."] } });
    expect(await updateKpi(a.org.slug, { ...payload({ name: "Uptime" }), id: other })).toMatchObject({ ok: false, fieldErrors: { name: ["A KPI with this name already exists."] } });
    expect(await rowCounts()).toEqual(before);
    await kpiFor(b, { name: "Uptime", investmentId: "", goalId: "" });
  });

  it.each([
    ["a member", () => member],
    ["a viewer", () => viewer],
  ])("refuses %s creating, editing or deleting definitions", async (_label, who) => {
    const id = await kpiFor(a);
    signInAs(who());
    const before = await rowCounts();
    const forbidden = { ok: false, message: "You don't have permission to do that." };
    expect(await createKpi(a.org.slug, payload())).toEqual(forbidden);
    expect(await updateKpi(a.org.slug, { ...payload(), id })).toEqual(forbidden);
    expect(await deleteKpi(a.org.slug, { id })).toEqual(forbidden);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("a member of workspace A cannot touch workspace B's KPIs", () => {
  let bKpiId: string;
  beforeAll(async () => {
    bKpiId = await kpiFor(b, { name: "B's uptime", unit: "percent", baseline: "90", target: "99", investmentId: "", goalId: "" });
  });

  it.each([
    { name: "create with B's slug", run: () => createKpi(b.org.slug, payload({ investmentId: "", goalId: "" })) },
    { name: "edit with B's slug", run: () => updateKpi(b.org.slug, { ...payload({ investmentId: "", goalId: "" }), id: bKpiId }) },
    { name: "delete with B's slug", run: () => deleteKpi(b.org.slug, { id: bKpiId }) },
    { name: "save a grid with B's slug", run: () => saveKpiValues(b.org.slug, { period: "2026-03", values: [{ kpiId: bKpiId, value: "95" }] }) },
    { name: "edit B's KPI via A's slug", run: () => updateKpi(a.org.slug, { ...payload(), id: bKpiId }) },
    { name: "delete B's KPI via A's slug", run: () => deleteKpi(a.org.slug, { id: bKpiId }) },
    { name: "B's KPI in A's grid", run: () => saveKpiValues(a.org.slug, { period: "2026-03", values: [{ kpiId: bKpiId, value: "95" }] }) },
    { name: "a malformed KPI id in A's grid", run: () => saveKpiValues(a.org.slug, { period: "2026-03", values: [{ kpiId: "1 OR 1=1", value: "95" }] }) },
  ])("$name → not found, B unchanged, nothing written", async ({ run }) => {
    const before = await rowCounts();
    const bBefore = await db.select().from(kpis).where(eq(kpis.id, bKpiId));
    expect(await run()).toMatchObject({ ok: false, message: "Not found." });
    expect(await rowCounts()).toEqual(before);
    expect(await db.select().from(kpis).where(eq(kpis.id, bKpiId))).toEqual(bBefore);
  });
});
