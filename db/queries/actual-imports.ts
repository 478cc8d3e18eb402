import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db";
import { actualCosts, actualImports, investments, users } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { CostCategory } from "@/lib/domain/values";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/** One payment of an imported file, as the ledger stores it. */
export type ImportedCost = {
  bookedOn: string;
  amountCents: number;
  payee: string;
  description: string;
  reference: string;
  investmentId: string | null;
  costCategory: CostCategory | null;
  fingerprint: string;
};

// Postgres takes at most 65,535 parameters per statement: large files go in slices well below that.
const LOOKUP_SLICE = 5_000;
const INSERT_SLICE = 1_000;

function slices<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Which of these fingerprints the workspace's ledger already holds. */
export const findExistingFingerprints = tenantRead(async function findExistingFingerprints(ctx: TenantCtx, fingerprints: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (const slice of slices(fingerprints, LOOKUP_SLICE)) {
    const rows = await db
      .select({ fingerprint: actualCosts.fingerprint })
      .from(actualCosts)
      .where(and(eq(actualCosts.orgId, ctx.orgId), inArray(actualCosts.fingerprint, slice)));
    for (const row of rows) found.add(row.fingerprint);
  }
  return found;
});

/** Records one imported file; its counts are set once its payments are in (`recordImportCounts`). */
export async function insertActualImport(ctx: TenantCtx, file: { kind: string; fileName: string; rows: number }): Promise<string> {
  const [row] = await db
    .insert(actualImports)
    .values({ orgId: ctx.orgId, ...file, added: 0, duplicates: 0, importedBy: ctx.userId })
    .returning({ id: actualImports.id });
  return row.id;
}

/**
 * Adds the file's payments, skipping every one whose fingerprint the ledger already holds (another file's,
 * or a concurrent import of the same one): returns how many were added, and how many of those no rule filed.
 */
export async function insertImportedCosts(ctx: TenantCtx, importId: string, costs: readonly ImportedCost[]): Promise<{ added: number; unmatched: number }> {
  let [added, unmatched] = [0, 0];
  for (const slice of slices(costs, INSERT_SLICE)) {
    const rows = await db
      .insert(actualCosts)
      .values(slice.map((cost) => ({ orgId: ctx.orgId, ...cost, source: "imported" as const, importId })))
      .onConflictDoNothing({ target: [actualCosts.orgId, actualCosts.fingerprint] })
      .returning({ investmentId: actualCosts.investmentId });
    added += rows.length;
    unmatched += rows.filter((row) => row.investmentId === null).length;
  }
  return { added, unmatched };
}

export async function recordImportCounts(ctx: TenantCtx, importId: string, counts: { added: number; duplicates: number }): Promise<void> {
  await db
    .update(actualImports)
    .set(counts)
    .where(and(eq(actualImports.orgId, ctx.orgId), eq(actualImports.id, importId)));
}

export type ActualImportRow = { id: string; kind: string; fileName: string; rows: number; added: number; duplicates: number; importedBy: string | null; createdAt: Date };

/** The workspace's latest imported files, newest first, with who imported each. */
export const listActualImports = tenantRead(async function listActualImports(ctx: TenantCtx, limit?: number): Promise<ActualImportRow[]> {
  return db
    .select({
      id: actualImports.id,
      kind: actualImports.kind,
      fileName: actualImports.fileName,
      rows: actualImports.rows,
      added: actualImports.added,
      duplicates: actualImports.duplicates,
      importedBy: sql<string | null>`coalesce(nullif(${users.name}, ''), ${users.email})`,
      createdAt: actualImports.createdAt,
    })
    .from(actualImports)
    .leftJoin(users, eq(users.id, actualImports.importedBy))
    .where(eq(actualImports.orgId, ctx.orgId))
    .orderBy(desc(actualImports.createdAt), desc(actualImports.id))
    .limit(limit ?? 20);
});

/**
 * The workspace's technologies as rule suggestions need them: the vendor a payee would name, and the cost
 * category a payment to it most likely is (its largest recurring cost line, else its largest line).
 */
export const listTechnologiesForMatching = tenantRead(async function listTechnologiesForMatching(ctx: TenantCtx) {
  return db
    .select({
      id: investments.id,
      name: investments.name,
      vendor: investments.vendor,
      mainCostCategory: sql<CostCategory | null>`(
        select c.category from cost_items c
        where c.org_id = ${investments.orgId} and c.investment_id = ${investments.id}
        order by (c.kind = 'recurring') desc, c.amount_cents desc, c.id
        limit 1)`,
    })
    .from(investments)
    .where(eq(investments.orgId, ctx.orgId))
    .orderBy(investments.name);
});
