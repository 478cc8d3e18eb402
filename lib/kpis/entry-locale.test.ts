import { and, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { createKpi, saveKpiValues } = await import("./actions");

const GERMAN = "Enter a number written like 1.234,56 (“,” before the decimals).";

let de: TenantCtx;
const ids = { percent: "", count: "" };

beforeAll(async () => {
  de = await createTenant("admin", { locale: "de-DE", currency: "EUR" });
  for (const unit of ["percent", "count"] as const) {
    const [row] = await db.insert(kpis).values({ orgId: de.orgId, name: `KPI ${unit}`, perspective: "customer", unit, direction: "higher", baseline: "1", target: "2" }).returning();
    ids[unit] = row.id;
  }
});

beforeEach(() => auth.mockResolvedValue({ user: { id: de.userId } }));

const grid = (period: string, percent: unknown, amount: unknown) => ({
  period,
  values: [
    { kpiId: ids.percent, value: percent, note: "" },
    { kpiId: ids.count, value: amount, note: "" },
  ],
});
const stored = async (period: string) =>
  Object.fromEntries((await db.select().from(kpiMeasurements).where(and(eq(kpiMeasurements.orgId, de.orgId), eq(kpiMeasurements.period, period)))).map((m) => [m.kpiId, m.value]));
const measurements = async () => (await db.select({ n: count() }).from(kpiMeasurements).where(eq(kpiMeasurements.orgId, de.orgId)))[0].n;

describe("a de-DE workspace's monthly values", () => {
  it("reads 8,5 as 8.5 and 1.234,5 as 1234.5", async () => {
    expect(await saveKpiValues(de.org.slug, grid("2026-03", "8,5", "1.234,5"))).toMatchObject({ ok: true, data: { saved: 2 } });
    expect(await stored("2026-03-01")).toEqual({ [ids.percent]: "8.5000", [ids.count]: "1234.5000" });
  });

  it("takes JSON numbers as machine numbers", async () => {
    expect(await saveKpiValues(de.org.slug, grid("2026-04", 8.5, 1234.5))).toMatchObject({ ok: true, data: { saved: 2 } });
    expect(await stored("2026-04-01")).toEqual({ [ids.percent]: "8.5000", [ids.count]: "1234.5000" });
  });

  it.each([
    ["8.5", "1", "values.0.value", GERMAN],
    ["8", "1,234,5", "values.1.value", GERMAN],
    ["100,5", "1", "values.0.value", "A percentage must be between 0 and 100."],
    ["8", "1,23456", "values.1.value", "Use at most 4 decimal places."],
  ])("refuses %j / %j with the message beside the value, and saves nothing", async (percent, amount, key, message) => {
    const before = await measurements();
    const result = await saveKpiValues(de.org.slug, grid("2026-05", percent, amount));
    expect(result).toMatchObject({ ok: false, message: "Some values need fixing; nothing was saved.", fieldErrors: { [key]: [message] } });
    expect(await measurements()).toBe(before);
  });
});

describe("a de-DE workspace's KPI definitions", () => {
  const kpi = (overrides: Record<string, unknown>) => ({ name: `Quote ${Math.random()}`, perspective: "customer", unit: "percent", direction: "higher", baseline: "12,5", target: "25,75", weight: "1,5", ...overrides });

  it("reads the baseline, target and weight the German way", async () => {
    const result = await createKpi(de.org.slug, kpi({}));
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    const [row] = await db.select().from(kpis).where(eq(kpis.id, result.data!.id));
    expect(row).toMatchObject({ baseline: "12.5000", target: "25.7500", weight: "1.500" });
  });

  it("refuses numbers written another way, field by field", async () => {
    const result = await createKpi(de.org.slug, kpi({ baseline: "12.5", target: "1,234,5", weight: "1.5" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { weight: [GERMAN] } });
    const fixed = await createKpi(de.org.slug, kpi({ baseline: "12.5", target: "1,234,5" }));
    expect(fixed).toMatchObject({ ok: false, fieldErrors: { baseline: [GERMAN], target: [GERMAN] } });
    expect((await createKpi(de.org.slug, kpi({ weight: "0,0001" }))).fieldErrors?.weight).toEqual(["Use at most 3 decimal places for the weight.", "The weight must be at least 0,001."]);
  });
});
