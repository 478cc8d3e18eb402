import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, benefitItems, costItems, investments, scoringFactors } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { createTechnology, updateTechnology } = await import("./actions");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

const GERMAN = "Enter a number written like 1.234,56 (“,” before the decimals).";
const AMERICAN = "Enter a number written like 1,234.56 (“.” before the decimals).";

let de: TenantCtx;
let us: TenantCtx;

beforeAll(async () => {
  de = await createTenant("member", { locale: "de-DE", currency: "EUR" });
  us = await createTenant("member", { locale: "en-US", currency: "USD" });
});

let n = 0;
function payload(amount: unknown, overrides: Record<string, unknown> = {}) {
  return {
    name: `Kassensystem ${++n}`,
    category: "crm",
    valueChainActivity: "operations",
    status: "live",
    usefulLifeMonths: "36",
    costs: [{ category: "subscription", kind: "recurring", frequency: "monthly", amount, startMonth: "2026-01", annualUpliftPct: "3,5" }],
    benefits: [{ category: "labour_savings", kind: "recurring", frequency: "monthly", startMonth: "2026-01", confidencePct: "87,5", calculator: { type: "labour", hoursPerMonth: "12,5", hourlyRate: "40,10" } }],
    factors: [
      { name: "Fit", weight: "33,33", score: "4" },
      { name: "Cost", weight: "33,33", score: "3" },
      { name: "Risk", weight: "33,34", score: "2" },
    ],
    ...overrides,
  };
}

async function counts(ctx: TenantCtx) {
  const of = async (table: typeof investments | typeof costItems | typeof auditLog) => (await db.select({ n: count() }).from(table).where(eq(table.orgId, ctx.orgId)))[0].n;
  return { investments: await of(investments), costs: await of(costItems), audit: await of(auditLog) };
}

describe("a de-DE workspace's technology form", () => {
  it("stores 1.234,56 as 123456 cents, and every other number read the German way", async () => {
    signInAs(de);
    const result = await createTechnology(de.org.slug, payload("1.234,56"));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const id = result.data!.id;
    const [cost] = await db.select().from(costItems).where(eq(costItems.investmentId, id));
    expect(cost).toMatchObject({ amountCents: 123456 });
    expect(Number(cost.annualUpliftPct)).toBe(3.5);
    const [benefit] = await db.select().from(benefitItems).where(eq(benefitItems.investmentId, id));
    expect(benefit).toMatchObject({ amountCents: 50125, confidence: "0.875", calculator: { type: "labour", hoursPerMonth: 12.5, hourlyRateCents: 4010 } });
    const factors = await db.select().from(scoringFactors).where(eq(scoringFactors.investmentId, id));
    expect(factors.map((f) => Number(f.weight)).sort()).toEqual([33.33, 33.33, 33.34]);
  });

  it.each(["1234,56", "1.234,56 €", "EUR 1.234,56", 1234.56])("reads %j as 123456 cents too", async (amount) => {
    signInAs(de);
    const result = await createTechnology(de.org.slug, payload(amount));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const [cost] = await db.select().from(costItems).where(eq(costItems.investmentId, result.data!.id));
    expect(cost.amountCents).toBe(123456);
  });

  it.each([
    ["1,234,5", GERMAN],
    ["1.234.5", GERMAN],
    ["1,234.56", GERMAN],
    ["1,234", "Use at most 2 decimal places."],
    ["-1,5", "Amounts can't be negative."],
    ["2.000.000.000.000", "Amounts can be at most 1.000.000.000.000."],
  ])("refuses %j with the message next to the field, and saves nothing", async (amount, message) => {
    signInAs(de);
    const before = await counts(de);
    const result = await createTechnology(de.org.slug, payload(amount));
    expect(result).toMatchObject({ ok: false, fieldErrors: { "costs.0.amount": [message] } });
    expect(result.values).toBeDefined();
    expect(await counts(de)).toEqual(before);
  });

  it("refuses a malformed number on an edit too, and leaves the stored technology as it was", async () => {
    signInAs(de);
    const created = await createTechnology(de.org.slug, payload("99,90"));
    const id = created.data!.id;
    const before = await counts(de);
    const result = await updateTechnology(de.org.slug, { ...payload("1,234,5"), id, version: 1 });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "costs.0.amount": [GERMAN] } });
    expect(await counts(de)).toEqual(before);
    const [cost] = await db.select().from(costItems).where(eq(costItems.investmentId, id));
    expect(cost.amountCents).toBe(9990);
    const [row] = await db.select({ version: investments.version }).from(investments).where(eq(investments.id, id));
    expect(row.version).toBe(1);
  });
});

describe("an en-US workspace's technology form", () => {
  it("stores 1,234.56 as 123456 cents", async () => {
    signInAs(us);
    const result = await createTechnology(us.org.slug, payload("1,234.56", { benefits: [], factors: [], costs: [{ category: "licence", kind: "one_time", amount: "1,234.56", startMonth: "2026-01" }] }));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const [cost] = await db.select().from(costItems).where(eq(costItems.investmentId, result.data!.id));
    expect(cost.amountCents).toBe(123456);
  });

  it("refuses the German text instead of reading 1234,56 as 123456 dollars", async () => {
    signInAs(us);
    const before = await counts(us);
    const result = await createTechnology(us.org.slug, payload("1234,56"));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "costs.0.amount": [AMERICAN],
        "costs.0.annualUpliftPct": [AMERICAN],
        "benefits.0.confidencePct": [AMERICAN],
        "benefits.0.calculator.hoursPerMonth": [AMERICAN],
        "factors.0.weight": [AMERICAN],
      },
    });
    expect(await counts(us)).toEqual(before);
  });
});
