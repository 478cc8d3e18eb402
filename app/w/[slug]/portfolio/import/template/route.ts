import { csvDownload } from "@/lib/http/responses";
import { tenantRoute } from "@/lib/http/tenant-route";
import { templateCsv } from "@/lib/portfolio/csv-import";

/** The import template, for members of the workspace only. */
export const GET = tenantRoute({ role: "viewer" }, async () => csvDownload("techfolio-import-template.csv", templateCsv()));
