import { getRouteTenant, routeNotFound } from "@/lib/auth/tenant";
import { templateCsv } from "@/lib/portfolio/csv-import";

/** The import template, for members of the workspace only; anyone else gets the same 404 as a missing workspace. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  if (!(await getRouteTenant((await params).slug))) return routeNotFound();
  return new Response(templateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="techfolio-import-template.csv"',
      "Cache-Control": "private, no-store",
    },
  });
}
