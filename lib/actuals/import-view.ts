import "server-only";
import { listActualImports, type ActualImportRow } from "@/db/queries/actual-imports";
import type { TenantCtx } from "@/lib/auth/tenant-context";

/** How many earlier files the import page lists. */
const HISTORY = 12;

/** The bank import page's figures: the files imported before, newest first. */
export async function loadBankImportPage(ctx: TenantCtx): Promise<{ history: ActualImportRow[] }> {
  return { history: await listActualImports(ctx, HISTORY) };
}
