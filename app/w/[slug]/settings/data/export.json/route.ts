import { jsonDownload } from "@/lib/http/responses";
import { tenantRoute } from "@/lib/http/tenant-route";
import { exportWorkspace } from "@/lib/workspace-data/export";

/** The whole workspace as one JSON document: the owner's alone. */
export const GET = tenantRoute({ role: "owner" }, async (_request, ctx) => {
  const now = new Date();
  return jsonDownload(`techfolio-${ctx.org.slug}-${now.toISOString().slice(0, 10)}.json`, await exportWorkspace(ctx, now));
});
