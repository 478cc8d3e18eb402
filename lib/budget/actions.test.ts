import { count } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { alignments, auditLog, benefitItems, costItems, goals } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
const { optimizeProposals } = await import("./actions");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let a: TenantCtx;
let b: TenantCtx;
let viewer: TenantCtx;
const ids: Record<string, string> = {};

/** A proposal costing `cost` dollars up front in Jan 2030 that returns `benefit` dollars a month later (certain). */
async function proposal(ctx: TenantCtx, name: string, cost: number, benefit: number, status: "proposed" | "live" = "proposed") {
  const inv = await createInvestment(ctx, { name, status, goLiveDate: status === "live" ? "2030-01-01" : null });
  await db.insert(costItems).values({ orgId: ctx.orgId, investmentId: inv.id, category: "implementation", kind: "one_time", amountCents: cost * 100, startMonth: "2030-01-01" });
  await db.insert(benefitItems).values({ orgId: ctx.orgId, investmentId: inv.id, category: "cost_reduction", kind: "one_time", amountCents: benefit * 100, startMonth: "2030-02-01" });
  return inv.id;
}

beforeAll(async () => {
  a = await createTenant("owner");
  b = await createTenant("owner");
  viewer = await addMember(a, "viewer");
  // ROI first takes Alpha (ROI 1.0) and then cannot afford Bravo or Charlie (ROI 0.8), which together are worth more.
  ids.alpha = await proposal(a, "Alpha", 6_000, 12_000);
  ids.bravo = await proposal(a, "Bravo", 5_000, 9_000);
  ids.charlie = await proposal(a, "Charlie", 5_000, 9_000);
  ids.live = await proposal(a, "Live ERP", 1_000, 50_000, "live"); // not a proposal: never in either plan
  const [goal] = await db.insert(goals).values({ orgId: a.orgId, title: "Cut costs", perspective: "financial" }).returning();
  await db.insert(alignments).values([
    { orgId: a.orgId, investmentId: ids.alpha, goalId: goal.id, strength: 5 },
    { orgId: a.orgId, investmentId: ids.bravo, goalId: goal.id, strength: 0 },
  ]);
  ids.bOnly = await proposal(b, "B's secret project", 100, 100_000);
});

beforeEach(() => signInAs(a));

const auditRows = async () => (await db.select({ n: count() }).from(auditLog))[0].n;
const run = (input: Record<string, unknown>, slug = a.org.slug) => optimizeProposals(slug, input);

describe("optimizeProposals", () => {
  it("returns the optimal plan beside the highest-ROI-first one, and writes nothing", async () => {
    const before = await auditRows();
    const result = await run({ budget: "10,000", objective: "npv" });
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const c = result.data!;
    expect(c.budgetCents).toBe(10_000_00);
    expect(c.proposals.map((p) => p.name)).toEqual(["Alpha", "Bravo", "Charlie"]);
    expect(c.optimal.chosen).toEqual([ids.bravo, ids.charlie]);
    expect(c.naive.chosen).toEqual([ids.alpha]);
    expect(c.optimal.totalValue).toBeGreaterThan(c.naive.totalValue);
    expect(c.differenceCents).toBe(c.optimal.totalValue - c.naive.totalValue);
    expect(c.optimal.leftOut.find((l) => l.id === ids.alpha)).toMatchObject({ reason: "better_combination", displacedIds: [ids.bravo, ids.charlie] });
    expect(c.naive.leftOut.map((l) => l.reason)).toEqual(["budget_spent", "budget_spent"]);
    expect(await auditRows()).toBe(before);
  });

  it("never does worse than highest ROI first, whatever the budget and objective", async () => {
    for (const budget of ["0", "4999", "6000", "10000", "16000"]) {
      for (const objective of ["npv", "alignment_weighted"]) {
        const { ok, data } = await run({ budget, objective });
        expect(ok).toBe(true);
        expect(data!.optimal.totalValue).toBeGreaterThanOrEqual(data!.naive.totalValue);
      }
    }
  });

  it("weights by alignment: an unaligned proposal is worth nothing", async () => {
    const { data } = await run({ budget: "10000", objective: "alignment_weighted" });
    expect(data!.optimal.chosen).toEqual([ids.alpha]);
    expect(data!.optimal.leftOut.filter((l) => l.reason === "negative_value").map((l) => l.id)).toEqual([ids.bravo, ids.charlie]);
  });

  it("takes form data as the form sends it", async () => {
    const form = new FormData();
    form.set("budget", "$6,000.00");
    form.set("objective", "npv");
    const { ok, data } = await optimizeProposals(a.org.slug, form);
    expect(ok).toBe(true);
    expect(data!.budgetCents).toBe(6_000_00);
  });

  it.each([
    ["a negative budget", { budget: "-100", objective: "npv" }, "budget", "The budget can't be negative."],
    ["a budget that is not a number", { budget: "ten grand", objective: "npv" }, "budget", "Enter a number written like 1,234.56 (“.” before the decimals)."],
    ["an absurdly large budget", { budget: "50000000000000", objective: "npv" }, "budget", "That budget is too large: enter at most 1,000,000,000."],
    ["no budget", { objective: "npv" }, "budget", "Enter a budget."],
    ["an unknown objective", { budget: "1000", objective: "roi" }, "objective", "Choose what to maximise: risk-adjusted NPV or alignment-weighted value."],
  ])("refuses %s with a message beside the field and no plans", async (_label, input, field, message) => {
    const result = await run(input);
    expect(result.ok).toBe(false);
    expect(result.data).toBeUndefined();
    expect(result.fieldErrors?.[field]).toEqual([message]);
    expect(result.values).toMatchObject(Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v)])));
  });

  it("lets a viewer run it: it is a read", async () => {
    signInAs(viewer);
    const result = await run({ budget: "10000", objective: "npv" });
    expect(result.ok).toBe(true);
    expect(result.data!.optimal.chosen).toEqual([ids.bravo, ids.charlie]);
  });

  it("answers not-found to a non-member and to no session, and shows none of the other workspace", async () => {
    signInAs(b);
    expect(await run({ budget: "10000", objective: "npv" })).toEqual({ ok: false, message: "Not found." });
    auth.mockResolvedValue(null);
    expect(await run({ budget: "10000", objective: "npv" })).toEqual({ ok: false, message: "Not found." });
    signInAs(a);
    expect(await run({ budget: "10000", objective: "npv" }, b.org.slug)).toEqual({ ok: false, message: "Not found." });
    const own = await run({ budget: "1000000", objective: "npv" });
    expect(JSON.stringify(own.data)).not.toMatch(new RegExp(`${ids.bOnly}|B's secret|${ids.live}|Live ERP`));
  });

  it("answers not-found before validating, so a stranger learns nothing from the field errors", async () => {
    signInAs(b);
    expect(await run({ budget: "-1", objective: "npv" })).toEqual({ ok: false, message: "Not found." });
  });
});

describe("a workspace with no proposals", () => {
  it("returns empty plans", async () => {
    const empty = await createTenant("member");
    signInAs(empty);
    const { ok, data } = await optimizeProposals(empty.org.slug, { budget: "5000", objective: "npv" });
    expect(ok).toBe(true);
    expect(data).toMatchObject({ proposals: [], optimal: { chosen: [], leftOut: [] }, naive: { chosen: [] }, differenceCents: 0 });
  });
});
