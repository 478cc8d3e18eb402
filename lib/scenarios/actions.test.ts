import { randomUUID } from "node:crypto";
import { and, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, benefitItems, costItems, scenarios } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, addRecurringCost, createInvestment, createTenant } from "@/test/factories";
import { loadScenarioScope } from "@/lib/scenarios/view";
import { evaluateScenario } from "./engine";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { runScenarioMonteCarlo, saveScenario } = await import("./actions");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let a: TenantCtx;
let b: TenantCtx;
let member: TenantCtx;
let viewer: TenantCtx;
let techId: string;
let bTechId: string;

async function technologyWithItems(ctx: TenantCtx) {
  const tech = await createInvestment(ctx, { goLiveDate: "2025-01-01", usefulLifeMonths: 36 });
  await db.insert(costItems).values({ orgId: ctx.orgId, investmentId: tech.id, category: "implementation", kind: "one_time", amountCents: 1_500_000, startMonth: "2025-01-01" });
  await addRecurringCost(ctx, tech.id, 30_000, "monthly", { startMonth: "2025-01-01" });
  await db.insert(benefitItems).values({ orgId: ctx.orgId, investmentId: tech.id, category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 110_000, startMonth: "2025-02-01", rampUpMonths: 3 });
  return tech.id;
}

beforeAll(async () => {
  a = await createTenant("admin");
  b = await createTenant("owner");
  member = await addMember(a, "member");
  viewer = await addMember(a, "viewer");
  techId = await technologyWithItems(a);
  await technologyWithItems(a);
  bTechId = await technologyWithItems(b);
});

beforeEach(() => signInAs(a));

const payload = (overrides: Record<string, unknown> = {}) => ({
  scope: "portfolio",
  kind: "pessimistic",
  benefitMultiplier: "0.6",
  costMultiplier: "1.2",
  delayMonths: "4",
  adoptionRate: "0.75",
  ...overrides,
});

async function rowCounts() {
  const [[s], [log]] = await Promise.all([db.select({ n: count() }).from(scenarios), db.select({ n: count() }).from(auditLog)]);
  return { scenarios: s.n, auditLog: log.n };
}

