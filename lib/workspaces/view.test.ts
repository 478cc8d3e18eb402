import { and, eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, benefitItems, costItems, memberships } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { perspectives, type Role } from "@/lib/domain/values";
import { countReads } from "@/test/count-reads";
import { addRecurringCost, createInvestment, createTenant, createUser } from "@/test/factories";
import { addKpi } from "@/test/fixtures/kpis";
import { getDashboard } from "@/lib/dashboard/view";
import { getScorecard } from "@/lib/scorecard/view";
import { createWorkspaceForUser } from "@/db/queries/workspaces-overview";
import { getWorkspacesOverview } from "./view";

const today = new Date(2026, 5, 20, 12); // 20 Jun 2026: the overview stands at June 2026

/** A workspace with two technologies a year apart, a retired one, and KPIs in three perspectives (one red, one after June). */
async function busyWorkspace(ctx: TenantCtx, scale = 1) {
  const erp = await createInvestment(ctx, { name: "Erp", category: "erp", goLiveDate: "2025-01-01", usefulLifeMonths: 24 });
  const crm = await createInvestment(ctx, { name: "Crm", category: "crm", goLiveDate: "2025-06-01", usefulLifeMonths: 36, status: "implementing" });
  const old = await createInvestment(ctx, { name: "Old fax", category: "hardware", status: "retired" });
  await db.insert(costItems).values([
    { orgId: ctx.orgId, investmentId: erp.id, category: "licence", kind: "one_time", amountCents: 1_000_000 * scale, startMonth: "2025-01-01" },
    { orgId: ctx.orgId, investmentId: crm.id, category: "implementation", kind: "one_time", amountCents: 300_000 * scale, startMonth: "2025-06-01" },
  ]);
  await addRecurringCost(ctx, crm.id, 10_000 * scale, "monthly", { startMonth: "2025-06-01" });
  await addRecurringCost(ctx, erp.id, 120_000 * scale, "annual", { startMonth: "2025-01-01" });
  await addRecurringCost(ctx, old.id, 5_000, "monthly");
  await db.insert(benefitItems).values([
    { orgId: ctx.orgId, investmentId: erp.id, category: "labour_savings", kind: "recurring", frequency: "monthly", amountCents: 95_000, startMonth: "2025-07-01" },
    { orgId: ctx.orgId, investmentId: crm.id, category: "revenue_increase", kind: "recurring", frequency: "monthly", amountCents: 20_000, startMonth: "2025-07-01", rampUpMonths: 3 },
  ]);
  await addKpi(ctx, "CSAT", { "2026-03-01": 95, "2026-05-01": 92 });
  await addKpi(ctx, "NPS", { "2026-04-01": 20, "2026-08-01": 99 }, { weight: "2" }); // red in June; August is after the month
  await addKpi(ctx, "Churn", { "2026-01-01": 8 }, { perspective: "financial", direction: "lower", baseline: "10", target: "5" });
  await addKpi(ctx, "Training hours", {}, { perspective: "learning_growth" });
}

