import { kpiValuesCsv } from "@/components/reports/kpi-values-csv";
import { listKpiValues } from "@/db/queries/kpi-values";
import { getRouteTenant, routeNotFound } from "@/lib/auth/tenant";
import { parseMonthParam } from "@/lib/scorecard/month";

const badRequest = (message: string) => new Response(message, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** `?from=` / `?to=`: absent or empty → no bound; anything but YYYY-MM → an error message. */
function monthBound(params: URLSearchParams, name: "from" | "to"): { ok: true; period: string | null } | { ok: false } {
  const values = params.getAll(name);
  if (values.length === 0 || (values.length === 1 && values[0] === "")) return { ok: true, period: null };
  const period = values.length === 1 ? parseMonthParam(values[0]) : null;
  return period ? { ok: true, period } : { ok: false };
}

// A route handler is reached directly, outside the workspace layout, so it checks membership itself.
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getRouteTenant((await params).slug);
  if (!ctx) return routeNotFound();

  const search = new URL(request.url).searchParams;
  const from = monthBound(search, "from");
  const to = monthBound(search, "to");
  if (!from.ok || !to.ok) return badRequest(`Invalid ${!from.ok ? "from" : "to"} month: use YYYY-MM, e.g. 2026-03.`);
  if (from.period && to.period && from.period > to.period) return badRequest("The from month must not be after the to month.");

  const rows = await listKpiValues(ctx, { from: from.period, to: to.period });
  const filename = `kpi-values-${ctx.org.slug}-${new Date().toISOString().slice(0, 10)}.csv`;

  // The BOM makes Excel read the file as UTF-8 (names with accents would garble otherwise).
  return new Response(`\uFEFF${kpiValuesCsv(rows)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