describe("saveScenario", () => {
  it("stores a case on its first save and updates it after, auditing both", async () => {
    const before = await rowCounts();
    const first = await saveScenario(a.org.slug, payload({ scope: techId }));
    expect(first).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const [row] = await db.select().from(scenarios).where(eq(scenarios.id, first.data!.id));
    expect(row).toMatchObject({ orgId: a.orgId, investmentId: techId, kind: "pessimistic", benefitMultiplier: "0.600", costMultiplier: "1.200", delayMonths: 4, adoptionRate: "0.750" });
    expect(row.name).toMatch(/ — pessimistic$/);

    const second = await saveScenario(a.org.slug, payload({ scope: techId, benefitMultiplier: "0.5" }));
    expect(second.data?.id).toBe(first.data!.id);
    expect(await rowCounts()).toEqual({ scenarios: before.scenarios + 1, auditLog: before.auditLog + 2 });
    const audits = await db.select().from(auditLog).where(and(eq(auditLog.entity, "scenario"), eq(auditLog.entityId, row.id)));
    expect(audits.map((r) => r.action).sort()).toEqual(["create", "update"]);
    expect(audits.find((r) => r.action === "update")).toMatchObject({ before: { benefitMultiplier: 0.6 }, after: { benefitMultiplier: 0.5 }, userId: a.userId });

    const scope = await loadScenarioScope(a, techId);
    expect(scope.cases.pessimistic.settings).toEqual({ benefitMultiplier: 0.5, costMultiplier: 1.2, delayMonths: 4, adoptionRate: 0.75 });
    expect(scope.cases.optimistic.id).toBeNull(); // still on the defaults
  });

  it("saves a portfolio-wide case with no technology", async () => {
    const result = await saveScenario(a.org.slug, payload({ kind: "optimistic", benefitMultiplier: "1.3" }));
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(scenarios).where(eq(scenarios.id, result.data!.id));
    expect(row).toMatchObject({ investmentId: null, kind: "optimistic", name: "Portfolio — optimistic" });
  });

  it.each([
    ["a blank benefit multiplier", { benefitMultiplier: "" }, "benefitMultiplier", "Enter the benefit multiplier as a number, e.g. 1.2."],
    ["a negative cost multiplier", { costMultiplier: "-0.1" }, "costMultiplier", "The cost multiplier can't be negative."],
    ["a multiplier above 10", { benefitMultiplier: "12" }, "benefitMultiplier", "The benefit multiplier can be at most 10."],
    ["4 decimal places", { costMultiplier: "1.1234" }, "costMultiplier", "Use at most 3 decimal places for the cost multiplier."],
    ["a fractional delay", { delayMonths: "1.5" }, "delayMonths", "Enter the delay as a whole number of months."],
    ["a delay of 121 months", { delayMonths: "121" }, "delayMonths", "The delay can be at most 120 months."],
    ["an adoption rate of 80", { adoptionRate: "80" }, "adoptionRate", "The adoption rate is a share from 0 to 1, e.g. 0.8."],
    ["text for the adoption rate", { adoptionRate: "most" }, "adoptionRate", "Enter a number written like 1,234.56 (“.” before the decimals)."],
    ["a custom kind", { kind: "custom" }, "kind", "Choose the optimistic, likely or pessimistic case."],
  ] as const)("refuses %s with its message and writes nothing", async (_label, change, key, message) => {
    const before = await rowCounts();
    const result = await saveScenario(a.org.slug, payload(change));
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[key]).toEqual([message]);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["a member", () => member],
    ["a viewer", () => viewer],
  ])("refuses %s: only admins change the cases", async (_label, who) => {
    signInAs(who());
    const before = await rowCounts();
    expect(await saveScenario(a.org.slug, payload())).toMatchObject({ ok: false, message: "You don't have permission to do that." });
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ["another workspace's technology", () => bTechId],
    ["an unknown technology", () => randomUUID()],
    ["a malformed id", () => "1 or 1=1"],
  ])("answers not found for %s and writes nothing", async (_label, scope) => {
    const before = await rowCounts();
    expect(await saveScenario(a.org.slug, payload({ scope: scope() }))).toMatchObject({ ok: false, message: "Not found." });
    expect(await rowCounts()).toEqual(before);
    const bRows = await db.select().from(scenarios).where(eq(scenarios.orgId, b.orgId));
    expect(bRows).toEqual([]);
  });

  it("answers not found in a workspace the user is not a member of", async () => {
    signInAs(b);
    const before = await rowCounts();
    expect(await saveScenario(a.org.slug, payload())).toMatchObject({ ok: false, message: "Not found." });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("runScenarioMonteCarlo", () => {
  it("lets a viewer run it, reproducibly from the seed, and writes nothing", async () => {
    signInAs(viewer);
    const before = await rowCounts();
    const first = await runScenarioMonteCarlo(a.org.slug, { scope: "portfolio", distribution: "pert", seed: "1234" });
    expect(first).toMatchObject({ ok: true, data: { draws: 10_000, seed: 1234, distribution: "pert" } });
    const again = await runScenarioMonteCarlo(a.org.slug, { scope: "portfolio", distribution: "pert", seed: 1234 });
    expect(again.data).toEqual(first.data);
    const { p10Cents, p50Cents, p90Cents, probabilityPositive, histogram } = first.data!;
    expect(p10Cents).toBeLessThanOrEqual(p50Cents);
    expect(p50Cents).toBeLessThanOrEqual(p90Cents);
    expect(probabilityPositive).toBeGreaterThanOrEqual(0);
    expect(histogram.reduce((n, bin) => n + bin.count, 0)).toBe(10_000);
    expect(await rowCounts()).toEqual(before);
  });

  it("draws from the scope's saved cases: equal cases give that case's NPV in every draw", async () => {
    const tech = await technologyWithItems(a);
    for (const kind of ["optimistic", "likely", "pessimistic"]) {
      expect(await saveScenario(a.org.slug, payload({ scope: tech, kind, benefitMultiplier: "0.9", costMultiplier: "1.1", delayMonths: "2", adoptionRate: "0.9" }))).toMatchObject({ ok: true });
    }
    const scope = await loadScenarioScope(a, tech);
    const npv = evaluateScenario(scope.members, scope.cases.likely.settings, scope.annualDiscountRate).npvCents;
    const result = await runScenarioMonteCarlo(a.org.slug, { scope: tech, distribution: "triangular", seed: 9 });
    expect(result.data).toMatchObject({ p10Cents: npv, p50Cents: npv, p90Cents: npv });
  });

  it.each([
    ["a seed that is not a number", { seed: "abc" }, "seed", "Enter a number written like 1,234.56 (“.” before the decimals)."],
    ["a seed beyond 32 bits", { seed: "4294967296" }, "seed", "The seed is a whole number from 0 to 4294967295."],
    ["an unknown distribution", { distribution: "normal" }, "distribution", "Choose PERT or triangular."],
  ])("refuses %s by the field", async (_label, change, key, message) => {
    const result = await runScenarioMonteCarlo(a.org.slug, { scope: "portfolio", distribution: "pert", seed: "1", ...change });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[key]).toEqual([message]);
    expect(result.data).toBeUndefined();
  });

  it("answers not found for another workspace's technology or workspace, with no figures", async () => {
    const foreign = await runScenarioMonteCarlo(a.org.slug, { scope: bTechId, distribution: "pert", seed: 1 });
    expect(foreign).toMatchObject({ ok: false, message: "Not found." });
    expect(foreign.data).toBeUndefined();
    signInAs(b);
    expect(await runScenarioMonteCarlo(a.org.slug, { scope: "portfolio", distribution: "pert", seed: 1 })).toEqual({ ok: false, message: "Not found." });
  });
});
