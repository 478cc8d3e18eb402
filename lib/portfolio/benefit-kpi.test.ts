import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { valuesFromDetail, toPayload } from "@/components/portfolio/form/form-values";
import { db } from "@/db";
import { benefitItems } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { createTenant } from "@/test/factories";
import { addKpi } from "@/test/fixtures/kpis";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { createTechnology } = await import("./actions");
const { getTechnologyDetail } = await import("./view");
const { benefitSchema, KPI_NEEDS_VALUE_PER_UNIT, VALUE_PER_UNIT_NEEDS_KPI } = await import("./schemas");

let a: TenantCtx;
let b: TenantCtx;
let kpiId: string;
let foreignKpiId: string;

beforeAll(async () => {
  a = await createTenant("member", { locale: "de-DE", currency: "EUR" });
  b = await createTenant("owner");
  kpiId = (await addKpi(a, "Cost per contact", {}, { unit: "currency", direction: "lower", baseline: "8", target: "5" })).id;
  foreignKpiId = (await addKpi(b, "Their KPI", {})).id;
});

beforeEach(() => auth.mockResolvedValue({ user: { id: a.userId } }));

let n = 0;
const line = (over: Record<string, unknown> = {}) => ({
  category: "cost_reduction",
  description: "Fewer assisted contacts",
  kind: "recurring",
  frequency: "monthly",
  amount: "1.200",
  startMonth: "2026-01",
  ...over,
});
const technology = (benefit: Record<string, unknown>) => ({
  name: `Chatbot ${++n}`,
  vendor: "",
  category: "cx_automation",
  valueChainActivity: "service",
  status: "live",
  goLiveDate: "2026-01-01",
  usefulLifeMonths: "36",
  notes: "",
  benefits: [line(benefit)],
});

const parse = (over: Record<string, unknown>) => benefitSchema({ locale: "de-DE", currency: "EUR" }).safeParse(line(over));
const issue = (over: Record<string, unknown>) => {
  const result = parse(over);
  return result.success ? null : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("a benefit line's KPI and value per unit", () => {
  it("both or neither", () => {
    expect(parse({}).data).toMatchObject({ kpiId: null, valuePerUnitCents: null });
    expect(parse({ kpiId: "", valuePerUnit: " " }).data).toMatchObject({ kpiId: null, valuePerUnitCents: null });
    expect(issue({ kpiId })).toEqual([["valuePerUnit", KPI_NEEDS_VALUE_PER_UNIT]]);
    expect(issue({ valuePerUnit: "12" })).toEqual([["kpiId", VALUE_PER_UNIT_NEEDS_KPI]]);
  });

  it("the value is money typed the workspace's way, more than zero", () => {
    expect(parse({ kpiId: kpiId.toUpperCase(), valuePerUnit: "1.200,50 €" }).data).toMatchObject({ kpiId, valuePerUnitCents: 120_050 });
    expect(parse({ kpiId, valuePerUnit: "0,01" }).data).toMatchObject({ valuePerUnitCents: 1 });
    expect(issue({ kpiId, valuePerUnit: "0" })).toEqual([["valuePerUnit", "A unit of change must be worth more than zero."]]);
    expect(issue({ kpiId, valuePerUnit: "-3" })).toEqual([["valuePerUnit", "Amounts can't be negative."]]);
    expect(issue({ kpiId, valuePerUnit: "1,234" })).toEqual([["valuePerUnit", "Use at most 2 decimal places."]]);
    expect(issue({ kpiId, valuePerUnit: "1.000.000.000" })).toBeNull();
    expect(issue({ kpiId, valuePerUnit: "1.000.000.000,01" })).toEqual([["valuePerUnit", "A unit of change can be worth at most 1.000.000.000."]]);
    expect(issue({ kpiId: "not-a-kpi", valuePerUnit: "1" })).toEqual([["kpiId", "Choose a KPI from the list."]]);
  });

  it("is saved with the technology, and the edit form reads it back", async () => {
    const result = await createTechnology(a.org.slug, technology({ kpiId, valuePerUnit: "1.200" }));
    expect(result.ok, JSON.stringify(result)).toBe(true);
    const [row] = await db.select().from(benefitItems).where(eq(benefitItems.investmentId, result.data!.id));
    expect(row).toMatchObject({ kpiId, valuePerUnitCents: 120_000 });
    const detail = await getTechnologyDetail(a, result.data!.id);
    const values = valuesFromDetail(detail!, "de-DE");
    expect(values.benefits[0]).toMatchObject({ kpiId, valuePerUnit: "1200" });
    expect(toPayload(values, []).benefits[0]).toMatchObject({ kpiId, valuePerUnit: "1200" });
  });

  it.each([
    ["another workspace's KPI", () => foreignKpiId],
    ["an unknown KPI", () => randomUUID()],
  ])("refuses %s beside the line, saving nothing", async (_, id) => {
    const result = await createTechnology(a.org.slug, technology({ kpiId: id(), valuePerUnit: "5" }));
    expect(result).toMatchObject({ ok: false, message: "One of the KPIs no longer exists. Reload and try again.", fieldErrors: { "benefits.0.kpiId": ["Unknown KPI"] } });
  });
});
