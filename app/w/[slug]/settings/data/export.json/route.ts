import { getRouteTenant, routeNotFound } from "@/lib/auth/tenant";
import { exportWorkspace } from "@/lib/workspace-data/export";

// Reached directly, outside the settings layout: it checks membership and the owner role itself.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getRouteTenant((await params).slug);
  if (!ctx || ctx.role !== "owner") return routeNotFound();
  const now = new Date();
  const document = await exportWorkspace(ctx, now);
  const filename = `techfolio-${ctx.org.slug}-${now.toISOString().slice(0, 10)}.json`;
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
