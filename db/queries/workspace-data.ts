import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import {
  actualBenefits,
  actualCosts,
  actualImports,
  alignments,
  benefitItems,
  costItems,
  goals,
  importPreferences,
  integrations,
  investments,
  kpiMeasurements,
  kpis,
  matchRules,
  organizations,
  risks,
  scenarios,
  scoringFactors,
} from "@/db/schema";
import { tenantRead, withScope } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { insertOwnedWorkspace, withNewWorkspace, type Owner } from "./new-workspace";

/** The tenant's rows of one table, without its org id, in a stable order. */
const strip = <T extends { orgId: string }>(rows: T[]) => rows.map(({ orgId: _orgId, ...row }) => row);

const settingsOf = (org: string) =>
  db
    .select({
      name: organizations.name,
      industry: organizations.industry,
      sizeBand: organizations.sizeBand,
      employees: organizations.employees,
      currency: organizations.currency,
      locale: organizations.locale,
      discountRate: organizations.discountRate,
      fiscalYearStartMonth: organizations.fiscalYearStartMonth,
    })
    .from(organizations)
    .where(eq(organizations.id, org));

/** The plan: strategy, technologies and their lines, KPIs, scenarios, integrations. */
const planRows = (org: string) =>
  Promise.all([
    db.select().from(goals).where(eq(goals.orgId, org)).orderBy(asc(goals.createdAt), asc(goals.id)),
    db.select().from(investments).where(eq(investments.orgId, org)).orderBy(asc(investments.createdAt), asc(investments.id)),
    db.select().from(costItems).where(eq(costItems.orgId, org)).orderBy(asc(costItems.createdAt), asc(costItems.id)),
    db.select().from(benefitItems).where(eq(benefitItems.orgId, org)).orderBy(asc(benefitItems.createdAt), asc(benefitItems.id)),
    db.select().from(risks).where(eq(risks.orgId, org)).orderBy(asc(risks.createdAt), asc(risks.id)),
    db.select().from(scoringFactors).where(eq(scoringFactors.orgId, org)).orderBy(asc(scoringFactors.investmentId), asc(scoringFactors.name)),
    db.select().from(alignments).where(eq(alignments.orgId, org)).orderBy(asc(alignments.investmentId), asc(alignments.goalId)),
    db.select().from(kpis).where(eq(kpis.orgId, org)).orderBy(asc(kpis.createdAt), asc(kpis.id)),
    db.select().from(kpiMeasurements).where(eq(kpiMeasurements.orgId, org)).orderBy(asc(kpiMeasurements.kpiId), asc(kpiMeasurements.period)),
    db.select().from(scenarios).where(eq(scenarios.orgId, org)).orderBy(asc(scenarios.createdAt), asc(scenarios.id)),
    db.select().from(integrations).where(eq(integrations.orgId, org)).orderBy(asc(integrations.createdAt), asc(integrations.id)),
  ]);

/** What really happened: imported files, payments, matching rules, benefits, and how files were read. */
const actualRows = (org: string) =>
  Promise.all([
    db.select().from(actualImports).where(eq(actualImports.orgId, org)).orderBy(asc(actualImports.createdAt), asc(actualImports.id)),
    db.select().from(actualCosts).where(eq(actualCosts.orgId, org)).orderBy(asc(actualCosts.bookedOn), asc(actualCosts.fingerprint)),
    db.select().from(matchRules).where(eq(matchRules.orgId, org)).orderBy(asc(matchRules.position), asc(matchRules.id)),
    db.select().from(actualBenefits).where(eq(actualBenefits.orgId, org)).orderBy(asc(actualBenefits.month), asc(actualBenefits.createdAt), asc(actualBenefits.id)),
    db.select().from(importPreferences).where(eq(importPreferences.orgId, org)).orderBy(asc(importPreferences.kind), asc(importPreferences.header)),
  ]);

