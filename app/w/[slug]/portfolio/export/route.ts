import { portfolioCsv } from "@/lib/portfolio/table-csv";
import { machineDate } from "@/lib/format/machine";
import { csvDownload } from "@/lib/http/responses";
import { tenantRoute } from "@/lib/http/tenant-route";
import { listPortfolio } from "@/lib/portfolio/view";
import { parseTableParams } from "@/lib/portfolio/table-params";
import { filterSortPortfolio } from "@/lib/portfolio/table-query";

/** The table as the member sees it (same filters and sort), every page of it. */
export const GET = tenantRoute({ role: "viewer" }, async (request, ctx) => {
  const query = parseTableParams(new URL(request.url).searchParams);
  const now = new Date();
  const rows = filterSortPortfolio(await listPortfolio(ctx, now), query, ctx.org.locale);
  return csvDownload(`${ctx.org.slug}-portfolio-${machineDate(now)}.csv`, portfolioCsv(rows, ctx.org.currency));
});
