import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { alignments, goals, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { getAlignmentMatrix, getGoal, listGoals } from "./goals";

let a: TenantCtx;
let b: TenantCtx;
const ids = { shop: "", pos: "", online: "", team: "", bGoal: "" };

beforeAll(async () => {
  a = await createTenant("viewer");
  b = await createTenant("owner");
  ids.shop = (await createInvestment(a, { name: "Web shop" })).id;
  ids.pos = (await createInvestment(a, { name: "Till system", status: "retired" })).id;
  const bTech = await createInvestment(b, { name: "B's tool" });
  const rows = await db
    .insert(goals)
    .values([
      { orgId: a.orgId, title: "Keep a skilled team", perspective: "learning_growth", weight: 10 },
      { orgId: a.orgId, title: "Grow online orders", perspective: "financial", weight: 30, targetText: "25% of sales", targetDate: "2027-06-30" },
      { orgId: b.orgId, title: "B's goal", perspective: "financial", weight: 50 },
    ])
    .returning();
  [ids.team, ids.online, ids.bGoal] = rows.map((r) => r.id);
  await db.insert(alignments).values([
    { orgId: a.orgId, investmentId: ids.shop, goalId: ids.online, strength: 5 },
    { orgId: a.orgId, investmentId: ids.pos, goalId: ids.online, strength: 2 },
    { orgId: b.orgId, investmentId: bTech.id, goalId: ids.bGoal, strength: 4 },
  ]);
  await db.insert(kpis).values([
    { orgId: a.orgId, name: "Online share", perspective: "financial", unit: "percent", direction: "higher", baseline: "10", target: "25", goalId: ids.online },
    { orgId: b.orgId, name: "B's KPI", perspective: "financial", unit: "percent", direction: "higher", baseline: "10", target: "25", goalId: ids.bGoal },
  ]);
});

describe("listGoals", () => {
  it("lists the workspace's goals in scorecard order with the technologies serving and KPIs tracking each", async () => {
    const rows = await listGoals(a);
    expect(rows.map((r) => [r.goal.title, r.technologyCount, r.kpiCount])).toEqual([
      ["Grow online orders", 2, 1],
      ["Keep a skilled team", 0, 0],
    ]);
    expect(rows[0].goal).toMatchObject({ weight: 30, targetText: "25% of sales", targetDate: "2027-06-30", orgId: a.orgId });
  });
});

describe("getGoal", () => {
  it("returns the workspace's own goal", async () => {
    expect(await getGoal(a, ids.online)).toMatchObject({ title: "Grow online orders" });
  });

  it.each([
    ["another workspace's goal", () => ids.bGoal],
    ["a malformed id", () => "not-a-uuid"],
    ["an unknown id", () => "00000000-0000-4000-8000-000000000000"],
  ])("answers not found for %s", async (_label, id) => {
    await expect(getGoal(a, id())).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("getAlignmentMatrix", () => {
  it("gives the workspace's goals, technologies and its stored links only", async () => {
    const m = await getAlignmentMatrix(a);
    expect(m.goals.map((g) => g.title)).toEqual(["Grow online orders", "Keep a skilled team"]);
    expect(m.technologies.map((t) => [t.name, t.status])).toEqual([
      ["Till system", "retired"],
      ["Web shop", "live"],
    ]);
    expect(m.alignments.sort((x, y) => y.strength - x.strength)).toEqual([
      { investmentId: ids.shop, goalId: ids.online, strength: 5 },
      { investmentId: ids.pos, goalId: ids.online, strength: 2 },
    ]);
  });
});