/**
 * The whole workspace's rows: its settings and every tenant table except memberships, invitations and the
 * audit log (people and history belong to this workspace, not to a copy of it), without org ids. Who typed
 * a KPI value or imported a file is a user of this workspace, so those columns stay behind too.
 */
export const loadWorkspaceRows = tenantRead(async function loadWorkspaceRows(ctx: TenantCtx) {
  const [[settings], plan, actual] = await Promise.all([settingsOf(ctx.orgId), planRows(ctx.orgId), actualRows(ctx.orgId)]);
  if (!settings) throw new AppError("not_found");
  const [goalRows, invRows, costRows, benefitRows, riskRows, factorRows, alignRows, kpiRows, valueRows, scenarioRows, integrationRows] = plan;
  const [importRows, paymentRows, ruleRows, actualBenefitRows, preferenceRows] = actual;
  return {
    organization: settings,
    goals: strip(goalRows),
    investments: strip(invRows),
    costItems: strip(costRows),
    benefitItems: strip(benefitRows),
    risks: strip(riskRows),
    scoringFactors: strip(factorRows),
    alignments: strip(alignRows),
    kpis: strip(kpiRows),
    kpiMeasurements: valueRows.map(({ orgId: _orgId, enteredBy: _enteredBy, ...row }) => row),
    scenarios: strip(scenarioRows),
    integrations: strip(integrationRows),
    actualImports: importRows.map(({ orgId: _orgId, importedBy: _importedBy, ...row }) => row),
    actualCosts: strip(paymentRows),
    matchRules: strip(ruleRows),
    actualBenefits: strip(actualBenefitRows),
    importPreferences: strip(preferenceRows),
  };
});

/** A table's rows as an import gives them: no org id, and the exporting workspace's ids (and references). */
type Imported<T extends { $inferInsert: object }, Refs = { id: string }> = Omit<T["$inferInsert"], "orgId"> & Refs;

/** A workspace to import (an export, read back): its settings, every table's rows, and when it was exported. */
export type WorkspaceImport = {
  exportedAt: string;
  organization: Omit<typeof organizations.$inferInsert, "id" | "slug">;
  goals: Imported<typeof goals>[];
  investments: Imported<typeof investments>[];
  costItems: Imported<typeof costItems, { id: string; investmentId: string }>[];
  benefitItems: Imported<typeof benefitItems, { id: string; investmentId: string; kpiId?: string | null }>[];
  risks: Imported<typeof risks, { id: string; investmentId: string }>[];
  scoringFactors: Imported<typeof scoringFactors, { id: string; investmentId: string }>[];
  alignments: Imported<typeof alignments, { investmentId: string; goalId: string }>[];
  kpis: Imported<typeof kpis, { id: string; investmentId: string | null; goalId: string | null }>[];
  kpiMeasurements: Imported<typeof kpiMeasurements, { kpiId: string }>[];
  scenarios: Imported<typeof scenarios, { id: string; investmentId: string | null }>[];
  integrations: Imported<typeof integrations, { id: string; fromInvestmentId: string; toInvestmentId: string }>[];
  actualImports: Imported<typeof actualImports>[];
  actualCosts: Imported<typeof actualCosts, { id: string; investmentId: string | null; importId: string | null }>[];
  matchRules: Imported<typeof matchRules, { id: string; investmentId: string }>[];
  actualBenefits: Imported<typeof actualBenefits, { id: string; investmentId: string }>[];
  importPreferences: Omit<typeof importPreferences.$inferInsert, "orgId">[];
};

/** Old id → fresh uuid for one table; a reference to an id the file does not hold makes the file invalid. */
class IdMap {
  private readonly map = new Map<string, string>();
  constructor(private readonly what: string) {}
  add(old: string): string {
    if (this.map.has(old)) throw new AppError("invalid", `The file lists the ${this.what} ${old} twice.`);
    const fresh = randomUUID();
    this.map.set(old, fresh);
    return fresh;
  }
  get(old: string): string {
    const fresh = this.map.get(old);
    if (!fresh) throw new AppError("invalid", `The file refers to a ${this.what} (${old}) that is not in it.`);
    return fresh;
  }
  maybe(old: string | null): string | null {
    return old === null ? null : this.get(old);
  }
}

