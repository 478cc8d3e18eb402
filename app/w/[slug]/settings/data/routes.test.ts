// "Your data": the export is the owner's alone (other members get a 403, everyone else the same 404), the import makes a new
// workspace for whoever is signed in, and deleting needs the owner and the exact name.
import { eq } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db";
import { goals, investments, kpiMeasurements, kpis, memberships, organizations } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { addMember, addRecurringCost, createInvestment, createTenant, createUser } from "@/test/factories";

const session = vi.hoisted(() => ({ current: null as null | { user: { id: string } } }));
vi.mock("@/lib/auth", () => ({ auth: async () => session.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { to });
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));
const { GET } = await import("./export.json/route");
const { GET: GET_ZIP } = await import("./export.zip/route");
const { POST } = await import("./import/route");
const { deleteWorkspaceAction } = await import("@/lib/workspace-data/actions");

let a: TenantCtx;
let b: TenantCtx;

beforeAll(async () => {
  [a, b] = await Promise.all([createTenant("owner", { name: "Alpha Foods" }), createTenant("owner")]);
  const tech = await createInvestment(a, { name: "Till system" });
  await addRecurringCost(a, tech.id, 5_000, "monthly");
  const [goal] = await db.insert(goals).values({ orgId: a.orgId, title: "Faster service", perspective: "customer" }).returning();
  const [kpi] = await db
    .insert(kpis)
    .values({ orgId: a.orgId, name: "Queue time", perspective: "customer", unit: "duration", direction: "lower", baseline: "10", target: "5", investmentId: tech.id, goalId: goal.id })
    .returning();
  await db.insert(kpiMeasurements).values({ orgId: a.orgId, kpiId: kpi.id, period: "2026-01-01", value: "8", enteredBy: a.userId });
  await createInvestment(b, { name: "Beta secret" });
});

beforeEach(() => {
  session.current = null;
});

const as = (ctx: Pick<TenantCtx, "userId"> | null) => (session.current = ctx ? { user: { id: ctx.userId } } : null);
const exportOf = (slug: string) => GET(new Request(`http://localhost/w/${slug}/settings/data/export.json`), { params: Promise.resolve({ slug }) });

const zipOf = (slug: string) => GET_ZIP(new Request(`http://localhost/w/${slug}/settings/data/export.zip`), { params: Promise.resolve({ slug }) });

function upload(content: string, fields: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new Blob([content], { type: "application/json" }), "export.json");
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const request = new Request(`http://localhost/w/${a.org.slug}/settings/data/import`, { method: "POST", body: form, headers: { host: "localhost", ...headers } });
  return POST(request, { params: Promise.resolve({ slug: a.org.slug }) });
}