async function joinAs(userId: string, ctx: TenantCtx, role: Role): Promise<TenantCtx> {
  await db.insert(memberships).values({ orgId: ctx.orgId, userId, role });
  return { ...ctx, userId, role };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("getWorkspacesOverview", () => {
  it("shows each workspace's figures exactly as its dashboard shows them for the last complete month", async () => {
    const owned = await createTenant("owner");
    const euro = await createTenant("owner", { currency: "EUR", locale: "de-DE", discountRate: "0.12", name: "Zeta GmbH" });
    await busyWorkspace(owned);
    await busyWorkspace(euro, 3);
    await joinAs(owned.userId, euro, "viewer");

    const rows = await getWorkspacesOverview(owned.userId, today);
    expect(rows.map((r) => [r.slug, r.role, r.currency, r.locale])).toEqual([
      [owned.org.slug, "owner", "USD", "en-US"],
      [euro.org.slug, "viewer", "EUR", "de-DE"],
    ]);
    for (const [row, ctx] of [
      [rows[0], owned],
      [rows[1], euro],
    ] as const) {
      // Both default to the last complete month.
      const [dashboard, scorecard] = await Promise.all([getDashboard(ctx, {}, today), getScorecard(ctx, {}, today)]);
      expect(dashboard.month).toBe("2026-05-01");
      expect(row.month).toBe("2026-05-01");
      expect(row.technologyCount).toBe(dashboard.technologyCount);
      expect(row.roi).toBe(dashboard.tiles.roi.value);
      expect(row.npvCents).toBe(dashboard.tiles.npvCents.value);
      expect(row.annualSpendCents).toBe(dashboard.tiles.runRateCents.value);
      for (const card of dashboard.perspectives) expect(row.perspectives[card.perspective], card.perspective).toEqual({ score: card.score, rag: card.rag });
      const red = scorecard.perspectives.flatMap((p) => p.kpis).filter((k) => k.rag === "red");
      expect(row.redKpis).toBe(red.length);
      expect(row.lastMonthWithData).toBe("2026-08-01");
    }

    // The figures themselves, so the comparison cannot pass on two empty dashboards.
    const [usd, eur] = rows;
    expect(usd.technologyCount).toBe(3);
    expect(usd.annualSpendCents).toBe(10_000 * 12 + 120_000); // the retired fax counts for nothing
    expect(eur.annualSpendCents).toBe(3 * (10_000 * 12 + 120_000));
    expect(usd.roi).not.toBeNull();
    expect(usd.npvCents).not.toBe(eur.npvCents);
    expect(usd.redKpis).toBe(2); // NPS at 20 of 100 by June, churn at 40% of the way to its target
    expect(usd.perspectives.customer.rag).not.toBeNull();
    expect(usd.perspectives.financial).toEqual({ score: expect.closeTo(0.4, 10), rag: "red" } as never);
    expect(usd.perspectives.learning_growth).toEqual({ score: null, rag: null });
    expect(Object.keys(usd.perspectives)).toEqual([...perspectives]);
  });

  it("reads the same number of times for one workspace as for five", async () => {
    const solo = await createTenant("owner");
    await busyWorkspace(solo);
    const consultant = await createUser();
    for (let i = 0; i < 5; i++) {
      const ctx = await createTenant("owner");
      await busyWorkspace(ctx);
      await joinAs(consultant.id, ctx, i === 0 ? "admin" : "member");
    }
    const readsFor = async (userId: string) => {
      const reads = countReads();
      const rows = await getWorkspacesOverview(userId, today);
      const calls = reads();
      vi.restoreAllMocks();
      return { rows, calls };
    };
    const one = await readsFor(solo.userId);
    const five = await readsFor(consultant.id);
    expect(one.rows).toHaveLength(1);
    expect(five.rows).toHaveLength(5);
    expect(five.rows.every((r) => r.technologyCount === 3 && r.redKpis === 2)).toBe(true);
    expect(one.calls).toBeGreaterThan(0);
    expect(five.calls).toBe(one.calls);
    expect(one.calls).toBeLessThanOrEqual(11); // the memberships, their change markers, then nine reads across all workspaces

    // Unchanged workspaces are not read again; a write to one of them is.
    const again = await readsFor(consultant.id);
    expect(again.calls).toBe(2);
    expect(again.rows).toEqual(five.rows);
    const [first] = await db.select({ orgId: memberships.orgId }).from(memberships).where(eq(memberships.userId, consultant.id)).limit(1);
    await db.insert(auditLog).values({ orgId: first.orgId, action: "update", entity: "test" });
    expect((await readsFor(consultant.id)).calls).toBe(one.calls);
  });

  it("answers an empty list for a user without workspaces, and lists only the user's own", async () => {
    const loner = await createUser();
    expect(await getWorkspacesOverview(loner.id, today)).toEqual([]);
    const mine = await createTenant("member");
    const theirs = await createTenant("owner");
    await busyWorkspace(theirs);
    const rows = await getWorkspacesOverview(mine.userId, today);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ slug: mine.org.slug, role: "member", technologyCount: 0, roi: null, npvCents: 0, annualSpendCents: 0, redKpis: 0, lastMonthWithData: null });
  });
});

describe("createWorkspaceForUser", () => {
  it("creates the workspace with the user as owner and an audit row, with a free slug from the name", async () => {
    const user = await createUser();
    const first = await createWorkspaceForUser(user.id, { name: "Blue Harbour Café", currency: "GBP", industry: "hospitality" });
    const second = await createWorkspaceForUser(user.id, { name: "Blue Harbour Cafe", currency: "EUR", industry: "other" });
    expect(first.slug).toMatch(/^blue-harbour-cafe(-\d+)?$/);
    expect(second.slug).not.toBe(first.slug);
    expect(second.slug).toMatch(/^blue-harbour-cafe-\d+$/);

    const rows = await getWorkspacesOverview(user.id, today);
    expect(rows.map((r) => [r.slug, r.role, r.currency, r.industry]).sort()).toEqual(
      [
        [first.slug, "owner", "GBP", "hospitality"],
        [second.slug, "owner", "EUR", "other"],
      ].sort(),
    );
    const audit = await db
      .select({ action: auditLog.action, entity: auditLog.entity, userId: auditLog.userId })
      .from(auditLog)
      .innerJoin(memberships, and(eq(memberships.orgId, auditLog.orgId), eq(memberships.userId, user.id)));
    expect(audit).toEqual([
      { action: "create", entity: "organization", userId: user.id },
      { action: "create", entity: "organization", userId: user.id },
    ]);
  });
});
