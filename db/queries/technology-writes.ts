import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { alignments, benefitItems, costItems, goals, investments, kpis, risks, scoringFactors } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { isUuid } from "@/lib/ids";

const DUPLICATE_NAME = { name: ["A technology with this name already exists."] };

/** The columns a line of one of the technology's tables sets, every one of them given. */
type Line<T extends { $inferInsert: object }, K extends keyof T["$inferInsert"]> = Required<Pick<T["$inferInsert"], K>>;

/**
 * What a technology write stores (the technology form's parsed values): the technology's own columns and
 * all of its lines, which replace the stored ones. Numeric columns are given as numbers.
 */
export type TechnologyValues = Line<typeof investments, "name" | "vendor" | "category" | "valueChainActivity" | "status" | "usefulLifeMonths" | "notes"> & {
  goLiveDate?: string | null;
  ownerName?: string | null;
  costs: readonly (Line<typeof costItems, "category" | "description" | "kind" | "frequency" | "amountCents" | "startMonth" | "endMonth" | "renewalDate" | "noticeDays"> & {
    annualUpliftPct: number | null;
  })[];
  benefits: readonly (Line<typeof benefitItems, "category" | "description" | "kind" | "frequency" | "amountCents" | "startMonth" | "endMonth" | "rampUpMonths"> & {
    /** 0–1. */
    confidence: number;
    calculator: unknown;
    /** The KPI it is realised through and what one unit of its change is worth: both or neither (absent: neither). */
    kpiId?: string | null;
    valuePerUnitCents?: number | null;
  })[];
  risks: readonly Line<typeof risks, "type" | "title" | "likelihood" | "impact" | "mitigation" | "status">[];
  factors: readonly (Line<typeof scoringFactors, "name" | "score" | "kind"> & { weight: number })[];
  alignments: readonly { goalId: string; strength: number }[];
};

/** The workspace's goals, for the alignment section of the technology form. */
export const listGoalsForAlignment = tenantRead(async function listGoalsForAlignment(ctx: TenantCtx) {
  return db
    .select({ id: goals.id, title: goals.title, perspective: goals.perspective, weight: goals.weight })
    .from(goals)
    .where(eq(goals.orgId, ctx.orgId))
    .orderBy(asc(goals.title));
});

/** Which of `names` this workspace's technologies already have. */
export const takenTechnologyNames = tenantRead(async function takenTechnologyNames(ctx: TenantCtx, names: readonly string[]): Promise<Set<string>> {
  if (names.length === 0) return new Set();
  const rows = await db
    .select({ name: investments.name })
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), inArray(investments.name, [...names])));
  return new Set(rows.map((r) => r.name));
});

/** A technology with all of its items, as written to the audit log. Null when it is not this workspace's. */
export async function technologySnapshot(ctx: TenantCtx, id: string) {
  if (!isUuid(id)) return null;
  const [investment] = await db
    .select()
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), eq(investments.id, id)))
    .limit(1);
  if (!investment) return null;
  const of = <T extends typeof costItems | typeof benefitItems | typeof risks | typeof scoringFactors | typeof alignments>(t: T) =>
    and(eq(t.orgId, ctx.orgId), eq(t.investmentId, id));
  const [costs, benefits, riskRows, factors, alignmentRows] = await Promise.all([
    db.select().from(costItems).where(of(costItems)).orderBy(asc(costItems.createdAt), asc(costItems.id)),
    db.select().from(benefitItems).where(of(benefitItems)).orderBy(asc(benefitItems.createdAt), asc(benefitItems.id)),
    db.select().from(risks).where(of(risks)).orderBy(asc(risks.createdAt), asc(risks.id)),
    db.select().from(scoringFactors).where(of(scoringFactors)).orderBy(asc(scoringFactors.name)),
    db.select().from(alignments).where(of(alignments)).orderBy(asc(alignments.goalId)),
  ]);
  return { ...investment, costs, benefits, risks: riskRows, factors, alignments: alignmentRows };
}

export async function insertTechnology(ctx: TenantCtx, input: TechnologyValues) {
  await assertGoalsBelong(ctx, input);
  await assertKpisBelong(ctx, input);
  await assertNameFree(ctx, input.name);
  const [row] = await unique(() => db.insert(investments).values({ orgId: ctx.orgId, ...investmentFields(input) }).returning({ id: investments.id }));
  await insertChildren(ctx, row.id, input);
  const after = await technologySnapshot(ctx, row.id);
  return { id: row.id, after: after! };
}

/**
 * Replaces the technology's fields and lines. The caller has checked and moved on its version first
 * (tenantAction's `versioned`, db/queries/versions.ts), in this transaction.
 */