describe("GET export.json", () => {
  it("answers 404 when signed out, to another workspace's owner and for no such workspace; 403 to an admin", async () => {
    expect((await exportOf(a.org.slug)).status).toBe(404);
    as(b);
    expect((await exportOf(a.org.slug)).status).toBe(404);
    expect((await exportOf("no-such-workspace")).status).toBe(404);
    as(await addMember(a, "admin"));
    const admin = await exportOf(a.org.slug);
    expect([admin.status, await admin.text()]).toEqual([403, "This needs the owner role in this workspace."]);
  });

  it("gives the owner the whole workspace as a JSON download, and nothing of another workspace", async () => {
    as(a);
    const response = await exportOf(a.org.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-store");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="techfolio-${a.org.slug}-\\d{4}-\\d{2}-\\d{2}\\.json"$`));
    const body = await response.json();
    expect(body).toMatchObject({ format: "techfolio-workspace", version: 1, organization: { name: "Alpha Foods", currency: "USD", discountRate: "0.08000" } });
    expect(Object.keys(body)).toEqual([
      "format", "version", "exportedAt", "organization", "goals", "investments", "costItems", "benefitItems", "risks",
      "scoringFactors", "alignments", "kpis", "kpiMeasurements", "scenarios", "integrations",
      "actualImports", "actualCosts", "matchRules", "actualBenefits", "importPreferences",
    ]);
    expect(body.investments.map((i: { name: string }) => i.name)).toEqual(["Till system"]);
    expect(body.kpiMeasurements).toEqual([expect.not.objectContaining({ enteredBy: expect.anything() })]);
    expect(JSON.stringify(body)).not.toContain("Beta secret");
    expect(JSON.stringify(body)).not.toContain(a.orgId);
  });
});

describe("GET export.zip", () => {
  it("answers 404 when signed out, to another workspace's owner and for no such workspace; 403 to an admin", async () => {
    expect((await zipOf(a.org.slug)).status).toBe(404);
    as(b);
    expect((await zipOf(a.org.slug)).status).toBe(404);
    expect((await zipOf("no-such-workspace")).status).toBe(404);
    as(await addMember(a, "admin"));
    const admin = await zipOf(a.org.slug);
    expect([admin.status, await admin.text()]).toEqual([403, "This needs the owner role in this workspace."]);
  });

  it("gives the owner one CSV per table of the JSON export, escaped, and nothing of another workspace", async () => {
    await db.insert(goals).values({ orgId: a.orgId, title: '=HYPERLINK("https://evil.example")', perspective: "financial" });
    as(a);
    const response = await zipOf(a.org.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(response.headers.get("content-disposition")).toMatch(new RegExp(`^attachment; filename="techfolio-${a.org.slug}-\\d{4}-\\d{2}-\\d{2}\\.zip"$`));
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(
      [
        "README.txt", "organization.csv", "goals.csv", "technologies.csv", "cost_items.csv", "benefit_items.csv", "risks.csv",
        "scoring_factors.csv", "alignments.csv", "kpis.csv", "kpi_measurements.csv", "scenarios.csv", "integrations.csv",
        "actual_imports.csv", "actual_costs.csv", "match_rules.csv", "actual_benefits.csv", "import_preferences.csv",
      ].sort(),
    );
    expect(strFromU8(files["README.txt"])).toMatch(/techfolio-workspace.*version 1/);
    const csv = (name: string) => {
      expect([...files[name].slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
      return Papa.parse<string[]>(strFromU8(files[name].slice(3)), { skipEmptyLines: true }).data;
    };
    const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
    const json = await (await exportOf(a.org.slug)).json();
    for (const [file, table] of [["goals.csv", "goals"], ["technologies.csv", "investments"], ["cost_items.csv", "costItems"], ["kpis.csv", "kpis"], ["kpi_measurements.csv", "kpiMeasurements"]]) {
      const [header, ...rows] = csv(file);
      expect(header).toEqual(Object.keys(json[table][0]).map(snake));
      expect(rows).toHaveLength(json[table].length);
    }
    expect(csv("organization.csv")).toEqual([Object.keys(json.organization).map(snake), Object.values(json.organization).map((v) => (v === null ? "" : String(v)))]);
    const [costHeader, costRow] = csv("cost_items.csv");
    expect(costRow[costHeader.indexOf("amount_cents")]).toBe(String(json.costItems[0].amountCents));
    const [goalHeader, ...goalRows] = csv("goals.csv");
    expect(goalRows.map((row) => row[goalHeader.indexOf("title")])).toContain(`'=HYPERLINK("https://evil.example")`);
    const everything = Object.values(files).map((file) => strFromU8(file)).join("\n");
    expect(everything).not.toContain("Beta secret");
    expect(everything).not.toContain(a.orgId);
    expect(everything).not.toContain(b.orgId);
  });
});

describe("POST import", () => {
  it("refuses a signed-out user, and a post from another site", async () => {
    expect((await upload("{}")).status).toBe(401);
    as(b);
    expect((await upload("{}", {}, { origin: "https://evil.example" })).status).toBe(403);
  });

  it("explains what is wrong with a file that is not an export, and creates nothing", async () => {
    const user = await createUser();
    as(user && { userId: user.id });
    const cases: [string, RegExp][] = [
      ["not json at all", /not JSON/],
      [JSON.stringify({ hello: "world" }), /not a Techfolio workspace export/],
      [JSON.stringify({ format: "techfolio-workspace", version: 99 }), /version \(99\) is not supported/],
      [JSON.stringify({ format: "techfolio-workspace", version: 1, exportedAt: "x", organization: {} }), /damaged or was edited: organization\.name/],
    ];
    for (const [content, message] of cases) {
      const response = await upload(content);
      expect(response.status).toBe(400);
      expect((await response.json()).message).toMatch(message);
    }
    expect(await db.select().from(memberships).where(eq(memberships.userId, user.id))).toEqual([]);
  });

  it("makes the export a new workspace owned by the signed-in user and sends them to its dashboard", async () => {
    as(a);
    const exported = await (await exportOf(a.org.slug)).text();
    const user = await createUser();
    as({ userId: user.id });
    const response = await upload(exported, {}, { origin: "http://localhost" });
    expect(response.status).toBe(200);
    const { redirectTo } = await response.json();
    expect(redirectTo).toMatch(/^\/w\/alpha-foods-imported(-\d+)?\/dashboard$/);
    const [org] = await db
      .select({ id: organizations.id, name: organizations.name, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(eq(memberships.userId, user.id));
    expect(org).toMatchObject({ name: "Alpha Foods (imported)", role: "owner" });
    expect((await db.select().from(investments).where(eq(investments.orgId, org.id))).map((i) => i.name)).toEqual(["Till system"]);
    const [value] = await db.select().from(kpiMeasurements).where(eq(kpiMeasurements.orgId, org.id));
    expect(value).toMatchObject({ value: "8.0000", enteredBy: null });
  });
});

describe("deleteWorkspaceAction", () => {
  it("refuses a non-owner and a name that is not exact, deleting nothing", async () => {
    const victim = await createTenant("owner", { name: "Victim Ltd" });
    as(await addMember(victim, "admin"));
    expect(await deleteWorkspaceAction(victim.org.slug, { confirmName: "Victim Ltd" })).toMatchObject({ ok: false, message: expect.stringMatching(/permission/) });
    as(b);
    expect(await deleteWorkspaceAction(victim.org.slug, { confirmName: "Victim Ltd" })).toMatchObject({ ok: false, message: "Not found." });
    as(victim);
    expect(await deleteWorkspaceAction(victim.org.slug, { confirmName: "Victim" })).toMatchObject({ ok: false, message: expect.stringMatching(/exactly/) });
    expect(await db.select().from(organizations).where(eq(organizations.id, victim.orgId))).toHaveLength(1);
  });

  it("deletes the owner's workspace and sends them to their workspaces", async () => {
    const doomed = await createTenant("owner", { name: "Doomed Ltd" });
    await createInvestment(doomed, { name: "Old CRM" });
    as(doomed);
    const thrown = await deleteWorkspaceAction(doomed.org.slug, { confirmName: "Doomed Ltd" }).catch((e: { to?: string }) => e);
    expect(thrown).toMatchObject({ to: "/workspaces" });
    expect(await db.select().from(organizations).where(eq(organizations.id, doomed.orgId))).toEqual([]);
    expect(await db.select().from(investments).where(eq(investments.orgId, doomed.orgId))).toEqual([]);
    expect(await db.select().from(investments).where(eq(investments.orgId, b.orgId))).toHaveLength(1);
  });
});
