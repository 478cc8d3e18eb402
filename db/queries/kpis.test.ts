import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import { kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createInvestment, createTenant } from "@/test/factories";
import { getEntryGrid, getKpi, latestPeriodWithData, listKpis, previousPeriod } from "./kpis";

let a: TenantCtx;
let b: TenantCtx;
let empty: TenantCtx;
let uptime: string;
let nps: string;
let bKpi: string;

async function kpi(ctx: TenantCtx, values: Partial<typeof kpis.$inferInsert> = {}) {
  const [row] = await db
    .insert(kpis)
    .values({ orgId: ctx.orgId, name: `KPI ${randomUUID()}`, perspective: "customer", unit: "percent", direction: "higher", baseline: "1", target: "2", ...values })
    .returning();
  return row.id;
}
const measure = (ctx: TenantCtx, kpiId: string, period: string, value: string, note = "") =>
  db.insert(kpiMeasurements).values({ orgId: ctx.orgId, kpiId, period, value, note });

beforeAll(async () => {
  [a, b, empty] = await Promise.all([createTenant(), createTenant(), createTenant()]);
  const tech = await createInvestment(a, { name: "Status page" });
  uptime = await kpi(a, { name: "Uptime", perspective: "internal_process", target: "99.9", investmentId: tech.id });
  nps = await kpi(a, { name: "NPS", perspective: "financial", unit: "score" });
  bKpi = await kpi(b, { name: "Uptime" });
  await measure(a, uptime, "2025-12-01", "99.1");
  await measure(a, uptime, "2026-01-01", "99.5", "patched");
  await measure(a, nps, "2025-11-01", "20");
  await measure(b, bKpi, "2026-09-01", "50"); // B's later month must not leak into A's answers
});

describe("listKpis", () => {
  it("lists only this workspace's KPIs in perspective order, with linked names and the latest value", async () => {
    const rows = await listKpis(a);
    expect(rows.map((r) => r.kpi.name)).toEqual(["NPS", "Uptime"]);
    expect(rows[1]).toMatchObject({ investmentName: "Status page", goalTitle: null, latestValue: "99.5000", latestPeriod: "2026-01-01" });
    expect(rows[0]).toMatchObject({ latestValue: "20.0000", latestPeriod: "2025-11-01" });
  });
});

describe("getKpi", () => {
  it("returns this workspace's KPI", async () => {
    expect(await getKpi(a, uptime)).toMatchObject({ id: uptime, name: "Uptime" });
  });

  it.each([
    { name: "another workspace's id", id: () => bKpi },
    { name: "an unknown id", id: () => randomUUID() },
    { name: "a malformed id", id: () => "not-a-uuid" },
  ])("$name → not found", async ({ id }) => {
    await expect(getKpi(a, id())).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("getEntryGrid", () => {
  it("gives every KPI this month's value and note, last month's value and the target", async () => {
    const rows = await getEntryGrid(a, "2026-01-01");
    expect(rows.map((r) => r.name)).toEqual(["NPS", "Uptime"]);
    expect(rows[1]).toMatchObject({ id: uptime, value: "99.5000", note: "patched", previousValue: "99.1000", target: "99.9000" });
    expect(rows[0]).toMatchObject({ value: null, note: null, previousValue: null });
  });
});

describe("latestPeriodWithData", () => {
  it("is this workspace's latest month, or null without data", async () => {
    expect(await latestPeriodWithData(a)).toBe("2026-01-01");
    expect(await latestPeriodWithData(empty)).toBeNull();
  });
});

it("previousPeriod steps back across a year", () => {
  expect(previousPeriod("2026-01-01")).toBe("2025-12-01");
  expect(previousPeriod("2026-10-01")).toBe("2026-09-01");
});
