import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { organizations } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";

const columns = {
  name: organizations.name,
  industry: organizations.industry,
  sizeBand: organizations.sizeBand,
  employees: organizations.employees,
  currency: organizations.currency,
  discountRate: organizations.discountRate,
  fiscalYearStartMonth: organizations.fiscalYearStartMonth,
  locale: organizations.locale,
};

export type WorkspaceSettings = { [K in keyof typeof columns]: (typeof organizations.$inferSelect)[K] };
/** What the settings form saves: the settings, with the number of employees optional. */
export type WorkspaceSettingsValues = Omit<WorkspaceSettings, "employees"> & { employees?: number | null };

/** The workspace's own settings; the org id comes from the tenant context, never from input. */
export const getWorkspaceSettings = tenantRead(async function getWorkspaceSettings(ctx: TenantCtx): Promise<WorkspaceSettings> {
  const [row] = await db.select(columns).from(organizations).where(eq(organizations.id, ctx.orgId)).limit(1);
  if (!row) throw new AppError("not_found");
  return row;
});

/** numeric comes back as "0.08000"; compare rates as numbers, everything else as stored. */
const same = (a: WorkspaceSettings, b: WorkspaceSettings) =>
  (Object.keys(columns) as (keyof WorkspaceSettings)[]).every((k) => (k === "discountRate" ? Number(a[k]) === Number(b[k]) : a[k] === b[k]));

/**
 * Inside the action's transaction: the row is locked while it is read, so `before` is what this update
 * replaced even when two admins save at once. `changed` is false when the form repeated what is stored.
 */
export async function updateWorkspaceSettings(ctx: TenantCtx, input: WorkspaceSettingsValues) {
  const [before] = await db.select(columns).from(organizations).where(eq(organizations.id, ctx.orgId)).for("update");
  if (!before) throw new AppError("not_found");
  const wanted: WorkspaceSettings = { ...input, employees: input.employees ?? null };
  if (same(before, wanted)) return { before, after: before, changed: false };
  const [after] = await db.update(organizations).set(wanted).where(eq(organizations.id, ctx.orgId)).returning(columns);
  if (!after) throw new AppError("not_found");
  return { before, after, changed: true };
}