/** One fresh-id map per table that other rows refer to, and one for the rest. */
const idMaps = () => ({
  goal: new IdMap("goal"),
  technology: new IdMap("technology"),
  kpi: new IdMap("KPI"),
  actualImport: new IdMap("file of actuals"),
  row: new IdMap("row"),
});
type IdMaps = ReturnType<typeof idMaps>;

/** The plan's rows under fresh ids. KPIs come before benefit lines: a line may name the KPI that realises it. */
function remapPlan(file: WorkspaceImport, orgId: string, ids: IdMaps) {
  const goalRows = file.goals.map((g) => ({ ...g, orgId, id: ids.goal.add(g.id) }));
  const investmentRows = file.investments.map((i) => ({ ...i, orgId, id: ids.technology.add(i.id) }));
  const kpiRows = file.kpis.map((k) => ({ ...k, orgId, id: ids.kpi.add(k.id), investmentId: ids.technology.maybe(k.investmentId), goalId: ids.goal.maybe(k.goalId) }));
  const owned = <T extends { id: string; investmentId: string }>(row: T) => ({ ...row, orgId, id: ids.row.add(row.id), investmentId: ids.technology.get(row.investmentId) });
  return {
    goals: goalRows,
    investments: investmentRows,
    costItems: file.costItems.map(owned),
    benefitItems: file.benefitItems.map((b) => ({ ...owned(b), kpiId: ids.kpi.maybe(b.kpiId ?? null) })),
    risks: file.risks.map(owned),
    scoringFactors: file.scoringFactors.map(owned),
    alignments: file.alignments.map((a) => ({ ...a, orgId, investmentId: ids.technology.get(a.investmentId), goalId: ids.goal.get(a.goalId) })),
    kpis: kpiRows,
    kpiMeasurements: file.kpiMeasurements.map((m) => ({ ...m, orgId, kpiId: ids.kpi.get(m.kpiId) })),
    scenarios: file.scenarios.map((s) => ({ ...s, orgId, id: ids.row.add(s.id), investmentId: ids.technology.maybe(s.investmentId) })),
    integrations: file.integrations.map((i) => ({
      ...i,
      orgId,
      id: ids.row.add(i.id),
      fromInvestmentId: ids.technology.get(i.fromInvestmentId),
      toInvestmentId: ids.technology.get(i.toInvestmentId),
    })),
  };
}

/** The actuals under fresh ids; fingerprints are kept, so the copy recognises a file it already holds. */
function remapActuals(file: WorkspaceImport, orgId: string, ids: IdMaps) {
  const importRows = file.actualImports.map((i) => ({ ...i, orgId, id: ids.actualImport.add(i.id) }));
  return {
    actualImports: importRows,
    actualCosts: file.actualCosts.map((c) => ({
      ...c,
      orgId,
      id: ids.row.add(c.id),
      investmentId: ids.technology.maybe(c.investmentId),
      importId: ids.actualImport.maybe(c.importId),
    })),
    matchRules: file.matchRules.map((r) => ({ ...r, orgId, id: ids.row.add(r.id), investmentId: ids.technology.get(r.investmentId) })),
    actualBenefits: file.actualBenefits.map((b) => ({ ...b, orgId, id: ids.row.add(b.id), investmentId: ids.technology.get(b.investmentId) })),
    importPreferences: file.importPreferences.map((p) => ({ ...p, orgId })),
  };
}

/** Rows with fresh ids, references re-pointed through the maps; throws AppError("invalid") on a dangling one. */
function remap(file: WorkspaceImport, orgId: string) {
  const ids = idMaps();
  return { ...remapPlan(file, orgId, ids), ...remapActuals(file, orgId, ids) };
}

