import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { goals } from "@/db/schema";
import { createInvestment, createTenant } from "@/test/factories";
import { addKpi } from "@/test/fixtures/kpis";
import { getScorecard } from "./view";

const names = (view: Awaited<ReturnType<typeof getScorecard>>) => view.perspectives.flatMap((p) => p.kpis.map((k) => k.name));

describe("getScorecard", () => {
  it("shows only the workspace's own KPIs, with their linked technology and goal", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const tech = await createInvestment(a, { name: "Helpdesk" });
    const [goal] = await db.insert(goals).values({ orgId: a.orgId, title: "Happier customers", perspective: "customer", weight: 1 }).returning();
    await addKpi(a, "CSAT", { "2026-01-01": 40, "2026-02-01": 60 }, { investmentId: tech.id, goalId: goal.id });
    await addKpi(b, "B only", { "2026-05-01": 10 });

    const view = await getScorecard(a);
    expect(names(view)).toEqual(["CSAT"]);
    expect(view.bounds).toEqual({ earliest: "2026-01-01", latest: "2026-02-01" }); // B's later month is not A's
    const csat = view.perspectives[1].kpis[0];
    expect(csat).toMatchObject({ investment: { id: tech.id, name: "Helpdesk" }, goal: { id: goal.id, title: "Happier customers" } });
    expect(names(await getScorecard(b))).toEqual(["B only"]);
  });

  it("defaults to the last complete month, clamped to the latest month with data, and reads values up to the chosen month", async () => {
    const ctx = await createTenant();
    await addKpi(ctx, "NPS", { "2026-01-01": 20, "2026-02-01": 30, "2026-03-01": 50 });
    await addKpi(ctx, "Churn", { "2026-01-01": 9 }, { perspective: "financial", direction: "lower", baseline: "10", target: "5", unit: "percent" });

    const latest = await getScorecard(ctx, {}, new Date("2026-06-15T12:00:00Z")); // May is after the data: its last month
    expect(latest.month).toBe("2026-03-01");
    expect(latest.perspectives[1]).toMatchObject({ score: 0.5, kpiCount: 1 });

    const feb = await getScorecard(ctx, { month: "2026-02" });
    expect(feb.month).toBe("2026-02-01");
    expect(feb.perspectives[1].kpis[0]).toMatchObject({ latest: { period: "2026-02-01", value: 30 }, change: 10 });
  });

  it("shows the last complete month, not the current one, when no month is asked for", async () => {
    const ctx = await createTenant();
    await addKpi(ctx, "NPS", { "2026-01-01": 20, "2026-02-01": 30, "2026-03-01": 50, "2026-04-01": 70 });
    const today = new Date("2026-04-15T12:00:00Z"); // April is under way: its value so far is not the month to show

    const view = await getScorecard(ctx, {}, today);
    expect(view.month).toBe("2026-03-01");
    expect(view.bounds).toEqual({ earliest: "2026-01-01", latest: "2026-04-01" });
    expect(view.perspectives[1].kpis[0].latest).toEqual({ period: "2026-03-01", value: 50 });
    expect((await getScorecard(ctx, { month: "junk" }, today)).month).toBe("2026-03-01");
    expect((await getScorecard(ctx, { month: "2026-04" }, today)).month).toBe("2026-04-01"); // still there when asked for
  });

  it("never throws on a malformed or foreign month", async () => {
    const ctx = await createTenant();
    await addKpi(ctx, "NPS", { "2026-01-01": 20, "2026-02-01": 30 });
    for (const month of ["junk", "2026-13", "2026-02-30", "' or 1=1 --", "", "2026-1", ["2026-01", "2026-02"]] as const) {
      const view = await getScorecard(ctx, { month: month as string | string[] }, new Date("2026-06-15T12:00:00Z"));
      expect(view.month).toMatch(/^2026-0[12]-01$/);
    }
    expect((await getScorecard(ctx, { month: "2031-01" })).month).toBe("2026-02-01");
    expect((await getScorecard(ctx, { month: "1990-01" })).month).toBe("2026-01-01");
  });

  it("answers with four empty perspectives for a workspace without KPIs", async () => {
    const ctx = await createTenant();
    const view = await getScorecard(ctx, { month: "2026-01" });
    expect(view).toMatchObject({ month: null, bounds: null, overall: null, kpiCount: 0 });
    expect(view.perspectives.map((p) => p.kpiCount)).toEqual([0, 0, 0, 0]);
  });
});
