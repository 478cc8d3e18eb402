import { and, count, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { auditLog, kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createTenant } from "@/test/factories";

const auth = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth", () => ({ auth, signIn: vi.fn(), signOut: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const { saveKpiValues } = await import("./actions");

const signInAs = (ctx: TenantCtx) => auth.mockResolvedValue({ user: { id: ctx.userId } });

let a: TenantCtx;
let viewer: TenantCtx;
const ids: Record<"percent" | "count" | "nps" | "currency" | "duration", string> = { percent: "", count: "", nps: "", currency: "", duration: "" };

beforeAll(async () => {
  a = await createTenant("member");
  viewer = await addMember(a, "viewer");
  const defs = [
    ["percent", "CSAT", "percent"],
    ["count", "Incidents", "count"],
    ["nps", "NPS", "score"],
    ["currency", "Cost per contact", "currency"],
    ["duration", "MTTR", "duration"],
  ] as const;
  for (const [key, name, unit] of defs) {
    const [row] = await db.insert(kpis).values({ orgId: a.orgId, name, perspective: "customer", unit, direction: "higher", baseline: "1", target: "2" }).returning();
    ids[key] = row.id;
  }
});

beforeEach(() => signInAs(a));

const grid = (period: string, values: Partial<Record<keyof typeof ids, string>>, notes: Partial<Record<keyof typeof ids, string>> = {}) => ({
  period,
  values: (Object.keys(ids) as (keyof typeof ids)[]).map((k) => ({ kpiId: ids[k], value: values[k] ?? "", note: notes[k] ?? "" })),
});

const stored = async (period: string) =>
  Object.fromEntries(
    (await db.select().from(kpiMeasurements).where(and(eq(kpiMeasurements.orgId, a.orgId), eq(kpiMeasurements.period, period)))).map((m) => [m.kpiId, [m.value, m.note]]),
  );
const counts = async () => ({
  measurements: (await db.select({ n: count() }).from(kpiMeasurements))[0].n,
  audit: (await db.select({ n: count() }).from(auditLog))[0].n,
});

describe("saveKpiValues", () => {
  it("saves every row of the month in one go, with who entered it and one audit row", async () => {
    const before = await counts();
    const result = await saveKpiValues(a.org.slug, grid("2026-03", { percent: "87.5", count: "2", nps: "-12", currency: "4.80", duration: "3.25" }, { percent: "after survey" }));
    expect(result).toMatchObject({ ok: true, data: { period: "2026-03-01", saved: 5 } });
    expect(await counts()).toEqual({ measurements: before.measurements + 5, audit: before.audit + 1 });
    const rows = await stored("2026-03-01");
    expect(rows[ids.percent]).toEqual(["87.5000", "after survey"]);
    expect(rows[ids.nps]).toEqual(["-12.0000", ""]);
    const [m] = await db.select().from(kpiMeasurements).where(eq(kpiMeasurements.kpiId, ids.count));
    expect(m.enteredBy).toBe(a.userId);
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.entity, "kpi_measurements"), eq(auditLog.entityId, "2026-03-01")));
    expect(audit).toMatchObject({ action: "update", userId: a.userId });
    expect(audit.before).toMatchObject({ [ids.percent]: null });
    expect(audit.after).toMatchObject({ [ids.percent]: { value: "87.5", note: "after survey" } });
  });

  it("updates a re-entered month in place, audits only the changes and leaves blanks as they were", async () => {
    await saveKpiValues(a.org.slug, grid("2026-04", { percent: "80", count: "3", nps: "10" }));
    const before = await counts();
    const result = await saveKpiValues(a.org.slug, grid("2026-04", { percent: "82", count: "3" }));
    expect(result).toMatchObject({ ok: true, data: { saved: 1 } });
    expect(await counts()).toEqual({ measurements: before.measurements, audit: before.audit + 1 });
    const rows = await stored("2026-04-01");
    expect(rows[ids.percent][0]).toBe("82.0000");
    expect(rows[ids.nps][0]).toBe("10.0000"); // blank in the second save: unchanged
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.entityId, "2026-04-01")).orderBy(auditLog.createdAt).offset(1);
    expect(audit.before).toEqual({ [ids.percent]: { value: "80", note: "" } });
    expect(audit.after).toEqual({ [ids.percent]: { value: "82", note: "" } });
  });

  it.each([
    ["a percent of 120", "percent", "120", 0, "A percentage must be between 0 and 100."],
    ["a negative count", "count", "-1", 1, "A count can't be negative."],
    ["an NPS of 150", "nps", "150", 2, "A score must be between −100 and 100."],
    ["money with 3 decimals", "currency", "4.805", 3, "Use at most 2 decimal places for money."],
    ["a negative duration", "duration", "-2", 4, "A duration can't be negative."],
    ["5 decimals", "duration", "1.00001", 4, "Use at most 4 decimal places."],
    ["text", "percent", "lots", 0, "Enter a number written like 1,234.56 (“.” before the decimals)."],
  ] as const)("refuses %s: nothing saved at all, the message keyed to its row", async (_label, key, bad, index, message) => {
    await saveKpiValues(a.org.slug, grid("2026-05", { percent: "50", count: "1", nps: "5", currency: "1", duration: "1" }));
    const before = await counts();
    const storedBefore = await stored("2026-05-01");
    const good = { percent: "60", count: "2", nps: "6", currency: "2", duration: "2" };
    const result = await saveKpiValues(a.org.slug, grid("2026-05", { ...good, [key]: bad }));
    expect(result).toMatchObject({ ok: false, message: "Some values need fixing; nothing was saved." });
    expect(result.fieldErrors).toEqual({ [`values.${index}.value`]: [message] });
    expect(await counts()).toEqual(before);
    expect(await stored("2026-05-01")).toEqual(storedBefore);
  });

  it("takes an averaged count with decimals, like contacts per client", async () => {
    const result = await saveKpiValues(a.org.slug, grid("2026-07", { count: "1.28", percent: "40" }, { count: "average" }));
    expect(result).toMatchObject({ ok: true, data: { saved: 2 } });
    expect((await stored("2026-07-01"))[ids.count]).toEqual(["1.2800", "average"]);
  });

  it("refuses a malformed month", async () => {
    const result = await saveKpiValues(a.org.slug, grid("2026-13", { percent: "1" }));
    expect(result.fieldErrors?.period).toEqual(["Choose a month (YYYY-MM)."]);
  });

  it("refuses a viewer and writes nothing", async () => {
    signInAs(viewer);
    const before = await counts();
    expect(await saveKpiValues(a.org.slug, grid("2026-06", { percent: "1" }))).toEqual({ ok: false, message: "You don't have permission to do that." });
    expect(await counts()).toEqual(before);
  });
});