/** Multi-row inserts in chunks, so a large file stays under PostgreSQL's bind-parameter limit. */
async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

/** Every row of the file under a fresh id; parents before children, as the composite foreign keys require. */
async function insertRows(rows: ReturnType<typeof remap>): Promise<void> {
  await insertAll(rows.goals, (c) => db.insert(goals).values(c));
  await insertAll(rows.investments, (c) => db.insert(investments).values(c));
  await insertAll(rows.kpis, (c) => db.insert(kpis).values(c));
  await insertAll(rows.costItems, (c) => db.insert(costItems).values(c));
  await insertAll(rows.benefitItems, (c) => db.insert(benefitItems).values(c));
  await insertAll(rows.risks, (c) => db.insert(risks).values(c));
  await insertAll(rows.scoringFactors, (c) => db.insert(scoringFactors).values(c));
  await insertAll(rows.alignments, (c) => db.insert(alignments).values(c));
  await insertAll(rows.kpiMeasurements, (c) => db.insert(kpiMeasurements).values(c));
  await insertAll(rows.scenarios, (c) => db.insert(scenarios).values(c));
  await insertAll(rows.integrations, (c) => db.insert(integrations).values(c));
  await insertAll(rows.actualImports, (c) => db.insert(actualImports).values(c));
  await insertAll(rows.actualCosts, (c) => db.insert(actualCosts).values(c));
  await insertAll(rows.matchRules, (c) => db.insert(matchRules).values(c));
  await insertAll(rows.actualBenefits, (c) => db.insert(actualBenefits).values(c));
  await insertAll(rows.importPreferences, (c) => db.insert(importPreferences).values(c));
}

async function insertWorkspace(owner: Owner, name: string, file: WorkspaceImport): Promise<{ slug: string; orgId: string }> {
  const rows = remap(file, owner.orgId);
  const counts = Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
  const { slug } = await insertOwnedWorkspace(owner, { ...file.organization, name }, (slug) => ({
    action: "import",
    after: { slug, name, importedFrom: file.organization.name, exportedAt: file.exportedAt, counts },
  }));
  await insertRows(rows);
  return { slug, orgId: owner.orgId };
}

/**
 * A new workspace owned by `userId`, filled from an export, in one transaction: the organization, the owner
 * membership, every row under a fresh id, and the audit row, scoped to the new workspace. Anything the file
 * or the database refuses leaves nothing behind.
 */
export async function importWorkspaceForUser(userId: string, file: WorkspaceImport, name?: string): Promise<{ slug: string; orgId: string }> {
  const workspaceName = (name ?? `${file.organization.name} (imported)`).slice(0, 120);
  try {
    return await withNewWorkspace(userId, (owner) => insertWorkspace(owner, workspaceName, file));
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Integrity (23…) and data (22…) errors: the file's values, not the server, are at fault.
    if (/^2[23]/.test(sqlState(error) ?? "")) {
      throw new AppError("invalid", "The file's data was refused (a value out of range, or two rows with the same name). Nothing was imported.");
    }
    throw error;
  }
}

/** PostgreSQL's SQLSTATE, wherever the driver or drizzle wrapped it. */
function sqlState(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Deletes the workspace when `confirmName` is its exact name. The organizations row goes in one statement,
 * and every tenant table (memberships, invitations and the audit log included) follows it by cascade.
 */
export async function deleteWorkspace(ctx: TenantCtx, confirmName: string): Promise<void> {
  if (ctx.role !== "owner") throw new AppError("forbidden");
  const deleted = await withScope({ orgIds: [ctx.orgId], userId: ctx.userId }, () =>
    db
      .delete(organizations)
      .where(and(eq(organizations.id, ctx.orgId), eq(organizations.name, confirmName)))
      .returning({ id: organizations.id }),
  );
  if (deleted.length === 0) throw new AppError("invalid", "Type the workspace's name exactly as shown to delete it.");
}
