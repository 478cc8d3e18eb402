// Cross-tenant cases: every tenant-scoped data function, called with workspace A's context and
// workspace B's ids, must answer "not found" or return none of B's rows. Extend the table with every
// new data function.
import { beforeAll, describe, expect, it } from "vitest";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { addRecurringCost, createInvestment, createTenant } from "@/test/factories";
import { db } from "@/db";
import { goals, kpiMeasurements, kpis } from "@/db/schema";
import { getDashboard } from "./dashboard";
import { getTechnologyDetail, listPortfolio } from "./portfolio";
import { listKpiValues } from "./kpi-values";
import { getBeforeAfter, getBenefitsRealised } from "./realisation";
import { getEntryGrid, getKpi, latestPeriodWithData, listKpiLinkOptions, listKpis } from "./kpis";
import { getScorecard } from "./scorecard";
import { listGoalsForAlignment, technologySnapshot } from "./technology-writes";
import { resolveTenant } from "./tenants";

type World = { a: TenantCtx; b: TenantCtx; aTech: { id: string }; bTech: { id: string }; aKpi: { id: string }; bKpi: { id: string } };

type Case =
  | { name: string; kind: "not_found"; run: (w: World) => Promise<unknown> }
  | { name: string; kind: "scoped"; run: (w: World) => Promise<unknown>; expectOnlyA: (result: unknown, w: World) => void };

const ids = (rows: unknown) => (rows as { id: string }[]).map((r) => r.id);

const cases: Case[] = [
  { name: "resolveTenant: A's user, B's slug", kind: "not_found", run: async (w) => (await resolveTenant(w.a.userId, w.b.org.slug)) ?? notFound() },
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
  { name: "getKpi: B's KPI id", kind: "not_found", run: (w) => getKpi(w.a, w.bKpi.id) },
  { name: "getKpi: a malformed id", kind: "not_found", run: (w) => getKpi(w.a, "../b") },
  {
    name: "listKpis: contains none of B's KPIs",
    kind: "scoped",
    run: (w) => listKpis(w.a),
    expectOnlyA: (rows, w) => expect((rows as { kpi: { id: string } }[]).map((r) => r.kpi.id)).toEqual([w.aKpi.id]),
  },
  {
    name: "getEntryGrid: only A's KPIs, and none of B's values",
    kind: "scoped",
    run: (w) => getEntryGrid(w.a, "2026-05-01"),
    expectOnlyA: (rows) => expect(JSON.stringify(rows)).not.toMatch(/B's KPI|999/),
  },
  { name: "latestPeriodWithData: A's latest month, not B's", kind: "scoped", run: (w) => latestPeriodWithData(w.a), expectOnlyA: (p) => expect(p).toBe("2026-05-01") },
  {
    name: "listKpiLinkOptions: A's technologies and goals only",
    kind: "scoped",
    run: (w) => listKpiLinkOptions(w.a),
    expectOnlyA: (options, w) => expect(JSON.stringify(options)).not.toMatch(new RegExp(`${w.bTech.id}|B's goal`)),
  },
  {
    name: "getScorecard: A's KPIs only",
    kind: "scoped",
    run: (w) => getScorecard(w.a),
    expectOnlyA: (view) => expect(JSON.stringify(view)).not.toMatch(/B's KPI/),
  },
  {
    name: "getDashboard: A's technologies, KPIs, goals and months only",
    kind: "scoped",
    run: (w) => getDashboard(w.a),
    expectOnlyA: (view, w) => {
      const v = view as Awaited<ReturnType<typeof getDashboard>>;
      expect(JSON.stringify(v)).not.toMatch(new RegExp(`${w.bTech.id}|${w.bKpi.id}|B's goal|B's KPI|99\\.9`));
      expect(v.month).toBe("2026-05-01"); // A's latest measured month, not B's
      expect(v.technologyCount).toBe(1);
      expect(v.tiles.runRateCents.value).toBe(120_000); // A's $100 a month, none of B's $999.99
      expect(v.timeMap.map((p) => p.id)).toEqual([w.aTech.id]);
      expect(v.alerts.goalsWithoutTechnology.map((g) => g.title)).toEqual(["A's goal"]);
      expect(v.perspectives.find((p) => p.perspective === "customer")?.kpiCount).toBe(1);
    },
  },
  {
    name: "getBenefitsRealised: A's technologies and their KPIs only",
    kind: "scoped",
    run: (w) => getBenefitsRealised(w.a),
    expectOnlyA: (view, w) => {
      expect((view as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual([w.aTech.id]);
      expect(JSON.stringify(view)).not.toMatch(new RegExp(`${w.bTech.id}|${w.bKpi.id}|B's KPI|99\\.9`));
    },
  },
  { name: "getBeforeAfter: B's technology id", kind: "not_found", run: (w) => getBeforeAfter(w.a, w.bTech.id, { n: "6" }) },
  { name: "getBeforeAfter: a malformed id", kind: "not_found", run: (w) => getBeforeAfter(w.a, "x' or 1=1", { n: "6" }) },
  {
    name: "listKpiValues: A's values only",
    kind: "scoped",
    run: (w) => listKpiValues(w.a, {}),
    expectOnlyA: (rows) => {
      expect((rows as unknown[]).length).toBe(1);
      expect(JSON.stringify(rows)).not.toMatch(/B's KPI|99\.9/);
    },
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
  const [aKpi] = await db
    .insert(kpis)
    .values({ orgId: a.orgId, name: "A's KPI", perspective: "customer", unit: "percent", direction: "higher", baseline: "50", target: "90", investmentId: aTech.id })
    .returning();
  const [bKpi] = await db
    .insert(kpis)
    .values({ orgId: b.orgId, name: "B's KPI", perspective: "customer", unit: "percent", direction: "higher", baseline: "50", target: "90", investmentId: bTech.id })
    .returning();
  await db.insert(kpiMeasurements).values([
    { orgId: a.orgId, kpiId: aKpi.id, period: "2026-05-01", value: "61" },
    { orgId: b.orgId, kpiId: bKpi.id, period: "2026-09-01", value: "99.9" },
  ]);
  world = { a, b, aTech, bTech, aKpi, bKpi };
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
