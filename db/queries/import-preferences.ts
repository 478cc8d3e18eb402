import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { importPreferences } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/** As stored; lib/imports checks the values are choices it knows. */
export type StoredConventions = { decimal: string; dateOrder: string };

/** The conventions last chosen for files of this kind and header shape. */
export const findImportPreference = tenantRead(async function findImportPreference(ctx: TenantCtx, kind: string, header: string): Promise<StoredConventions | null> {
  const [row] = await db
    .select({ decimal: importPreferences.decimal, dateOrder: importPreferences.dateOrder })
    .from(importPreferences)
    .where(and(eq(importPreferences.orgId, ctx.orgId), eq(importPreferences.kind, kind), eq(importPreferences.header, header)))
    .limit(1);
  return row ?? null;
});

/** Remembers the conventions a file was imported with, for the next file of the same shape. */
export async function saveImportPreference(ctx: TenantCtx, kind: string, header: string, conventions: StoredConventions): Promise<void> {
  await db
    .insert(importPreferences)
    .values({ orgId: ctx.orgId, kind, header, ...conventions })
    .onConflictDoUpdate({ target: [importPreferences.orgId, importPreferences.kind, importPreferences.header], set: { ...conventions, updatedAt: new Date() } });
}
