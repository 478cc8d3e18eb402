import { machineDate } from "@/lib/format/machine";
import { csvDownload } from "@/lib/http/responses";
import { tenantRoute } from "@/lib/http/tenant-route";
import { technologiesExport } from "@/lib/portfolio/csv-export";

/** Every technology with its lines, in the import file's columns and machine format: it imports back as it is. */
export const GET = tenantRoute({ role: "viewer" }, async (_request, ctx) =>
  csvDownload(`${ctx.org.slug}-technologies-${machineDate(new Date())}.csv`, await technologiesExport(ctx)),
);
