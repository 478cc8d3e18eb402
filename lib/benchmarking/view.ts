/** A workspace against the consultant's comparable clients, from the overview's figures (the portfolio valuation). */
import "server-only";
import { workspaceProfiles } from "@/db/queries/benchmarking";
import { withUserWorkspaces } from "@/db/queries/tenants";
import { overviewReads } from "@/db/queries/workspaces-overview";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { lastCompleteMonth } from "@/lib/portfolio/timeline";
import { getWorkspacesOverview } from "@/lib/workspaces/view";
import { buildBenchmark, type BenchmarkView, type BenchmarkWorkspace } from "./build";
import { benchmarkValues } from "./metrics";

function groupByOrg<T extends { orgId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(row.orgId) ?? map.set(row.orgId, []).get(row.orgId)!).push(row);
  return map;
}

/**
 * This workspace against the user's other workspaces in the same industry (or size band), as of the last
 * complete month, the overview's month. Batch reads only: the overview's figures for all of the user's
 * workspaces, their profiles, and their KPIs with latest values, each one query whatever the number of
 * workspaces. Peers stay anonymous. Reads in one transaction scoped to all of the user's workspaces.
 */
export async function getBenchmark(ctx: TenantCtx, today = new Date()): Promise<BenchmarkView | null> {
  return withUserWorkspaces(ctx.userId, () => readBenchmark(ctx, today));
}

async function readBenchmark(ctx: TenantCtx, today: Date): Promise<BenchmarkView | null> {
  const [overview, profiles] = await Promise.all([getWorkspacesOverview(ctx.userId, today), workspaceProfiles(ctx.userId)]);
  const orgIds = profiles.map((p) => p.orgId);
  const [definitions, latest] = await Promise.all([overviewReads.kpis(orgIds), overviewReads.latestValues(orgIds, lastCompleteMonth(today))]);

  const profileBySlug = new Map(profiles.map((p) => [p.slug, p]));
  const kpisByOrg = groupByOrg(definitions);
  const latestByOrg = groupByOrg(latest);
  const workspaces: BenchmarkWorkspace[] = overview.flatMap((row) => {
    const profile = profileBySlug.get(row.slug);
    if (!profile) return [];
    return [
      {
        orgId: profile.orgId,
        industry: row.industry,
        sizeBand: profile.sizeBand,
        currency: row.currency,
        values: benchmarkValues({
          figures: row,
          employees: profile.employees,
          kpis: kpisByOrg.get(profile.orgId) ?? [],
          latestValues: latestByOrg.get(profile.orgId) ?? [],
        }),
      },
    ];
  });
  const self = workspaces.find((w) => w.orgId === ctx.orgId);
  // Null when the membership was removed since the tenant was resolved: "not yours", like any other.
  return self ? buildBenchmark(self, workspaces) : null;
}
