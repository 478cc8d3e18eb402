import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { alignments, auditLog, benefitItems, costItems, goals, investments, risks, scoringFactors } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { createTechnology, deleteTechnology, updateTechnology } = await import("./actions");
const { CONFLICT_MESSAGE } = await import("./schemas");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let a: TenantCtx;
let b: TenantCtx;
let viewer: TenantCtx;
let goalId: string;
let otherGoalId: string;

beforeAll(async () => {
  a = await createTenant("member");
  b = await createTenant("owner");
  viewer = await addMember(a, "viewer");
  [{ id: goalId }] = await db.insert(goals).values({ orgId: a.orgId, title: "Grow online revenue", perspective: "financial" }).returning();
  [{ id: otherGoalId }] = await db.insert(goals).values({ orgId: b.orgId, title: "B's goal", perspective: "customer" }).returning();
});

beforeEach(() => signInAs(a));

let n = 0;
function payload(overrides: Record<string, unknown> = {}) {
  return {
    name: `Customer chatbot ${++n}`,
    vendor: "Botly",
    category: "cx_automation",
    valueChainActivity: "service",
    status: "proposed",
    goLiveDate: "2026-03-01",
    usefulLifeMonths: "36",
    ownerName: "Ada",
    notes: "",
    costs: [
      { category: "implementation", description: "Setup", kind: "one_time", frequency: "", amount: "1234.56", startMonth: "2026-01" },
      { category: "subscription", description: "Licence", kind: "recurring", frequency: "monthly", amount: "99.90", startMonth: "2026-01", endMonth: "2028-12", renewalDate: "2027-01-01", noticeDays: "60", annualUpliftPct: "3.5" },
    ],
    benefits: [
      { category: "labour_savings", description: "Fewer tickets", kind: "recurring", frequency: "monthly", amount: "1", startMonth: "2026-03", rampUpMonths: "3", confidencePct: "80", calculator: { type: "labour", hoursPerMonth: "12.5", hourlyRate: "40.10" } },
      { category: "risk_reduction", description: "Fewer outages", kind: "recurring", frequency: "annual", startMonth: "2026-03", calculator: { type: "risk", probabilityPct: "10", impact: "50000" } },
    ],
    risks: [{ type: "vendor", title: "Vendor lock-in", likelihood: "3", impact: "4", mitigation: "Export data monthly", status: "open" }],
    factors: [
      { name: "Strategic fit", weight: "60", score: "4", kind: "qualitative" },
      { name: "Cost", weight: "40", score: "3", kind: "quantitative" },
    ],
    alignments: [{ goalId, strength: "4" }],
    ...overrides,
  };
}

async function rowCounts() {
  const tables = { investments, costItems, benefitItems, risks, scoringFactors, alignments, auditLog };
  const entries = await Promise.all(Object.entries(tables).map(async ([name, t]) => [name, (await db.select({ n: count() }).from(t))[0].n] as const));
  return Object.fromEntries(entries);
}

async function createFor(ctx: TenantCtx, overrides: Record<string, unknown> = {}) {
  signInAs(ctx);
  const result = await createTechnology(ctx.org.slug, payload(overrides));
  expect(result.ok, JSON.stringify(result)).toBe(true);
  signInAs(a);
  return result.data!.id;
}

const versionOf = async (id: string) => (await db.select({ v: investments.version }).from(investments).where(eq(investments.id, id)))[0]?.v;

