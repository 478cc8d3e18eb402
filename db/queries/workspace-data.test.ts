// A workspace's export, imported as a new workspace, shows the same dashboard; deleting a workspace empties
// every tenant table for it and leaves other workspaces alone.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import * as schema from "@/db/schema";
import { auditLog, importPreferences, invitations, kpis, memberships, organizations } from "@/db/schema";
import { seedDemo } from "@/db/seed";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { parseWorkspaceFile, type WorkspaceFile } from "@/lib/workspace-data/schema";
import { addMember, createUser } from "@/test/factories";
import { getDashboard } from "@/lib/dashboard/view";
import { exportWorkspace } from "@/lib/workspace-data/export";
import { deleteWorkspace, importWorkspaceForUser } from "./workspace-data";

const TODAY = new Date("2026-11-15T12:00:00Z");
const DEMO_SLUGS = ["harbor-bakery", "precision-parts", "ledger-and-co"];

/** Every table with an org_id column: found from the schema, so a table added later is checked too. */
const tenantTables = Object.values(schema).filter(
  (t): t is typeof kpis => typeof t === "object" && t !== null && "orgId" in t && t !== (organizations as unknown),
);

async function rowCounts(orgId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tenantTables) {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table).where(eq(table.orgId, orgId));
    counts[(table as unknown as Record<symbol, string>)[Symbol.for("drizzle:Name")]] = row.n;
  }
  return counts;
}

async function ownerCtx(slug: string, userId?: string): Promise<TenantCtx> {
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, slug));
  const uid = userId ?? (await createUser()).id;
  if (!userId) await db.insert(memberships).values({ orgId: org.id, userId: uid, role: "owner" });
  return { orgId: org.id, userId: uid, role: "owner", org: { slug: org.slug, name: org.name, currency: org.currency, locale: "en-US" } };
}

