import { resolveTenant } from "@/db/queries/tenants";
import { auth } from "@/lib/auth";
import { templateCsv } from "@/lib/portfolio/csv-import";

/** The import template, for members of the workspace only; anyone else gets the same 404 as a missing workspace. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const session = await auth();
  const ctx = session?.user?.id ? await resolveTenant(session.user.id, slug) : null;
  if (!ctx) return new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(templateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="techfolio-import-template.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
