import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/db";
import {
  alignments,
  benefitItems,
  costItems,
  goals,
  integrations,
  investments,
  kpiMeasurements,
  kpis,
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

/**
 * The whole workspace's rows: its settings and every tenant table except memberships, invitations and the
 * audit log (people and history belong to this workspace, not to a copy of it), without org ids.
 */
export const loadWorkspaceRows = tenantRead(async function loadWorkspaceRows(ctx: TenantCtx) {
  const org = ctx.orgId;
  const [[settings], goalRows, invRows, costRows, benefitRows, riskRows, factorRows, alignRows, kpiRows, valueRows, scenarioRows, integrationRows] =
    await Promise.all([
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
        .where(eq(organizations.id, org)),
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
  if (!settings) throw new AppError("not_found");
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
    // Who typed a value is a user of the exporting workspace; the copy does not know them.
    kpiMeasurements: valueRows.map(({ orgId: _orgId, enteredBy: _enteredBy, ...row }) => row),
    scenarios: strip(scenarioRows),
    integrations: strip(integrationRows),
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
  benefitItems: Imported<typeof benefitItems, { id: string; investmentId: string }>[];
  risks: Imported<typeof risks, { id: string; investmentId: string }>[];
  scoringFactors: Imported<typeof scoringFactors, { id: string; investmentId: string }>[];
  alignments: Imported<typeof alignments, { investmentId: string; goalId: string }>[];
  kpis: Imported<typeof kpis, { id: string; investmentId: string | null; goalId: string | null }>[];
  kpiMeasurements: Imported<typeof kpiMeasurements, { kpiId: string }>[];
  scenarios: Imported<typeof scenarios, { id: string; investmentId: string | null }>[];
  integrations: Imported<typeof integrations, { id: string; fromInvestmentId: string; toInvestmentId: string }>[];
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

/** Rows with fresh ids, references re-pointed through the maps; throws AppError("invalid") on a dangling one. */
function remap(file: WorkspaceImport, orgId: string) {
  const goalIds = new IdMap("goal");
  const invIds = new IdMap("technology");
  const kpiIds = new IdMap("KPI");
  const fresh = new IdMap("row");
  return {
    goals: file.goals.map((g) => ({ ...g, orgId, id: goalIds.add(g.id) })),
    investments: file.investments.map((i) => ({ ...i, orgId, id: invIds.add(i.id) })),
    costItems: file.costItems.map((c) => ({ ...c, orgId, id: fresh.add(c.id), investmentId: invIds.get(c.investmentId) })),
    benefitItems: file.benefitItems.map((b) => ({ ...b, orgId, id: fresh.add(b.id), investmentId: invIds.get(b.investmentId) })),
    risks: file.risks.map((r) => ({ ...r, orgId, id: fresh.add(r.id), investmentId: invIds.get(r.investmentId) })),
    scoringFactors: file.scoringFactors.map((f) => ({ ...f, orgId, id: fresh.add(f.id), investmentId: invIds.get(f.investmentId) })),
    alignments: file.alignments.map((a) => ({ ...a, orgId, investmentId: invIds.get(a.investmentId), goalId: goalIds.get(a.goalId) })),
    kpis: file.kpis.map((k) => ({ ...k, orgId, id: kpiIds.add(k.id), investmentId: invIds.maybe(k.investmentId), goalId: goalIds.maybe(k.goalId) })),
    kpiMeasurements: file.kpiMeasurements.map((m) => ({ ...m, orgId, kpiId: kpiIds.get(m.kpiId) })),
    scenarios: file.scenarios.map((s) => ({ ...s, orgId, id: fresh.add(s.id), investmentId: invIds.maybe(s.investmentId) })),
    integrations: file.integrations.map((i) => ({
      ...i,
      orgId,
      id: fresh.add(i.id),
      fromInvestmentId: invIds.get(i.fromInvestmentId),
      toInvestmentId: invIds.get(i.toInvestmentId),
    })),
  };
}

/** Multi-row inserts in chunks, so a large file stays under PostgreSQL's bind-parameter limit. */
async function insertAll<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

/** Every row of the file under a fresh id; parents before children, as the composite foreign keys require. */
async function insertRows(rows: ReturnType<typeof remap>): Promise<void> {
  await insertAll(rows.goals, (c) => db.insert(goals).values(c));
  await insertAll(rows.investments, (c) => db.insert(investments).values(c));
  await insertAll(rows.costItems, (c) => db.insert(costItems).values(c));
  await insertAll(rows.benefitItems, (c) => db.insert(benefitItems).values(c));
  await insertAll(rows.risks, (c) => db.insert(risks).values(c));
  await insertAll(rows.scoringFactors, (c) => db.insert(scoringFactors).values(c));
  await insertAll(rows.alignments, (c) => db.insert(alignments).values(c));
  await insertAll(rows.kpis, (c) => db.insert(kpis).values(c));
  await insertAll(rows.kpiMeasurements, (c) => db.insert(kpiMeasurements).values(c));
  await insertAll(rows.scenarios, (c) => db.insert(scenarios).values(c));
  await insertAll(rows.integrations, (c) => db.insert(integrations).values(c));
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
