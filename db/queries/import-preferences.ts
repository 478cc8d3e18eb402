import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db";
import { importPreferences } from "@/db/schema";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/** As stored; lib/imports checks the values are choices it knows. `mapping`: field key → header cell. */
export type StoredImportPreference = { decimal: string; dateOrder: string; delimiter: string; mapping: Record<string, string> };

/** The choices last made for files of this kind and header shape. */
export const findImportPreference = tenantRead(async function findImportPreference(ctx: TenantCtx, kind: string, header: string): Promise<StoredImportPreference | null> {
  const [row] = await db
    .select({ decimal: importPreferences.decimal, dateOrder: importPreferences.dateOrder, delimiter: importPreferences.delimiter, mapping: importPreferences.mapping })
    .from(importPreferences)
    .where(and(eq(importPreferences.orgId, ctx.orgId), eq(importPreferences.kind, kind), eq(importPreferences.header, header)))
    .limit(1);
  return row ?? null;
});

/** Remembers how a file was imported (conventions, delimiter, which column is which field), for the next file of the same shape. */
export async function saveImportPreference(ctx: TenantCtx, kind: string, header: string, preference: StoredImportPreference): Promise<void> {
  await db
    .insert(importPreferences)
    .values({ orgId: ctx.orgId, kind, header, ...preference })
    .onConflictDoUpdate({ target: [importPreferences.orgId, importPreferences.kind, importPreferences.header], set: { ...preference, updatedAt: new Date() } });
}
