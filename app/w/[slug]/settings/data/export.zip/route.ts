import { getRouteTenant, routeNotFound } from "@/lib/auth/tenant";
import { workspaceCsvZip } from "@/lib/workspace-data/csv-zip";
import { exportWorkspace } from "@/lib/workspace-data/export";

// The JSON export as one CSV per table; reached directly, so it checks membership and the owner role itself.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getRouteTenant((await params).slug);
  if (!ctx || ctx.role !== "owner") return routeNotFound();
  const now = new Date();
  const zip = workspaceCsvZip(await exportWorkspace(ctx, now));
  const filename = `techfolio-${ctx.org.slug}-${now.toISOString().slice(0, 10)}.zip`;
  return new Response(zip, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
