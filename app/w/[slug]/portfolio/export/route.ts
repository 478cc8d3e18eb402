import { portfolioCsv } from "@/components/portfolio/table/export-csv";
import { machineDate } from "@/lib/format/machine";
import { listPortfolio } from "@/lib/portfolio/view";
import { getRouteTenant, routeNotFound } from "@/lib/auth/tenant";
import { parseTableParams } from "@/lib/portfolio/table-params";
import { filterSortPortfolio } from "@/lib/portfolio/table-query";

// A route handler is reached directly, outside the workspace layout, so it checks membership itself.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getRouteTenant((await params).slug);
  if (!ctx) return routeNotFound();

  // Same filters and sort as the table, but every page.
  const query = parseTableParams(new URL(request.url).searchParams);
  const now = new Date();
  const rows = filterSortPortfolio(await listPortfolio(ctx, now), query, ctx.org.locale);
  const filename = `${ctx.org.slug}-portfolio-${machineDate(now)}.csv`;

  // The BOM makes Excel read the file as UTF-8 (vendor names with accents would garble otherwise).
  return new Response(`\uFEFF${portfolioCsv(rows, ctx.org.currency)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
