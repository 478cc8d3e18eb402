// The café demo's story: its one proposal, the inventory & waste tracker, is what the optimizer funds.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { organizations } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { loadBudgetProposals } from "./load";
import { planBudget } from "./plan";
import { defaultBudgetCents } from "./proposals";

let cafe: TenantCtx;

beforeAll(async () => {
  await seedDemo(db);
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, "harbor-bakery"));
  cafe = { orgId: org.id, userId: "demo", role: "viewer", org: { slug: org.slug, name: org.name, currency: org.currency, locale: "en-US" } };
});

describe("the café demo", () => {
  it("funds the waste tracker at the default budget, under both objectives", async () => {
    const { proposals } = await loadBudgetProposals(cafe);
    expect(proposals.map((p) => p.name)).toEqual(["Inventory & waste tracker"]);
    const [tracker] = proposals;
    expect(tracker.costCents).toBe(120_000 + 40_000 + 12 * 23_600); // set-up, training and a year of 4 sites × $59
    expect(tracker.npvCents).toBeGreaterThan(0);
    expect(tracker.npvCents).toBeLessThan(tracker.plainNpvCents); // its benefits are 75–80% likely
    const budget = defaultBudgetCents(proposals);
    expect(budget).toBe(4_500_00);
    for (const objective of ["npv", "alignment_weighted"] as const) {
      const c = planBudget(proposals, budget, objective);
      expect(c.optimal.chosen).toEqual([tracker.id]);
      expect(c.optimal.budgetLeftCents).toBe(4_500_00 - tracker.costCents);
    }
  });
});
