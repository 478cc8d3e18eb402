import { kpiValuesCsv } from "@/lib/reports/kpi-values-csv";
import { AppError } from "@/lib/errors";
import { csvDownload } from "@/lib/http/responses";
import { tenantRoute } from "@/lib/http/tenant-route";
import { loadKpiValues } from "@/lib/reports/view";
import { parseMonthParam } from "@/lib/scorecard/month";

/** `?from=` / `?to=`: absent or empty → no bound; anything but one YYYY-MM → a 400 that says so. */
function monthBound(params: URLSearchParams, name: "from" | "to"): string | null {
  const values = params.getAll(name);
  if (values.length === 0 || (values.length === 1 && values[0] === "")) return null;
  const period = values.length === 1 ? parseMonthParam(values[0]) : null;
  if (!period) throw new AppError("invalid", `Invalid ${name} month: use YYYY-MM, e.g. 2026-03.`);
  return period;
}

/** Every KPI value of the workspace, optionally between two months (membership is checked before the parameters). */
export const GET = tenantRoute({ role: "viewer" }, async (request, ctx) => {
  const search = new URL(request.url).searchParams;
  const from = monthBound(search, "from");
  const to = monthBound(search, "to");
  if (from && to && from > to) throw new AppError("invalid", "The from month must not be after the to month.");
  const rows = await loadKpiValues(ctx, { from, to });
  return csvDownload(`kpi-values-${ctx.org.slug}-${new Date().toISOString().slice(0, 10)}.csv`, kpiValuesCsv(rows));
});
