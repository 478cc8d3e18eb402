/**
 * The integration map and a technology's links for pages: the workspace's technologies and links loaded
 * through db/queries, composed with the pure graph functions (lib/integrations/graph.ts).
 */
import "server-only";
import { listIntegrationNodes, listIntegrations } from "@/db/queries/integrations";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { dependentsCounts, silos, transitiveDependents } from "./graph";
import type { IntegrationMap, MapEdge, TechnologyIntegrations } from "./types";

/**
 * The map of a workspace: its technologies, links, silos and dependents. Retired technologies without
 * links are left out: a switched-off system is no island to fix.
 */
export const getIntegrationMap = tenantRead(async function getIntegrationMap(ctx: TenantCtx): Promise<IntegrationMap> {
  const [all, edges] = await Promise.all([listIntegrationNodes(ctx), listIntegrations(ctx)]);
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const nodes = all.filter((n) => n.status !== "retired" || linked.has(n.id));
  const ids = nodes.map((n) => n.id);
  return { nodes, edges, silos: silos(ids, edges), dependents: Object.fromEntries(dependentsCounts(ids, edges)) };
});

/** One technology's links both ways, what depends on it, and the technologies it could be linked to. */
export const getTechnologyIntegrations = tenantRead(async function getTechnologyIntegrations(ctx: TenantCtx, investmentId: string): Promise<TechnologyIntegrations> {
  if (!isUuid(investmentId)) throw new AppError("not_found");
  const id = investmentId.toLowerCase();
  const [nodes, edges] = await Promise.all([listIntegrationNodes(ctx), listIntegrations(ctx)]);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  if (!byId.has(id)) throw new AppError("not_found");
  const link = (e: MapEdge, otherId: string) => ({ id: e.id, otherId, otherName: byId.get(otherId)?.name ?? "", otherStatus: byId.get(otherId)?.status ?? "live", description: e.description });
  const byName = (a: { otherName: string }, b: { otherName: string }) => a.otherName.localeCompare(b.otherName);
  const downstream = transitiveDependents(edges, id);
  return {
    technology: { id, name: byId.get(id)!.name },
    sendsTo: edges.filter((e) => e.from === id).map((e) => link(e, e.to)).sort(byName),
    receivesFrom: edges.filter((e) => e.to === id).map((e) => link(e, e.from)).sort(byName),
    options: nodes.filter((n) => n.id !== id).map(({ id, name }) => ({ id, name })),
    dependents: {
      direct: new Set(edges.filter((e) => e.from === id).map((e) => e.to)).size,
      transitive: downstream.length,
      names: downstream.map((d) => byId.get(d)?.name ?? "").sort((a, b) => a.localeCompare(b)),
    },
  };
});
