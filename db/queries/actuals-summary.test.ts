import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { actualCosts } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { actualCostsByMonth, unmatchedActualsTotal } from "./actuals-summary";

let a: TenantCtx;
let b: TenantCtx;
const ids = { shop: "", till: "", bTool: "" };

type Payment = { on: string; cents: number; investmentId?: string };

async function pay(ctx: TenantCtx, payments: Payment[]) {
  await db.insert(actualCosts).values(
    payments.map((p, i) => ({
      orgId: ctx.orgId,
      bookedOn: p.on,
      amountCents: p.cents,
      source: "typed" as const,
      investmentId: p.investmentId ?? null,
      fingerprint: `test:${ctx.orgId}:${i}`,
    })),
  );
}

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("viewer"), createTenant("owner")]);
  ids.shop = (await createInvestment(a, { name: "Web shop" })).id;
  ids.till = (await createInvestment(a, { name: "Till" })).id;
  ids.bTool = (await createInvestment(b, { name: "B's tool" })).id;
  await pay(a, [
    { on: "2026-01-03", cents: 10_000, investmentId: ids.shop },
    { on: "2026-01-31", cents: 2_550, investmentId: ids.shop },
    { on: "2026-02-01", cents: 10_000, investmentId: ids.shop },
    { on: "2026-02-14", cents: -1_000, investmentId: ids.shop },
    { on: "2026-03-01", cents: 99_000, investmentId: ids.shop },
    { on: "2026-02-28", cents: 40_000, investmentId: ids.till },
    { on: "2026-01-10", cents: 700 },
    { on: "2026-02-10", cents: 300 },
    { on: "2026-03-10", cents: 5_000 },
  ]);
  await pay(b, [
    { on: "2026-01-05", cents: 123_456, investmentId: ids.bTool },
    { on: "2026-01-05", cents: 9_999 },
  ]);
});

describe("actualCostsByMonth", () => {
  it("sums each technology's payments per month booked, refunds included, up to the end of the month", async () => {
    const sums = await actualCostsByMonth(a, "2026-02-01");
    expect([...sums.keys()].sort()).toEqual([ids.shop, ids.till].sort());
    expect(Object.fromEntries(sums.get(ids.shop)!)).toEqual({ "2026-01-01": 12_550, "2026-02-01": 9_000 });
    expect(Object.fromEntries(sums.get(ids.till)!)).toEqual({ "2026-02-01": 40_000 });
  });

  it("reads one technology when asked", async () => {
    const sums = await actualCostsByMonth(a, "2026-03-01", ids.till);
    expect([...sums.keys()]).toEqual([ids.till]);
  });

  it("never reads another workspace's payments", async () => {
    expect((await actualCostsByMonth(a, "2026-12-01", ids.bTool)).size).toBe(0);
    const own = await actualCostsByMonth(b, "2026-12-01");
    expect([...own.keys()]).toEqual([ids.bTool]);
  });
});

describe("unmatchedActualsTotal", () => {
  it("counts and sums the workspace's unmatched payments up to the end of the month", async () => {
    expect(await unmatchedActualsTotal(a, "2026-02-01")).toEqual({ count: 2, cents: 1_000 });
    expect(await unmatchedActualsTotal(a, "2025-12-01")).toEqual({ count: 0, cents: 0 });
    expect(await unmatchedActualsTotal(b, "2026-12-01")).toEqual({ count: 1, cents: 9_999 });
  });
});
