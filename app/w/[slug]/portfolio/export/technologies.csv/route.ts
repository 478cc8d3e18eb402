import { getRouteTenant, routeNotFound } from "@/lib/auth/tenant";
import { machineDate } from "@/lib/format/machine";
import { technologiesExport } from "@/lib/portfolio/csv-export";

/** Every technology with its lines, in the import file's columns and machine format: it imports back as it is. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const ctx = await getRouteTenant((await params).slug);
  if (!ctx) return routeNotFound();
  const filename = `${ctx.org.slug}-technologies-${machineDate(new Date())}.csv`;
  // The BOM makes Excel read the file as UTF-8 (vendor names with accents would garble otherwise).
  return new Response(`\uFEFF${await technologiesExport(ctx)}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
