/** The KPI pages' reads: one entry per page, each reading through db/queries. */
import "server-only";
import { getEntryGrid, getKpi, latestPeriodWithData, listKpiLinkOptions, listKpis } from "@/db/queries/kpis";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { currentPeriod, periodFromParam } from "./months";

/** The KPI list. */
export const loadKpiList = (ctx: TenantCtx) => listKpis(ctx);

/** A new KPI's form: the technologies and goals it may be linked to. */
export const loadKpiLinkOptions = (ctx: TenantCtx) => listKpiLinkOptions(ctx);

/** A KPI's edit form: the KPI (not_found when it is not this workspace's) and what it may be linked to. */
export async function loadKpiEditor(ctx: TenantCtx, id: string) {
  const kpi = await getKpi(ctx, id);
  const { technologies, goals } = await listKpiLinkOptions(ctx);
  return { kpi, technologies, goals };
}

/** The monthly entry grid; without a (valid) month in the URL it opens where the team left off. */
export async function loadKpiEntry(ctx: TenantCtx, month: string | string[] | undefined) {
  const period = periodFromParam(month) ?? (await latestPeriodWithData(ctx)) ?? currentPeriod();
  return { period, rows: await getEntryGrid(ctx, period) };
}
