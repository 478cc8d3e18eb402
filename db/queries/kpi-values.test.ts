import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { listKpiValues } from "./kpi-values";

let a: TenantCtx;
let b: TenantCtx;
let empty: TenantCtx;

async function kpi(ctx: TenantCtx, name: string, investmentId: string | null = null) {
  const [row] = await db
    .insert(kpis)
    .values({ orgId: ctx.orgId, name, perspective: "customer", unit: "count", direction: "higher", baseline: "0", target: "10", investmentId })
    .returning();
  return row.id;
}
const measure = (ctx: TenantCtx, kpiId: string, period: string, value: string) => db.insert(kpiMeasurements).values({ orgId: ctx.orgId, kpiId, period, value });

beforeAll(async () => {
  [a, b, empty] = await Promise.all([createTenant(), createTenant(), createTenant()]);
  const aTech = await createInvestment(a, { name: "A tool" });
  const bTech = await createInvestment(b, { name: "B tool" });
  const zeta = await kpi(a, "Zeta", aTech.id);
  const alpha = await kpi(a, "Alpha");
  // Same KPI name and months in B: a join that forgot the org would double A's rows or leak B's.
  const bAlpha = await kpi(b, "Alpha", bTech.id);
  await measure(a, zeta, "2026-01-01", "1");
  await measure(a, alpha, "2026-02-01", "2");
  await measure(a, alpha, "2026-01-01", "3");
  await measure(b, bAlpha, "2026-01-01", "99");
  await measure(b, bAlpha, "2026-02-01", "98");
});

describe("listKpiValues", () => {
  it("lists this workspace's measurements only, by KPI name then month, with the linked technology", async () => {
    const rows = await listKpiValues(a);
    expect(rows.map((r) => [r.kpi, r.period, r.value, r.technology])).toEqual([
      ["Alpha", "2026-01-01", "3.0000", null],
      ["Alpha", "2026-02-01", "2.0000", null],
      ["Zeta", "2026-01-01", "1.0000", "A tool"],
    ]);
    expect((await listKpiValues(b)).map((r) => [r.kpi, r.value, r.technology])).toEqual([
      ["Alpha", "99.0000", "B tool"],
      ["Alpha", "98.0000", "B tool"],
    ]);
    expect(await listKpiValues(empty)).toEqual([]);
  });

  it("narrows to an inclusive range of months", async () => {
    expect((await listKpiValues(a, { from: "2026-02-01" })).map((r) => r.period)).toEqual(["2026-02-01"]);
    expect((await listKpiValues(a, { to: "2026-01-01" })).map((r) => r.kpi)).toEqual(["Alpha", "Zeta"]);
    expect(await listKpiValues(a, { from: "2026-03-01", to: "2026-04-01" })).toEqual([]);
  });
});
