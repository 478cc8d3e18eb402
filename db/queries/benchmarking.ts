import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { memberships, organizations } from "@/db/schema";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { buildBenchmark, type BenchmarkView, type BenchmarkWorkspace } from "@/lib/benchmarking/build";
import { benchmarkValues } from "@/lib/benchmarking/metrics";
import { toMonth } from "@/lib/portfolio/timeline";
import { withUserWorkspaces } from "./tenants";
import { getWorkspacesOverview, overviewReads } from "./workspaces-overview";

/** Size band and head count of the user's workspaces: what the overview does not read. Scoped by user. */
function workspaceProfiles(userId: string) {
  return db
    .select({ orgId: organizations.id, slug: organizations.slug, sizeBand: organizations.sizeBand, employees: organizations.employees })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.orgId))
    .where(eq(memberships.userId, userId));
}

function groupByOrg<T extends { orgId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) (map.get(row.orgId) ?? map.set(row.orgId, []).get(row.orgId)!).push(row);
  return map;
}

/**
 * This workspace against the user's other workspaces in the same industry (or size band), as of the current
 * month. Batch reads only: the overview's figures for all of the user's workspaces, their profiles, and their
 * KPIs with latest values, each one query whatever the number of workspaces. Peers stay anonymous. Reads
 * in one transaction scoped to all of the user's workspaces.
 */
export async function getBenchmark(ctx: TenantCtx, today = new Date()): Promise<BenchmarkView | null> {
  return withUserWorkspaces(ctx.userId, () => readBenchmark(ctx, today));
}

async function readBenchmark(ctx: TenantCtx, today: Date): Promise<BenchmarkView | null> {
  const [overview, profiles] = await Promise.all([getWorkspacesOverview(ctx.userId, today), workspaceProfiles(ctx.userId)]);
  const orgIds = profiles.map((p) => p.orgId);
  const [definitions, latest] = await Promise.all([overviewReads.kpis(orgIds), overviewReads.latestValues(orgIds, toMonth(today))]);

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
