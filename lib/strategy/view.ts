/** The strategy page's TIME map and value chain, from the evaluated portfolio; kept until the workspace's next write. */
import "server-only";
import { changeMarker } from "@/db/queries/portfolio";
import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { markerCache } from "@/lib/cache/marker-cache";
import { getPortfolioModel } from "@/lib/portfolio/view";
import { buildStrategyView } from "./build";
import type { StrategyView } from "./types";

const views = markerCache<StrategyView>({ maxKeys: 1 });

export const getStrategy = tenantRead(async function getStrategy(ctx: TenantCtx, today: Date = new Date()): Promise<StrategyView> {
  const marker = await changeMarker(ctx, today);
  return views.get(ctx.orgId, marker, "strategy", async () => buildStrategyView((await getPortfolioModel(ctx, today, marker)).technologies));
});