describe("createTechnology", () => {
  it("saves the technology and its items with exact cents, and writes an audit row", async () => {
    const before = await rowCounts();
    const result = await createTechnology(a.org.slug, payload({ name: "  Helpdesk bot  " }));
    expect(result).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const id = result.data!.id;

    const [tech] = await db.select().from(investments).where(eq(investments.id, id));
    expect(tech).toMatchObject({ orgId: a.orgId, name: "Helpdesk bot", goLiveDate: "2026-03-01", usefulLifeMonths: 36, version: 1 });
    const costs = await db.select().from(costItems).where(eq(costItems.investmentId, id));
    expect(costs.map((c) => [c.amountCents, c.kind, c.frequency, c.startMonth, c.endMonth]).sort()).toEqual([
      [123456, "one_time", null, "2026-01-01", null],
      [9990, "recurring", "monthly", "2026-01-01", "2028-12-01"],
    ]);
    const benefits = await db.select().from(benefitItems).where(eq(benefitItems.investmentId, id));
    const labour = benefits.find((x) => x.category === "labour_savings")!;
    expect(labour).toMatchObject({ amountCents: 50125, confidence: "0.800", rampUpMonths: 3 }); // 12.5 h × 40.10, not the "1" sent
    expect(labour.calculator).toEqual({ type: "labour", hoursPerMonth: 12.5, hourlyRateCents: 4010 });
    const risk = benefits.find((x) => x.category === "risk_reduction")!;
    expect(risk).toMatchObject({ amountCents: 500000, calculator: { type: "risk", probability: 0.1, impactCents: 5000000 } });

    expect(await rowCounts()).toEqual({
      ...before,
      investments: before.investments + 1,
      costItems: before.costItems + 2,
      benefitItems: before.benefitItems + 2,
      risks: before.risks + 1,
      scoringFactors: before.scoringFactors + 2,
      alignments: before.alignments + 1,
      auditLog: before.auditLog + 1,
    });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.orgId, a.orgId), eq(auditLog.entityId, id)));
    expect(audit).toMatchObject({ userId: a.userId, action: "create", entity: "investment", before: null });
    expect(audit.after).toMatchObject({ id, name: "Helpdesk bot", costs: expect.any(Array), alignments: [{ goalId, strength: 4 }] });
  });

  const cost = (change: Record<string, unknown>) => ({ costs: [{ ...payload().costs[1], ...change }] });
  it.each([
    ["an empty name", { name: "   " }, "name", "Enter the technology's name."],
    ["a negative amount", cost({ amount: "-5" }), "costs.0.amount", "Amounts can't be negative."],
    ["an amount with 3 decimals", cost({ amount: "10.505" }), "costs.0.amount", "Use at most 2 decimal places."],
    ["a recurring cost without frequency", cost({ frequency: "" }), "costs.0.frequency", "Choose how often it recurs: monthly or annual."],
    ["an end month before the start", cost({ startMonth: "2026-05", endMonth: "2026-04" }), "costs.0.endMonth", "The end month can't be before the start month."],
    ["a likelihood of 6", { risks: [{ ...payload().risks[0], likelihood: "6" }] }, "risks.0.likelihood", "The likelihood must be at most 5."],
    [
      "factor weights summing to 95",
      { factors: [{ name: "Fit", weight: "55", score: "4" }, { name: "Cost", weight: "40", score: "3" }] },
      "factors",
      "Weights add up to 95; they must add up to 100.",
    ],
    ["a goal of another workspace", () => ({ alignments: [{ goalId: otherGoalId, strength: "3" }] }), "alignments.0.goalId", "Unknown goal"],
    ["an unknown goal id", () => ({ alignments: [{ goalId: randomUUID(), strength: "3" }] }), "alignments.0.goalId", "Unknown goal"],
  ] as const)("refuses %s with its message beside the field and writes nothing", async (_label, change, key, message) => {
    const before = await rowCounts();
    const result = await createTechnology(a.org.slug, payload(typeof change === "function" ? change() : { ...change }));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[key]).toEqual([message]);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a duplicate name in the same workspace and writes nothing, but allows it in another", async () => {
    await createFor(a, { name: "Xero" });
    const before = await rowCounts();
    const result = await createTechnology(a.org.slug, payload({ name: "Xero" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["A technology with this name already exists."] } });
    expect(await rowCounts()).toEqual(before);
    await createFor(b, { name: "Xero", alignments: [] });
  });

  it("refuses a viewer and writes nothing", async () => {
    signInAs(viewer);
    const before = await rowCounts();
    const result = await createTechnology(a.org.slug, payload());
    expect(result).toEqual({ ok: false, message: "You don't have permission to do that." });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("a member of workspace A cannot write to workspace B", () => {
  type World = { bTechId: string; bVersion: number };
  let world: World;
  beforeAll(async () => {
    const bTechId = await createFor(b, { name: "B's CRM", alignments: [] });
    world = { bTechId, bVersion: 1 };
  });

  it.each([
    { name: "create with B's slug", run: () => createTechnology(b.org.slug, payload({ alignments: [] })) },
    { name: "update with B's slug", run: (w: World) => updateTechnology(b.org.slug, { ...payload({ alignments: [] }), id: w.bTechId, version: w.bVersion }) },
    { name: "delete with B's slug", run: (w: World) => deleteTechnology(b.org.slug, { id: w.bTechId, version: w.bVersion }) },
    { name: "update B's technology via A's slug", run: (w: World) => updateTechnology(a.org.slug, { ...payload({ alignments: [] }), id: w.bTechId, version: w.bVersion }) },
    { name: "delete B's technology via A's slug", run: (w: World) => deleteTechnology(a.org.slug, { id: w.bTechId, version: w.bVersion }) },
  ])("$name → not found, B unchanged, nothing written", async ({ run }) => {
    const before = await rowCounts();
    const bBefore = await db.select().from(investments).where(eq(investments.id, world.bTechId));
    const result = await run(world);
    expect(result).toMatchObject({ ok: false, message: "Not found." });
    expect(await rowCounts()).toEqual(before);
    expect(await db.select().from(investments).where(eq(investments.id, world.bTechId))).toEqual(bBefore);
  });
});

describe("updateTechnology", () => {
  it("replaces the items, bumps the version and audits before → after", async () => {
    const id = await createFor(a, { name: "Shopify" });
    const result = await updateTechnology(a.org.slug, {
      ...payload({ name: "Shopify Plus", costs: [{ category: "licence", kind: "one_time", amount: "5000", startMonth: "2026-02" }], risks: [], factors: [], alignments: [] }),
      id,
      version: 1,
    });
    expect(result).toMatchObject({ ok: true, data: { id } });
    expect(await versionOf(id)).toBe(2);
    expect(await db.select({ c: costItems.amountCents }).from(costItems).where(eq(costItems.investmentId, id))).toEqual([{ c: 500000 }]);
    expect(await db.select().from(risks).where(eq(risks.investmentId, id))).toEqual([]);
    expect(await db.select().from(alignments).where(eq(alignments.investmentId, id))).toEqual([]);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "update")));
    expect(audit.before).toMatchObject({ name: "Shopify", version: 1, costs: [expect.anything(), expect.anything()] });
    expect(audit.after).toMatchObject({ name: "Shopify Plus", version: 2, costs: [expect.objectContaining({ amountCents: 500000 })] });
  });

  it("refuses a stale version with the conflict message and overwrites nothing", async () => {
    const id = await createFor(a, { name: "Slack" });
    expect((await updateTechnology(a.org.slug, { ...payload({ name: "Slack (renamed)" }), id, version: 1 })).ok).toBe(true);
    const before = await rowCounts();
    const stale = await updateTechnology(a.org.slug, { ...payload({ name: "Slack (stale edit)", costs: [] }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, message: CONFLICT_MESSAGE });
    expect(await rowCounts()).toEqual(before);
    const [row] = await db.select().from(investments).where(eq(investments.id, id));
    expect(row).toMatchObject({ name: "Slack (renamed)", version: 2 });
  });

  it("refuses renaming to another technology's name", async () => {
    await createFor(a, { name: "Taken" });
    const id = await createFor(a, { name: "Free" });
    const result = await updateTechnology(a.org.slug, { ...payload({ name: "Taken" }), id, version: 1 });
    expect(result.fieldErrors?.name).toEqual(["A technology with this name already exists."]);
    expect(await versionOf(id)).toBe(1);
  });
});

