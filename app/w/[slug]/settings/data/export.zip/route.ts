import { download } from "@/lib/http/responses";
import { tenantRoute } from "@/lib/http/tenant-route";
import { workspaceCsvZip } from "@/lib/workspace-data/csv-zip";
import { exportWorkspace } from "@/lib/workspace-data/export";

/** The JSON export as one CSV per table: the owner's alone. */
export const GET = tenantRoute({ role: "owner" }, async (_request, ctx) => {
  const now = new Date();
  const zip = workspaceCsvZip(await exportWorkspace(ctx, now));
  return download(`techfolio-${ctx.org.slug}-${now.toISOString().slice(0, 10)}.zip`, zip, "application/zip");
});
