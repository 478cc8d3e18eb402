import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { actualCosts } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { getLedgerOverview, listLedgerPage, type LedgerQuery } from "./actuals";

let a: TenantCtx;
let b: TenantCtx;
const ids = { shop: "", crm: "" };

const query = (overrides: Partial<LedgerQuery> = {}): LedgerQuery => ({ match: null, technology: null, booked: null, sort: "bookedOn", dir: "desc", page: 1, pageSize: 25, ...overrides });
const payees = async (ctx: TenantCtx, overrides: Partial<LedgerQuery> = {}) => (await listLedgerPage(ctx, query(overrides))).rows.map((r) => r.payee);

beforeAll(async () => {
  a = await createTenant("viewer");
  b = await createTenant("owner");
  ids.shop = (await createInvestment(a, { name: "Web shop" })).id;
  ids.crm = (await createInvestment(a, { name: "CRM" })).id;
  const row = (ctx: TenantCtx, bookedOn: string, amountCents: number, payee: string, investmentId: string | null = null) => ({
    orgId: ctx.orgId,
    bookedOn,
    amountCents,
    payee,
    source: "imported" as const,
    fingerprint: `f:${payee}`,
    investmentId,
    costCategory: investmentId ? ("subscription" as const) : null,
  });
  await db.insert(actualCosts).values([
    row(a, "2026-01-05", 4_900, "Shopify Jan", ids.shop),
    row(a, "2026-02-05", 4_900, "Shopify Feb", ids.shop),
    row(a, "2026-02-10", 12_000, "HubSpot Feb", ids.crm),
    row(a, "2026-02-20", -1_500, "Refund", null),
    row(a, "2025-12-31", 800, "Bakery", null),
    row(b, "2026-02-05", 99_999, "Secret of B", null),
  ]);
});

describe("listLedgerPage", () => {
  it("lists the workspace's payments newest first, with the count and sum of what matches", async () => {
    const page = await listLedgerPage(a, query());
    expect(page.rows.map((r) => r.payee)).toEqual(["Refund", "HubSpot Feb", "Shopify Feb", "Shopify Jan", "Bakery"]);
    expect(page).toMatchObject({ total: 5, totalCents: 4_900 + 4_900 + 12_000 - 1_500 + 800, page: 1, pageCount: 1 });
    expect(page.rows[1]).toMatchObject({ technologyName: "CRM", costCategory: "subscription", amountCents: 12_000, source: "imported", version: 1 });
  });

  it("filters matched, unmatched, one technology and one month", async () => {
    expect(await payees(a, { match: "unmatched" })).toEqual(["Refund", "Bakery"]);
    expect(await payees(a, { match: "matched" })).toEqual(["HubSpot Feb", "Shopify Feb", "Shopify Jan"]);
    expect(await payees(a, { technology: ids.shop })).toEqual(["Shopify Feb", "Shopify Jan"]);
    expect(await payees(a, { booked: { from: "2026-02-01", to: "2026-03-01" }, match: "matched" })).toEqual(["HubSpot Feb", "Shopify Feb"]);
    expect((await listLedgerPage(a, query({ booked: { from: "2026-02-01", to: "2026-03-01" } }))).totalCents).toBe(4_900 + 12_000 - 1_500);
  });

  it("sorts by amount, payee or technology (unmatched last either way)", async () => {
    expect(await payees(a, { sort: "amountCents", dir: "asc" })).toEqual(["Refund", "Bakery", "Shopify Feb", "Shopify Jan", "HubSpot Feb"]);
    expect(await payees(a, { sort: "payee", dir: "asc" })).toEqual(["Bakery", "HubSpot Feb", "Refund", "Shopify Feb", "Shopify Jan"]);
    expect(await payees(a, { sort: "technology", dir: "asc" })).toEqual(["HubSpot Feb", "Shopify Feb", "Shopify Jan", "Refund", "Bakery"]);
    expect(await payees(a, { sort: "technology", dir: "desc" })).toEqual(["Shopify Feb", "Shopify Jan", "HubSpot Feb", "Refund", "Bakery"]);
  });

  it("pages, clamping a page past the end to the last one", async () => {
    const second = await listLedgerPage(a, query({ pageSize: 2, page: 2 }));
    expect(second).toMatchObject({ page: 2, pageCount: 3, total: 5 });
    expect(second.rows.map((r) => r.payee)).toEqual(["Shopify Feb", "Shopify Jan"]);
    const past = await listLedgerPage(a, query({ pageSize: 2, page: 9 }));
    expect(past.page).toBe(3);
    expect(past.rows.map((r) => r.payee)).toEqual(["Bakery"]);
  });

  it("answers an empty page, not an error, when nothing matches", async () => {
    expect(await listLedgerPage(a, query({ technology: "00000000-0000-4000-8000-000000000000" }))).toMatchObject({ rows: [], total: 0, totalCents: 0, page: 1, pageCount: 1 });
  });
});

describe("getLedgerOverview", () => {
  it("counts the workspace's payments and unmatched ones, and lists their months newest first", async () => {
    expect(await getLedgerOverview(a)).toEqual({ count: 5, unmatched: 2, months: ["2026-02", "2026-01", "2025-12"] });
    expect(await getLedgerOverview(b)).toEqual({ count: 1, unmatched: 1, months: ["2026-02"] });
  });
});
