/** The settings pages' reads: one entry per page, each reading through db/queries. */
import "server-only";
import { DELETED_USER, listAuditFilterOptions, listAuditLog } from "@/db/queries/audit-log";
import { getWorkspaceSettings } from "@/db/queries/workspace-settings";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { parseAuditSearch } from "./audit-filter";

/** The filter value that stands for changes made by people since deleted. */
export { DELETED_USER };

/** The workspace settings form's current values. */
export const loadWorkspaceSettings = (ctx: TenantCtx) => getWorkspaceSettings(ctx);

/** One page of the audit log: the filter's options, the search parsed against them (unknown values dropped), and the matching rows. */
export async function loadAuditLog(ctx: TenantCtx, raw: Parameters<typeof parseAuditSearch>[0]) {
  const options = await listAuditFilterOptions(ctx);
  const search = parseAuditSearch(raw, { people: [...options.people.map((p) => p.id), DELETED_USER], entities: options.entities });
  const log = await listAuditLog(ctx, search);
  return { options, search, log };
}
