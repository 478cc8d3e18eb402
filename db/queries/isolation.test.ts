// Cross-tenant cases: every tenant-scoped data function, called with workspace A's context and
// workspace B's ids, must answer "not found" or return none of B's rows. Extend the table with every
// new data function.
import { beforeAll, describe, expect, it } from "vitest";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { addRecurringCost, createInvestment, createTenant } from "@/test/factories";
import { getInvestment, getPortfolioSummary, listInvestments } from "./investments";
import { db } from "@/db";
import { goals } from "@/db/schema";
import { getTechnologyDetail, listPortfolio } from "./portfolio";
import { listGoalsForAlignment, technologySnapshot } from "./technology-writes";
import { resolveTenant } from "./tenants";

type World = { a: TenantCtx; b: TenantCtx; aTech: { id: string }; bTech: { id: string } };

type Case =
  | { name: string; kind: "not_found"; run: (w: World) => Promise<unknown> }
  | { name: string; kind: "scoped"; run: (w: World) => Promise<unknown>; expectOnlyA: (result: unknown, w: World) => void };

const ids = (rows: unknown) => (rows as { id: string }[]).map((r) => r.id);

const cases: Case[] = [
  { name: "resolveTenant: A's user, B's slug", kind: "not_found", run: async (w) => (await resolveTenant(w.a.userId, w.b.org.slug)) ?? notFound() },
  { name: "getInvestment: B's technology id", kind: "not_found", run: (w) => getInvestment(w.a, w.bTech.id) },
  { name: "getInvestment: a malformed id", kind: "not_found", run: (w) => getInvestment(w.a, "' or 1=1 --") },
  {
    name: "listInvestments: contains none of B's technologies",
    kind: "scoped",
    run: (w) => listInvestments(w.a),
    expectOnlyA: (rows, w) => expect(ids(rows)).toEqual([w.aTech.id]),
  },
  { name: "getTechnologyDetail: B's technology id", kind: "not_found", run: (w) => getTechnologyDetail(w.a, w.bTech.id) },
  { name: "getTechnologyDetail: a malformed id", kind: "not_found", run: (w) => getTechnologyDetail(w.a, "1; drop table investments") },
  {
    name: "listPortfolio: contains none of B's technologies",
    kind: "scoped",
    run: (w) => listPortfolio(w.a),
    expectOnlyA: (rows, w) => expect(ids(rows)).toEqual([w.aTech.id]),
  },
  { name: "technologySnapshot: B's technology id", kind: "not_found", run: async (w) => (await technologySnapshot(db, w.a, w.bTech.id)) ?? notFound() },
  {
    name: "listGoalsForAlignment: contains none of B's goals",
    kind: "scoped",
    run: (w) => listGoalsForAlignment(w.a),
    expectOnlyA: (rows) => expect((rows as { title: string }[]).map((g) => g.title)).toEqual(["A's goal"]),
  },
  {
    name: "getPortfolioSummary: counts and costs only A's technologies",
    kind: "scoped",
    run: (w) => getPortfolioSummary(w.a),
    expectOnlyA: (summary) => expect(summary).toEqual({ technologies: 1, live: 1, annualRunRateCents: 120_000 }),
  },
];

function notFound(): never {
  throw new AppError("not_found");
}

let world: World;

beforeAll(async () => {
  const a = await createTenant("owner");
  const b = await createTenant("owner");
  const aTech = await createInvestment(a);
  const bTech = await createInvestment(b);
  await addRecurringCost(a, aTech.id, 10_000, "monthly");
  await addRecurringCost(b, bTech.id, 99_999, "monthly");
  await db.insert(goals).values([
    { orgId: a.orgId, title: "A's goal", perspective: "financial" },
    { orgId: b.orgId, title: "B's goal", perspective: "customer" },
  ]);
  world = { a, b, aTech, bTech };
});

describe("a member of workspace A cannot reach workspace B", () => {
  it.each(cases)("$name", async (c) => {
    if (c.kind === "not_found") {
      await expect(c.run(world)).rejects.toMatchObject({ code: "not_found" });
    } else {
      c.expectOnlyA(await c.run(world), world);
    }
  });
});
