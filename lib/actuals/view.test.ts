import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { actualCosts, matchRules } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { parseLedgerParams } from "./ledger-params";
import { loadLedger, loadMatchRules } from "./view";

let a: TenantCtx;
const ids = { shop: "", crm: "", pos: "" };

beforeAll(async () => {
  a = await createTenant("viewer");
  ids.shop = (await createInvestment(a, { name: "Web shop", vendor: "Shopify Inc." })).id;
  ids.crm = (await createInvestment(a, { name: "CRM", vendor: "HubSpot" })).id;
  ids.pos = (await createInvestment(a, { name: "Till", vendor: "Square" })).id;
  const payment = (bookedOn: string, payee: string, investmentId: string | null = null) => ({
    orgId: a.orgId,
    bookedOn,
    amountCents: 1_000,
    payee,
    source: "imported" as const,
    fingerprint: `f:${payee}:${bookedOn}`,
    investmentId,
  });
  await db.insert(actualCosts).values([
    payment("2026-01-03", "SHOPIFY* 1"),
    payment("2026-02-03", "SHOPIFY* 2"),
    payment("2026-02-04", "HUBSPOT EMEA"),
    payment("2026-02-05", "SQUARE UK", ids.pos),
    payment("2026-02-06", "Corner bakery"),
  ]);
  await db.insert(matchRules).values({ orgId: a.orgId, position: 1, field: "payee", pattern: "hubspot", investmentId: ids.crm });
});

describe("loadLedger", () => {
  it("reads the month from the URL as its booked-on range, with the workspace's months and technologies", async () => {
    const { page, overview, technologies } = await loadLedger(a, parseLedgerParams({ month: "2026-02", match: "unmatched" }));
    expect(page.rows.map((r) => r.payee)).toEqual(["Corner bakery", "HUBSPOT EMEA", "SHOPIFY* 2"]);
    expect(overview).toEqual({ count: 5, unmatched: 4, months: ["2026-02", "2026-01"] });
    expect(technologies.map((t) => t.name)).toEqual(["CRM", "Till", "Web shop"]);
  });
});

describe("loadMatchRules", () => {
  it("suggests rules only for vendors whose unmatched payments no rule files yet", async () => {
    const { rules, suggestions, unmatchedCount } = await loadMatchRules(a);
    expect(rules.map((r) => [r.pattern, r.technologyName])).toEqual([["hubspot", "CRM"]]);
    expect(unmatchedCount).toBe(4);
    expect(suggestions).toEqual([{ field: "payee", pattern: "Shopify", investmentId: ids.shop, costCategory: null, technologyName: "Web shop" }]);
  });
});
