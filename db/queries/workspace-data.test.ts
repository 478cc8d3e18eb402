// A workspace's export, imported as a new workspace, shows the same dashboard; deleting a workspace empties
// every tenant table for it and leaves other workspaces alone.
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db";
import * as schema from "@/db/schema";
import {
  actualBenefits,
  actualCosts,
  actualImports,
  auditLog,
  benefitItems,
  importPreferences,
  invitations,
  investments,
  kpis,
  matchRules,
  memberships,
  organizations,
} from "@/db/schema";
import { seedDemo } from "@/db/seed";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import type { Locale } from "@/lib/format/locales";
import { DEFAULT_SEED } from "@/db/seed/accounts";
import { buildBankImports } from "@/db/seed/build";
import { getTechnologyDetail, getTechnologyPlanVsActual } from "@/lib/portfolio/view";
import { getBenefitsRealised, loadActualBenefitEntries } from "@/lib/realisation/view";
import { AppError } from "@/lib/errors";
import { parseWorkspaceFile, type WorkspaceFile } from "@/lib/workspace-data/schema";
import { importBankFile } from "@/lib/actuals/bank-import";
import { fingerprintRows } from "@/lib/actuals/fingerprint";
import { addMember, createInvestment, createTenant, createUser } from "@/test/factories";
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
  return { orgId: org.id, userId: uid, role: "owner", org: { slug: org.slug, name: org.name, currency: org.currency, locale: org.locale as Locale } };
}

/** Through JSON and back, as a download and an upload would take it. */
function roundTrip(document: unknown): WorkspaceFile {
  const parsed = parseWorkspaceFile(JSON.stringify(document));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.data;
}

