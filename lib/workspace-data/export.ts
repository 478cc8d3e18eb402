import "server-only";
import { loadWorkspaceRows } from "@/db/queries/workspace-data";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION } from "./schema";

/**
 * The whole workspace as one document in the export format (which the import reads back): the format's
 * header, then its settings and every tenant table except memberships, invitations and the audit log.
 */
export async function exportWorkspace(ctx: TenantCtx, now: Date = new Date()) {
  const rows = await loadWorkspaceRows(ctx);
  return { format: WORKSPACE_FORMAT, version: WORKSPACE_FORMAT_VERSION, exportedAt: now.toISOString(), ...rows };
}

export type WorkspaceExportDocument = Awaited<ReturnType<typeof exportWorkspace>>;