describe("deleteTechnology", () => {
  it("removes the technology and its items, and audits what was deleted", async () => {
    const id = await createFor(a, { name: "To delete" });
    const result = await deleteTechnology(a.org.slug, { id, version: 1 });
    expect(result).toMatchObject({ ok: true });
    for (const t of [investments, costItems, benefitItems, risks, scoringFactors, alignments]) {
      const where = t === investments ? eq(investments.id, id) : eq((t as typeof costItems).investmentId, id);
      expect(await db.select({ n: count() }).from(t).where(where)).toEqual([{ n: 0 }]);
    }
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "delete")));
    expect(audit).toMatchObject({ after: null, before: expect.objectContaining({ name: "To delete" }) });
  });

  it("refuses a stale version and keeps the technology", async () => {
    const id = await createFor(a, { name: "Kept" });
    await updateTechnology(a.org.slug, { ...payload({ name: "Kept" }), id, version: 1 });
    expect(await deleteTechnology(a.org.slug, { id, version: 1 })).toMatchObject({ ok: false, message: CONFLICT_MESSAGE });
    expect(await versionOf(id)).toBe(2);
  });

  it("refuses a viewer of the workspace", async () => {
    const id = await createFor(a, { name: "Viewer target" });
    signInAs(viewer);
    expect(await deleteTechnology(a.org.slug, { id, version: 1 })).toEqual({ ok: false, message: "You don't have permission to do that." });
    expect(await updateTechnology(a.org.slug, { ...payload(), id, version: 1 })).toEqual({ ok: false, message: "You don't have permission to do that." });
    expect(await versionOf(id)).toBe(1);
  });
});