export async function updateTechnology(ctx: TenantCtx, id: string, input: TechnologyValues) {
  const before = await technologySnapshot(ctx, id);
  if (!before) throw new AppError("not_found");
  await assertGoalsBelong(ctx, input);
  await assertKpisBelong(ctx, input);
  await assertNameFree(ctx, input.name, id);
  await unique(() => db.update(investments).set(investmentFields(input)).where(and(eq(investments.orgId, ctx.orgId), eq(investments.id, id))));
  for (const table of [costItems, benefitItems, risks, scoringFactors, alignments]) {
    await db.delete(table).where(and(eq(table.orgId, ctx.orgId), eq(table.investmentId, id)));
  }
  await insertChildren(ctx, id, input);
  const after = await technologySnapshot(ctx, id);
  return { id, before, after: after! };
}

/** Items, alignments and scenarios go with it (foreign keys cascade); its version was checked as for an update. */
export async function deleteTechnology(ctx: TenantCtx, id: string) {
  const before = await technologySnapshot(ctx, id);
  if (!before) throw new AppError("not_found");
  await db.delete(investments).where(and(eq(investments.orgId, ctx.orgId), eq(investments.id, id)));
  return { id, before };
}

function investmentFields(input: TechnologyValues) {
  return {
    name: input.name,
    vendor: input.vendor,
    category: input.category,
    valueChainActivity: input.valueChainActivity,
    status: input.status,
    goLiveDate: input.goLiveDate ?? null,
    usefulLifeMonths: input.usefulLifeMonths,
    ownerName: input.ownerName ?? null,
    notes: input.notes,
  };
}

async function insertChildren(ctx: TenantCtx, investmentId: string, input: TechnologyValues) {
  const owned = { orgId: ctx.orgId, investmentId };
  if (input.costs.length) {
    await db.insert(costItems).values(
      input.costs.map((c) => ({ ...owned, ...c, annualUpliftPct: c.annualUpliftPct === null ? null : String(c.annualUpliftPct) })),
    );
  }
  if (input.benefits.length) {
    await db.insert(benefitItems).values(
      input.benefits.map((b) => ({ ...owned, ...b, kpiId: b.kpiId?.toLowerCase() ?? null, valuePerUnitCents: b.valuePerUnitCents ?? null, confidence: String(b.confidence) })),
    );
  }
  if (input.risks.length) await db.insert(risks).values(input.risks.map((r) => ({ ...owned, ...r })));
  if (input.factors.length) await db.insert(scoringFactors).values(input.factors.map((f) => ({ ...owned, ...f, weight: String(f.weight) })));
  // Strength 0 means "does not serve this goal": no row.
  const aligned = input.alignments.filter((a) => a.strength > 0);
  if (aligned.length) await db.insert(alignments).values(aligned.map((a) => ({ ...owned, goalId: a.goalId.toLowerCase(), strength: a.strength })));
}

/** The composite foreign key would refuse another workspace's goal; say which row instead. */
async function assertGoalsBelong(ctx: TenantCtx, input: TechnologyValues) {
  const ids = [...new Set(input.alignments.map((a) => a.goalId.toLowerCase()))];
  if (ids.length === 0) return;
  const found = await db
    .select({ id: goals.id })
    .from(goals)
    .where(and(eq(goals.orgId, ctx.orgId), inArray(goals.id, ids)));
  const known = new Set(found.map((g) => g.id));
  const fieldErrors: Record<string, string[]> = {};
  input.alignments.forEach((a, i) => {
    if (!known.has(a.goalId.toLowerCase())) fieldErrors[`alignments.${i}.goalId`] = ["Unknown goal"];
  });
  if (Object.keys(fieldErrors).length) throw new AppError("invalid", "One of the goals no longer exists. Reload and try again.", fieldErrors);
}

/** Likewise for the KPIs benefit lines name: another workspace's or a deleted KPI is named beside its line. */
async function assertKpisBelong(ctx: TenantCtx, input: TechnologyValues) {
  const ids = [...new Set(input.benefits.flatMap((b) => (b.kpiId ? [b.kpiId.toLowerCase()] : [])))];
  if (ids.length === 0) return;
  const found = await db
    .select({ id: kpis.id })
    .from(kpis)
    .where(and(eq(kpis.orgId, ctx.orgId), inArray(kpis.id, ids)));
  const known = new Set(found.map((k) => k.id));
  const fieldErrors: Record<string, string[]> = {};
  input.benefits.forEach((b, i) => {
    if (b.kpiId && !known.has(b.kpiId.toLowerCase())) fieldErrors[`benefits.${i}.kpiId`] = ["Unknown KPI"];
  });
  if (Object.keys(fieldErrors).length) throw new AppError("invalid", "One of the KPIs no longer exists. Reload and try again.", fieldErrors);
}

/** Checked first so the usual case gets a clear message; the unique key still settles races. */
async function assertNameFree(ctx: TenantCtx, name: string, exceptId?: string) {
  const [taken] = await db
    .select({ id: investments.id })
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), eq(investments.name, name)))
    .limit(1);
  if (taken && taken.id !== exceptId) throw new AppError("conflict", "A technology with this name already exists.", DUPLICATE_NAME);
}

async function unique<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "A technology with this name already exists.", DUPLICATE_NAME);
    throw error;
  }
}
