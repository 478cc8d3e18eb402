// The KPI-values export is a public endpoint: a member gets their own workspace's values, anyone else
// the same 404, whether signed out, a member of another workspace, or asking for no such workspace.
import Papa from "papaparse";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { goals, kpiMeasurements, kpis } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, createInvestment, createTenant } from "@/test/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
const { GET } = await import("./kpi-values/route");

let a: TenantCtx;
let b: TenantCtx;

async function kpi(ctx: TenantCtx, values: Partial<typeof kpis.$inferInsert> & { name: string }) {
  const [row] = await db
    .insert(kpis)
    .values({ orgId: ctx.orgId, perspective: "customer", unit: "percent", direction: "higher", baseline: "10", target: "20", ...values })
    .returning();
  return row.id;
}
const measure = (ctx: TenantCtx, kpiId: string, period: string, value: string, note = "") =>
  db.insert(kpiMeasurements).values({ orgId: ctx.orgId, kpiId, period, value, note });

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("owner"), createTenant("owner")]);
  const tech = await createInvestment(a, { name: "Helpdesk" });
  const [goal] = await db.insert(goals).values({ orgId: a.orgId, title: "Happier customers", perspective: "customer" }).returning();
  const csat = await kpi(a, { name: "CSAT", investmentId: tech.id, goalId: goal.id, targetDate: "2026-12-31" });
  const cost = await kpi(a, { name: "Cost per ticket", perspective: "financial", unit: "currency", direction: "lower", baseline: "12.5", target: "8" });
  await measure(a, csat, "2026-02-01", "14.2500", "=HYPERLINK(\"http://evil\")");
  await measure(a, csat, "2026-01-01", "12");
  await measure(a, cost, "2026-03-01", "-3.5", "+refund, -credit");
  await measure(a, cost, "2026-01-01", "11.75", "Résumé, \"quoted\"");
  await measure(b, await kpi(b, { name: "Beta secret KPI" }), "2026-01-01", "1");
});

beforeEach(() => {
  session.current = null;
});

const call = (slug: string, query = "") => GET(new Request(`http://localhost/w/${slug}/reports/kpi-values${query}`), { params: Promise.resolve({ slug }) });

/** The CSV body parsed into records, after checking it starts with a UTF-8 BOM (which text() would drop). */
async function records(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3));
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe("GET /w/[slug]/reports/kpi-values", () => {
  it("answers 404 when signed out, to a member of another workspace, and for no such workspace", async () => {
    expect((await call(a.org.slug)).status).toBe(404);
    session.current = { user: { id: b.userId } };
    expect((await call(a.org.slug)).status).toBe(404);
    expect((await call("no-such-workspace")).status).toBe(404);
  });

  it("serves a viewer the workspace's values as a CSV download, one row per measurement by KPI then month", async () => {
    session.current = { user: { id: (await addMember(a, "viewer")).userId } };
    const response = await call(a.org.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="kpi-values-${a.org.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv"$`));
    const rows = await records(response);
    expect(rows.map((r) => [r.kpi, r.month, r.value])).toEqual([
      ["CSAT", "2026-01", "12"],
      ["CSAT", "2026-02", "14.25"],
      ["Cost per ticket", "2026-01", "11.75"],
      ["Cost per ticket", "2026-03", "-3.5"],
    ]);
    expect(rows[1]).toEqual({
      kpi: "CSAT",
      perspective: "customer",
      unit: "percent",
      direction: "higher",
      month: "2026-02",
      value: "14.25",
      baseline: "10",
      target: "20",
      target_date: "2026-12-31",
      technology: "Helpdesk",
      goal: "Happier customers",
      note: "'=HYPERLINK(\"http://evil\")",
    });
    expect(rows[2]).toMatchObject({ unit: "currency", direction: "lower", baseline: "12.5", target: "8", target_date: "", technology: "", goal: "", note: "Résumé, \"quoted\"" });
  });

  it("neutralises formulas in cells but keeps negative numbers as numbers", async () => {
    session.current = { user: { id: a.userId } };
    const rows = await records(await call(a.org.slug));
    const march = rows.find((r) => r.month === "2026-03");
    expect(march).toMatchObject({ value: "-3.5", note: "'+refund, -credit" });
  });

  it("never includes another workspace's values", async () => {
    session.current = { user: { id: a.userId } };
    expect(await (await call(a.org.slug)).text()).not.toContain("Beta secret KPI");
    session.current = { user: { id: b.userId } };
    const rows = await records(await call(b.org.slug));
    expect(rows.map((r) => r.kpi)).toEqual(["Beta secret KPI"]);
  });

  it("narrows to the months from … to, inclusive", async () => {
    session.current = { user: { id: a.userId } };
    const rows = await records(await call(a.org.slug, "?from=2026-02&to=2026-03"));
    expect(rows.map((r) => `${r.kpi} ${r.month}`)).toEqual(["CSAT 2026-02", "Cost per ticket 2026-03"]);
    const upTo = await records(await call(a.org.slug, "?to=2026-01&from="));
    expect(upTo.map((r) => r.month)).toEqual(["2026-01", "2026-01"]);
  });

  it.each(["?from=2026-13", "?to=March", "?from=2026-3", "?from=2026-01&from=2026-02", "?from=2026-04&to=2026-01"])("answers 400 with a plain message for %s", async (query) => {
    session.current = { user: { id: a.userId } };
    const response = await call(a.org.slug, query);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toMatch(/month/);
  });

  it("checks membership before the parameters: a stranger's bad month is still a 404", async () => {
    expect((await call(a.org.slug, "?from=junk")).status).toBe(404);
  });
});
