import { describe, expect, it } from "vitest";
import { db } from "@/db";
import { alignments, benefitItems, costItems, goals, risks } from "@/db/schema";
import { evaluateInvestment, monthlyRate } from "@/lib/finance";
import { addRecurringCost, createInvestment, createTenant } from "@/test/factories";
import { writeAudit } from "@/db/queries/audit";
import { getTechnologyDetail, listPortfolio } from "./view";

const today = new Date(Date.UTC(2026, 10, 15)); // Nov 2026

describe("listPortfolio", () => {
  it("computes each technology's figures exactly as lib/finance does for the same items", async () => {
    const ctx = await createTenant();
    const tech = await createInvestment(ctx, { name: "Chatbot", goLiveDate: "2026-03-01", usefulLifeMonths: 24, ownerName: "Sam" });
    await db.insert(costItems).values([
      { orgId: ctx.orgId, investmentId: tech.id, category: "implementation", kind: "one_time", amountCents: 600_000, startMonth: "2026-01-01" },
      { orgId: ctx.orgId, investmentId: tech.id, category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 9_900, startMonth: "2026-03-01", annualUpliftPct: "9" },
    ]);
    await db.insert(benefitItems).values({
      orgId: ctx.orgId, investmentId: tech.id, category: "cost_reduction", kind: "recurring", frequency: "monthly",
      amountCents: 120_000, startMonth: "2026-03-01", rampUpMonths: 3, confidence: "0.8",
    });

    const [row] = await listPortfolio(ctx, today);
    // The timeline starts at the earliest item (Jan 2026): go-live is month 2, useful life runs 24 months after it.
    const expected = evaluateInvestment({
      costs: [
        { category: "implementation", kind: "one_time", amountCents: 600_000, startMonth: 0 },
        { category: "subscription", kind: "recurring", frequency: "monthly", amountCents: 9_900, startMonth: 2, annualUpliftPct: 9 },
      ],
      benefits: [{ category: "cost_reduction", kind: "recurring", frequency: "monthly", amountCents: 120_000, startMonth: 2, rampUpMonths: 3, confidence: 0.8 }],
      horizonMonths: 26,
      annualDiscountRate: 0.08,
    });
    expect(row).toMatchObject({
      name: "Chatbot",
      annualRunRateCents: 118_800,
      tcoCents: expected.tco.totalCents,
      roi: expected.roi,
      npvCents: expected.npvCents,
      irrAnnual: expected.irrAnnual,
      paybackMonths: expected.paybackMonths,
      missing: ["goal", "risk"],
      nextRenewal: null,
    });
    expect(monthlyRate(0.08)).toBeGreaterThan(0);
  });

  it("scores alignment and risk, and flags only what is missing", async () => {
    const ctx = await createTenant();
    const tech = await createInvestment(ctx, { ownerName: "Kim" });
    const [g1, g2] = await db
      .insert(goals)
      .values([
        { orgId: ctx.orgId, title: "Grow online", perspective: "financial", weight: 3 },
        { orgId: ctx.orgId, title: "Happier customers", perspective: "customer", weight: 1 },
      ])
      .returning();
    await db.insert(alignments).values([
      { orgId: ctx.orgId, investmentId: tech.id, goalId: g1.id, strength: 5 },
      { orgId: ctx.orgId, investmentId: tech.id, goalId: g2.id, strength: 1 },
    ]);
    await db.insert(risks).values([
      { orgId: ctx.orgId, investmentId: tech.id, type: "vendor", title: "Lock-in", likelihood: 3, impact: 4 },
      { orgId: ctx.orgId, investmentId: tech.id, type: "security", title: "Old breach", likelihood: 5, impact: 5, status: "closed" },
    ]);
    await addRecurringCost(ctx, tech.id, 50_000, "annual", { renewalDate: "2025-12-20", noticeDays: 30 });
    const [row] = await listPortfolio(ctx, today);
    expect(row.alignmentScore).toBeCloseTo(((3 * 5 + 1 * 1) / 4 / 5) * 100, 10); // goal-weighted, 0–100
    expect(row.riskScore).toBe(12); // the closed 25 no longer counts
    expect(row.missing).toEqual(["benefit"]);
    expect(row.nextRenewal).toEqual({ date: "2026-12-20", noticeDeadline: "2026-11-20" });
  });

  it("reuses computed rows until the workspace changes: every write's audit row invalidates them", async () => {
    const ctx = await createTenant();
    const tech = await createInvestment(ctx, { name: "Wiki" });
    expect((await listPortfolio(ctx, today))[0].annualRunRateCents).toBe(0);
    await addRecurringCost(ctx, tech.id, 1_000, "monthly");
    await writeAudit(ctx, { action: "update", entity: "investment", entityId: tech.id });
    expect((await listPortfolio(ctx, today))[0].annualRunRateCents).toBe(12_000);
    // A new day recomputes as well (run-rates and renewals depend on it).
    const nextYear = new Date(Date.UTC(2027, 10, 15));
    expect((await listPortfolio(ctx, nextYear))[0]).toMatchObject({ annualRunRateCents: 12_000 });
  });

  it("gives the empty workspace an empty list", async () => {
    await expect(listPortfolio(await createTenant(), today)).resolves.toEqual([]);
  });
});

describe("getTechnologyDetail", () => {
  it("returns the items, every goal with its strength, and the same row as the list", async () => {
    const ctx = await createTenant();
    const tech = await createInvestment(ctx);
    await db.insert(goals).values({ orgId: ctx.orgId, title: "Unserved goal", perspective: "learning_growth" });
    const detail = await getTechnologyDetail(ctx, tech.id, today);
    expect(detail.row).toEqual((await listPortfolio(ctx, today))[0]);
    expect(detail.alignments).toEqual([expect.objectContaining({ title: "Unserved goal", strength: 0 })]);
    expect(detail.weightedScore).toBeNull();
  });
});
