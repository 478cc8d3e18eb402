import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db";
import { integrations, investments, type Investment } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { DUPLICATE_LINK_MESSAGE, UNKNOWN_TECHNOLOGY_MESSAGE } from "@/lib/domain/messages";

/**
 * A new link as the form means it: `technologyId` is the page's technology and `otherId` the one chosen
 * (each answers for its own field); `fromId` sends data to `toId`.
 */
export type IntegrationValues = { technologyId: string; otherId: string; fromId: string; toId: string; description: string };

/** A technology as a node of the integration map. */
export type IntegrationNode = Pick<Investment, "id" | "name" | "category" | "status">;

/** A link: `from` sends data to `to`, which depends on it. */
export type IntegrationEdge = { id: string; from: string; to: string; description: string };

/** The workspace's technologies as map nodes, by name. */
export const listIntegrationNodes = tenantRead(async function listIntegrationNodes(ctx: TenantCtx): Promise<IntegrationNode[]> {
  return db
    .select({ id: investments.id, name: investments.name, category: investments.category, status: investments.status })
    .from(investments)
    .where(eq(investments.orgId, ctx.orgId))
    .orderBy(asc(investments.name), asc(investments.id));
});

/** Every link of the workspace, oldest first. */
export const listIntegrations = tenantRead(async function listIntegrations(ctx: TenantCtx): Promise<IntegrationEdge[]> {
  return db
    .select({ id: integrations.id, from: integrations.fromInvestmentId, to: integrations.toInvestmentId, description: integrations.description })
    .from(integrations)
    .where(eq(integrations.orgId, ctx.orgId))
    .orderBy(asc(integrations.createdAt), asc(integrations.id));
});

/** A link as written to the audit log, with both names so the log reads without joins. */
async function integrationSnapshot(ctx: TenantCtx, id: string) {
  const [row] = await db
    .select()
    .from(integrations)
    .where(and(eq(integrations.orgId, ctx.orgId), eq(integrations.id, id)))
    .limit(1);
  if (!row) return null;
  const names = await db
    .select({ id: investments.id, name: investments.name })
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), inArray(investments.id, [row.fromInvestmentId, row.toInvestmentId])));
  const name = (x: string) => names.find((n) => n.id === x)?.name ?? null;
  return { ...row, fromName: name(row.fromInvestmentId), toName: name(row.toInvestmentId) };
}

/**
 * Both ends must be this workspace's technologies (the composite foreign keys would refuse anything else;
 * this says which field is wrong instead). A repeated link is a friendly conflict, checked first and
 * settled by the unique key under a race.
 */
export async function insertIntegration(ctx: TenantCtx, input: IntegrationValues) {
  const found = await db
    .select({ id: investments.id })
    .from(investments)
    .where(and(eq(investments.orgId, ctx.orgId), inArray(investments.id, [input.technologyId, input.otherId])));
  const known = new Set(found.map((r) => r.id));
  const fieldErrors: Record<string, string[]> = {};
  if (!known.has(input.technologyId)) fieldErrors.technologyId = [UNKNOWN_TECHNOLOGY_MESSAGE];
  if (!known.has(input.otherId)) fieldErrors.otherId = [UNKNOWN_TECHNOLOGY_MESSAGE];
  if (Object.keys(fieldErrors).length) throw new AppError("invalid", "That technology is not in this workspace. Reload and try again.", fieldErrors);

  const duplicate = () => new AppError("conflict", DUPLICATE_LINK_MESSAGE, { otherId: [DUPLICATE_LINK_MESSAGE] });
  const [existing] = await db
    .select({ id: integrations.id })
    .from(integrations)
    .where(and(eq(integrations.orgId, ctx.orgId), eq(integrations.fromInvestmentId, input.fromId), eq(integrations.toInvestmentId, input.toId)))
    .limit(1);
  if (existing) throw duplicate();
  let row: { id: string };
  try {
    [row] = await db
      .insert(integrations)
      .values({ orgId: ctx.orgId, fromInvestmentId: input.fromId, toInvestmentId: input.toId, description: input.description })
      .returning({ id: integrations.id });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
  const after = (await integrationSnapshot(ctx, row.id))!;
  return { id: row.id, after };
}

/** "Not yours" and "does not exist" are the same not-found. */
export async function deleteIntegration(ctx: TenantCtx, id: string) {
  const before = await integrationSnapshot(ctx, id);
  if (!before) throw new AppError("not_found");
  await db.delete(integrations).where(and(eq(integrations.orgId, ctx.orgId), eq(integrations.id, id)));
  return { before };
}