/** Ids differ between the two workspaces; everything else must not. */
const withoutIds = (value: unknown) => JSON.parse(JSON.stringify(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<id>"));

/**
 * Realised-benefit figures without ids. Their KPI inputs come in KPI id order, which a copy does not keep
 * (fresh ids), so every list of KPI inputs is compared in KPI name order.
 */
function byKpiName(value: unknown): unknown {
  const named = (v: unknown): v is { kpiName: string; month?: string } => typeof v === "object" && v !== null && "kpiName" in v;
  const key = (v: { kpiName: string; month?: string }) => `${v.kpiName}|${v.month ?? ""}`;
  return JSON.parse(JSON.stringify(withoutIds(value)), (_k, v: unknown) => (Array.isArray(v) && v.length > 0 && v.every(named) ? [...v].sort((a, b) => key(a).localeCompare(key(b))) : v));
}

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
    // The demo's actuals: its bank files, their payments, its rules and the settings its files were read with; KPI-priced benefit lines.
    expect([file.actualImports, file.actualCosts, file.matchRules, file.importPreferences].map((rows) => rows.length > 0)).toEqual([true, true, true, true]);
    expect(file.benefitItems.some((b) => b.kpiId !== null && b.valuePerUnitCents !== null)).toBe(true);

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
    // Benefits realised in money (KPI changes × value per unit, attributed, and the amounts entered) read the same.
    expect(byKpiName(await getBenefitsRealised(copy, {}, TODAY))).toEqual(byKpiName(await getBenefitsRealised(source, {}, TODAY)));

    // Each technology's plan against actual, and the benefit amounts entered for it, read the same.
    const copyIds = new Map(again.investments.map((i) => [i.name, i.id]));
    const actualsOf = async (ctx: TenantCtx, id: string) => {
      const detail = await getTechnologyDetail(ctx, id, TODAY);
      return byKpiName({ planVsActual: await getTechnologyPlanVsActual(ctx, detail, TODAY), entered: await loadActualBenefitEntries(ctx, id) });
    };
    for (const { id, name } of file.investments) expect(await actualsOf(copy, copyIds.get(name)!), name).toEqual(await actualsOf(source, id));

    // The copy holds every payment of the demo's bank files: importing them again adds none.
    const files = buildBankImports({ seed: DEFAULT_SEED, asOf: TODAY }).find((e) => e.slug === slug)?.files ?? [];
    expect(files.length).toBeGreaterThan(0);
    for (const bankFile of files) expect(await importBankFile(copy, bankFile), bankFile.fileName).toMatchObject({ added: 0, fileError: null, errors: [] });
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

/** Payments as a bank file lists them: two coffees of the same price on one day are two payments. */
const BANK_ROWS = [
  { bookedOn: "2026-03-02", amountCents: 450, payee: "Corner Café" },
  { bookedOn: "2026-03-02", amountCents: 450, payee: "Corner Café" },
  { bookedOn: "2026-03-05", amountCents: 29_900, payee: "SHOPLY LTD." },
  { bookedOn: "2026-03-09", amountCents: -2_500, payee: "Shoply Ltd" },
];

/** A workspace holding one of everything the actuals add: a file, matched, unmatched and typed payments, rules, benefits, KPI links. */
async function workspaceWithActuals(ws?: TenantCtx) {
  ws ??= await createTenant("owner");
  const [shop, cafe] = [await createInvestment(ws, { name: "Shop" }), await createInvestment(ws, { name: "Coffee machine" })];
  const [kpi] = await db
    .insert(kpis)
    .values({ orgId: ws.orgId, name: "Online orders", perspective: "customer", unit: "count", direction: "higher", baseline: "100", target: "400", attribution: "time_decay" })
    .returning();
  await db.insert(benefitItems).values({
    orgId: ws.orgId, investmentId: shop.id, category: "revenue_increase", kind: "recurring", frequency: "monthly", amountCents: 150_000, startMonth: "2026-01-01", kpiId: kpi.id, valuePerUnitCents: 1_250,
  });
  const [file] = await db.insert(actualImports).values({ orgId: ws.orgId, kind: "bank", fileName: "march.csv", rows: 4, added: 4, duplicates: 0, importedBy: ws.userId }).returning();
  const fingerprints = fingerprintRows(BANK_ROWS);
  await db.insert(actualCosts).values([
    ...BANK_ROWS.map((row, i) => ({
      orgId: ws.orgId, ...row, description: `Line ${i}`, reference: `R${i}`, source: "imported" as const, importId: file.id, fingerprint: fingerprints[i],
      investmentId: i < 2 ? null : shop.id, costCategory: i < 2 ? null : ("subscription" as const),
    })),
    { orgId: ws.orgId, bookedOn: "2026-03-20", amountCents: 89_900, payee: "Espresso Co", source: "typed" as const, investmentId: cafe.id, costCategory: "licence" as const, fingerprint: `typed:${crypto.randomUUID()}` },
  ]);
  await db.insert(matchRules).values([
    { orgId: ws.orgId, position: 0, field: "payee", pattern: "shoply", investmentId: shop.id, costCategory: "subscription" },
    { orgId: ws.orgId, position: 1, field: "any", pattern: "espresso", investmentId: cafe.id, costCategory: null },
  ]);
  await db.insert(actualBenefits).values({ orgId: ws.orgId, investmentId: shop.id, month: "2026-03-01", amountCents: 210_000, description: "March online revenue" });
  await db.insert(importPreferences).values({ orgId: ws.orgId, kind: "bank", header: "Datum;Betrag;Empfänger", decimal: "comma", dateOrder: "dmy", delimiter: "semicolon", mapping: { date: "Datum", amount: "Betrag", payee: "Empfänger" } });
  return ws;
}

/** Each payment, rule and benefit with what it points at by name instead of by id. */
async function actualsByName(orgId: string) {
  const names = new Map((await db.select().from(investments).where(eq(investments.orgId, orgId))).map((i) => [i.id, i.name]));
  const files = new Map((await db.select().from(actualImports).where(eq(actualImports.orgId, orgId))).map((f) => [f.id, f.fileName]));
  const kpiNames = new Map((await db.select().from(kpis).where(eq(kpis.orgId, orgId))).map((k) => [k.id, `${k.name} (${k.attribution})`]));
  const payments = (await db.select().from(actualCosts).where(eq(actualCosts.orgId, orgId))).map((c) => ({
    fingerprint: c.fingerprint, bookedOn: c.bookedOn, amountCents: c.amountCents, payee: c.payee, source: c.source, costCategory: c.costCategory,
    technology: c.investmentId && names.get(c.investmentId), file: c.importId && files.get(c.importId),
  }));
  const rules = (await db.select().from(matchRules).where(eq(matchRules.orgId, orgId))).map((r) => ({ position: r.position, field: r.field, pattern: r.pattern, costCategory: r.costCategory, technology: names.get(r.investmentId) }));
  const benefits = (await db.select().from(actualBenefits).where(eq(actualBenefits.orgId, orgId))).map((b) => ({ month: b.month, amountCents: b.amountCents, description: b.description, technology: names.get(b.investmentId) }));
  const lines = (await db.select().from(benefitItems).where(eq(benefitItems.orgId, orgId))).map((b) => ({ technology: names.get(b.investmentId), kpi: b.kpiId && kpiNames.get(b.kpiId), valuePerUnitCents: b.valuePerUnitCents }));
  const byKey = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return { payments: byKey(payments), rules: byKey(rules), benefits: byKey(benefits), lines: byKey(lines) };
}

describe("actuals through the round trip", () => {
  it("keeps every payment, file, rule, actual benefit, KPI link and import preference, pointing at the copy's own rows", async () => {
    const source = await workspaceWithActuals();
    const file = roundTrip(await exportWorkspace(source, TODAY));
    expect([file.actualImports.length, file.actualCosts.length, file.matchRules.length, file.actualBenefits.length, file.importPreferences.length]).toEqual([1, 5, 2, 1, 1]);
    expect(JSON.stringify(file)).not.toContain(source.userId); // who imported the file stays behind

    const importer = await createUser();
    const { slug, orgId } = await importWorkspaceForUser(importer.id, file);
    const copy = await ownerCtx(slug, importer.id);

    const [before, after] = await Promise.all([actualsByName(source.orgId), actualsByName(orgId)]);
    expect(after).toEqual(before);
    expect(after.payments.filter((p) => p.includes('"file":"march.csv"'))).toHaveLength(4);
    expect(after.lines).toEqual([JSON.stringify({ technology: "Shop", kpi: "Online orders (time_decay)", valuePerUnitCents: 1250 })]);
    const oldIds = new Set([...file.actualCosts.map((c) => c.id), ...file.matchRules.map((r) => r.id), ...file.actualBenefits.map((b) => b.id), ...file.actualImports.map((i) => i.id)]);
    const again = await exportWorkspace(copy, TODAY);
    const newIds = [...again.actualCosts.map((c) => c.id), ...again.matchRules.map((r) => r.id), ...again.actualBenefits.map((b) => b.id), ...again.actualImports.map((i) => i.id)];
    expect(newIds.filter((id) => oldIds.has(id))).toEqual([]);
    expect(again.actualImports[0].fileName).toBe("march.csv");
    expect(again.importPreferences).toEqual([expect.objectContaining({ delimiter: "semicolon", mapping: { date: "Datum", amount: "Betrag", payee: "Empfänger" } })]);
    expect(canonical(again)).toEqual(canonical(await exportWorkspace(source, TODAY)));
  });

  it("keeps fingerprints and rules: the copy finds a bank file it already holds, adds only what an overlapping one has new, and files it", async () => {
    const source = await createTenant("owner");
    const shop = await createInvestment(source, { name: "Shop", vendor: "Shoply" });
    const options = { delimiter: "auto", decimal: "auto", dateOrder: "auto" } as const;
    const march = "Date,Payee,Amount\n2026-03-02,Corner Café,-4.50\n2026-03-02,Corner Café,-4.50\n2026-03-05,SHOPLY LTD.,-299.00\n";
    const rule = { field: "payee" as const, pattern: "shoply", investmentId: shop.id, costCategory: "subscription" as const };
    expect(await importBankFile(source, { fileName: "march.csv", text: march, options, acceptRules: [rule] })).toMatchObject({ added: 3, duplicates: 0, rulesAdded: 1 });

    const importer = await createUser();
    const { slug } = await importWorkspaceForUser(importer.id, roundTrip(await exportWorkspace(source, TODAY)));
    const copy = await ownerCtx(slug, importer.id);
    expect(await importBankFile(copy, { fileName: "march.csv", text: march, options })).toMatchObject({ added: 0, duplicates: 3, importId: null });
    const overlapping = `${march}2026-04-05,Shoply Ltd,-299.00\n`;
    expect(await importBankFile(copy, { fileName: "march-april.csv", text: overlapping, options })).toMatchObject({ added: 1, duplicates: 3, unmatched: 0 });
    const [copyShop] = await db.select().from(investments).where(eq(investments.orgId, copy.orgId));
    const april = await db.select().from(actualCosts).where(and(eq(actualCosts.orgId, copy.orgId), eq(actualCosts.bookedOn, "2026-04-05")));
    expect(april).toEqual([expect.objectContaining({ investmentId: copyShop.id, costCategory: "subscription", amountCents: 29_900 })]);
  });

  it("refuses a file whose payment or rule names a technology or import it does not hold, creating nothing", async () => {
    const file = roundTrip(await exportWorkspace(await workspaceWithActuals(), TODAY));
    const user = await createUser();
    const missing = "00000000-0000-4000-8000-000000000000";
    const payment = structuredClone(file);
    payment.actualCosts[0].importId = missing;
    await expect(importWorkspaceForUser(user.id, payment)).rejects.toMatchObject({ code: "invalid", message: `The file refers to a file of actuals (${missing}) that is not in it.` });
    const rule = structuredClone(file);
    rule.matchRules[0].investmentId = missing;
    await expect(importWorkspaceForUser(user.id, rule)).rejects.toMatchObject({ code: "invalid", message: `The file refers to a technology (${missing}) that is not in it.` });
    const line = structuredClone(file);
    line.benefitItems[0].kpiId = missing;
    await expect(importWorkspaceForUser(user.id, line)).rejects.toMatchObject({ code: "invalid", message: `The file refers to a KPI (${missing}) that is not in it.` });
    const twice = structuredClone(file);
    twice.actualCosts[1].fingerprint = twice.actualCosts[0].fingerprint;
    await expect(importWorkspaceForUser(user.id, twice)).rejects.toMatchObject({ code: "invalid" });
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
    await workspaceWithActuals(ctx);

    const doomed = await rowCounts(ctx.orgId);
    expect(Object.keys(doomed).sort()).toEqual(
      [
        "actual_benefits", "actual_costs", "actual_imports", "alignments", "audit_log", "benefit_items", "cost_items", "goals", "import_preferences", "integrations",
        "investments", "invitations", "kpi_measurements", "kpis", "match_rules", "memberships", "risks", "scenarios", "scoring_factors",
      ],
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