/** Through JSON and back, as a download and an upload would take it. */
function roundTrip(document: unknown): WorkspaceFile {
  const parsed = parseWorkspaceFile(JSON.stringify(document));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

/** Ids differ between the two workspaces; everything else must not. */
const withoutIds = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<id>"));

/** An export's tables as sorted lists of id-free rows: rows created at the same moment may come in another order. */
function canonical(document: Awaited<ReturnType<typeof exportWorkspace>>) {
  const { format, version, organization, exportedAt: _at, ...tables } = document;
  const sorted = Object.entries(tables).map(([table, rows]) => [table, (rows as unknown[]).map((r) => JSON.stringify(withoutIds(r))).sort()]);
  return { format, version, organization: { ...organization, name: "<name>" }, tables: Object.fromEntries(sorted) };
}

beforeAll(async () => {
  await seedDemo(db, { asOf: TODAY });
});

describe("export → import round trip", () => {
  it.each(DEMO_SLUGS)("gives %s an identical dashboard, every tile, perspective and trend point", async (slug) => {
    const source = await ownerCtx(slug);
    const file = roundTrip(await exportWorkspace(source, TODAY));
    expect(file.investments.length).toBeGreaterThan(0);
    expect(file.kpiMeasurements.length).toBeGreaterThan(0);

    const importer = await createUser();
    const { slug: newSlug, orgId } = await importWorkspaceForUser(importer.id, file);
    expect(newSlug).not.toBe(slug);
    const copy = await ownerCtx(newSlug, importer.id);
    expect(copy.org.name).toBe(`${source.org.name} (imported)`);

    // Same number of rows in every table (bar people and history), under fresh ids.
    const [before, after] = await Promise.all([rowCounts(source.orgId), rowCounts(orgId)]);
    for (const table of Object.keys(before).filter((t) => !["memberships", "invitations", "audit_log"].includes(t))) {
      expect([table, after[table]]).toEqual([table, before[table]]);
    }
    expect(after.memberships).toBe(1);
    expect(after.audit_log).toBe(1);
    const again = await exportWorkspace(copy, TODAY);
    const oldIds = new Set(file.investments.map((i) => i.id));
    expect(again.investments.some((i) => oldIds.has(i.id))).toBe(false);
    expect(canonical(again)).toEqual(canonical(await exportWorkspace(source, TODAY)));

    const original = await getDashboard(source, {}, TODAY);
    const imported = await getDashboard(copy, {}, TODAY);
    expect(imported.technologyCount).toBeGreaterThan(0);
    expect(imported.trend.length).toBeGreaterThan(0);
    expect(withoutIds(imported)).toEqual(withoutIds(original));
    const earlier = original.months[0];
    expect(withoutIds(await getDashboard(copy, { month: earlier }, TODAY))).toEqual(withoutIds(await getDashboard(source, { month: earlier }, TODAY)));
  });

  it("uses the name given, and a free slug when it is taken", async () => {
    const file = roundTrip(await exportWorkspace(await ownerCtx("harbor-bakery"), TODAY));
    const user = await createUser();
    const first = await importWorkspaceForUser(user.id, file, "Bakery Copy");
    const second = await importWorkspaceForUser(user.id, file, "Bakery Copy");
    expect(first.slug).toBe("bakery-copy");
    expect(second.slug).toBe("bakery-copy-2");
  });

  it("creates nothing when a reference dangles or the database refuses a row", async () => {
    const file = roundTrip(await exportWorkspace(await ownerCtx("precision-parts"), TODAY));
    const user = await createUser();
    const orgsBefore = (await db.select({ id: organizations.id }).from(organizations)).length;

    const dangling = structuredClone(file);
    dangling.costItems[0].investmentId = "00000000-0000-4000-8000-000000000000";
    await expect(importWorkspaceForUser(user.id, dangling)).rejects.toMatchObject({ code: "invalid", message: expect.stringMatching(/technology .* not in it/) });

    const twice = structuredClone(file);
    twice.kpis[1].name = twice.kpis[0].name; // unique per workspace
    await expect(importWorkspaceForUser(user.id, twice)).rejects.toBeInstanceOf(AppError);

    const outOfRange = structuredClone(file);
    outOfRange.risks[0].likelihood = 9;
    await expect(importWorkspaceForUser(user.id, outOfRange)).rejects.toMatchObject({ code: "invalid" });

    expect((await db.select({ id: organizations.id }).from(organizations)).length).toBe(orgsBefore);
    expect(await db.select().from(memberships).where(eq(memberships.userId, user.id))).toEqual([]);
  });
});

describe("deleteWorkspace", () => {
  it("refuses a name that is not exact, and a non-owner, deleting nothing", async () => {
    const file = roundTrip(await exportWorkspace(await ownerCtx("ledger-and-co"), TODAY));
    const user = await createUser();
    const { slug } = await importWorkspaceForUser(user.id, file, "Keep Me Ltd");
    const ctx = await ownerCtx(slug, user.id);
    await expect(deleteWorkspace(ctx, "keep me ltd")).rejects.toMatchObject({ code: "invalid" });
    await expect(deleteWorkspace(ctx, "Keep Me Ltd ")).rejects.toMatchObject({ code: "invalid" });
    const admin = await addMember(ctx, "admin");
    await expect(deleteWorkspace(admin, "Keep Me Ltd")).rejects.toMatchObject({ code: "forbidden" });
    expect((await rowCounts(ctx.orgId)).investments).toBe(file.investments.length);
  });

  it("empties every tenant table of that workspace, audit log included, and leaves the others' rows alone", async () => {
    const source = await ownerCtx("harbor-bakery");
    const user = await createUser();
    const { slug } = await importWorkspaceForUser(user.id, roundTrip(await exportWorkspace(source, TODAY)), "Doomed Café");
    const ctx = await ownerCtx(slug, user.id);
    await addMember(ctx, "viewer");
    await db.insert(invitations).values({ orgId: ctx.orgId, email: "x@example.com", role: "member", tokenHash: `doomed-${ctx.orgId}`, expiresAt: TODAY });
    await db.insert(auditLog).values({ orgId: ctx.orgId, userId: user.id, action: "update", entity: "organization" });
    await db.insert(importPreferences).values({ orgId: ctx.orgId, kind: "technologies", header: "name,line_amount", decimal: "comma", dateOrder: "dmy" });

    const doomed = await rowCounts(ctx.orgId);
    expect(Object.keys(doomed).sort()).toEqual(
      ["alignments", "audit_log", "benefit_items", "cost_items", "goals", "import_preferences", "integrations", "investments", "invitations", "kpi_measurements", "kpis", "memberships", "risks", "scenarios", "scoring_factors"],
    );
    for (const [table, n] of Object.entries(doomed)) expect([table, n > 0]).toEqual([table, true]);
    const others = await Promise.all(DEMO_SLUGS.map(async (s) => rowCounts((await ownerCtx(s, user.id)).orgId)));

    await deleteWorkspace(ctx, "Doomed Café");

    expect(await db.select().from(organizations).where(eq(organizations.id, ctx.orgId))).toEqual([]);
    for (const [table, n] of Object.entries(await rowCounts(ctx.orgId))) expect([table, n]).toEqual([table, 0]);
    const othersAfter = await Promise.all(DEMO_SLUGS.map(async (s) => rowCounts((await ownerCtx(s, user.id)).orgId)));
    expect(othersAfter).toEqual(others);
  });
});
