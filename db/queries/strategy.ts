import { tenantRead } from "@/db/scope";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { deepFreeze } from "@/lib/deep-freeze";
import { buildStrategyView } from "@/lib/strategy/build";
import type { StrategyView } from "@/lib/strategy/types";
import { changeMarker, loadPortfolioModel } from "./portfolio";

/**
 * Finished views per workspace, reused while nothing changed (the same marker as the portfolio model:
 * latest audit id and day). Frozen and shared between requests: never mutate a view.
 */
const cached = new Map<string, { key: string; view: StrategyView }>();
const MAX_CACHED_WORKSPACES = 200;

/** The strategy page's TIME map entries and value chain for the tenant's workspace. */
export const getStrategy = tenantRead(async function getStrategy(ctx: TenantCtx, today: Date = new Date()): Promise<StrategyView> {
  const key = await changeMarker(ctx, today);
  const hit = cached.get(ctx.orgId);
  if (hit?.key === key) return hit.view;
  const model = await loadPortfolioModel(ctx, today, key);
  const view = deepFreeze(buildStrategyView(model.technologies));
  cached.delete(ctx.orgId);
  cached.set(ctx.orgId, { key, view });
  if (cached.size > MAX_CACHED_WORKSPACES) cached.delete(cached.keys().next().value!);
  return view;
});