describe("amounts and calculators", () => {
  it.each([
    ["1234.56", 123456],
    ["1,234.5", 123450],
    ["0.1", 10],
    [0.29, 29],
    ["1000000000000", 100_000_000_000_000],
  ] as const)("reads %j as %i cents, exactly", async (amount, cents) => {
    const { parseMoney } = await import("./schemas");
    expect(parseMoney(amount, "en-US")).toEqual({ cents });
  });

  it.each(["1000000000000.01", "abc", "1e5", ""])("refuses %j", async (amount) => {
    const { parseMoney } = await import("./schemas");
    expect(parseMoney(amount, "en-US")).toHaveProperty("error");
  });

  it("computes a deflection benefit from its inputs and refuses automation dearer than the assisted contact", async () => {
    const cx = (automatedCost: string) => ({
      benefits: [{ category: "cost_reduction", kind: "recurring", frequency: "monthly", startMonth: "2026-01", calculator: { type: "cx_deflection", contactsPerMonth: "300", assistedCost: "6.50", automatedCost } }],
    });
    const id = await createFor(a, { name: "Deflection bot", ...cx("0.75") });
    const [row] = await db.select().from(benefitItems).where(eq(benefitItems.investmentId, id));
    expect(row).toMatchObject({ amountCents: 172500, confidence: "1.000", calculator: { type: "cx_deflection", contactsPerMonth: 300, assistedCostCents: 650, automatedCostCents: 75 } });

    const result = await createTechnology(a.org.slug, payload(cx("7")));
    expect(result.fieldErrors?.["benefits.0.calculator.automatedCost"]).toEqual(["The automated cost can't be higher than the assisted cost."]);
  });
});

describe("listGoalsForAlignment", () => {
  it("lists only the workspace's own goals", async () => {
    const { listGoalsForAlignment } = await import("@/db/queries/technology-writes");
    expect((await listGoalsForAlignment(a)).map((g) => g.id)).toEqual([goalId]);
    expect((await listGoalsForAlignment(b)).map((g) => g.id)).toEqual([otherGoalId]);
  });
});
