/** The goal pages' reads: one entry per page, each reading through db/queries. */
import "server-only";
import { getAlignmentMatrix, getGoal, listGoals } from "@/db/queries/goals";
import { listGoalsForAlignment } from "@/db/queries/technology-writes";
import type { TenantCtx } from "@/lib/auth/tenant-context";
import { listPortfolio } from "@/lib/portfolio/view";
import { buildAlignmentView } from "./alignment-view";

/** The goals, the alignment matrix and its figures; spend is the portfolio table's run-rate, so the figures match the portfolio's. */
export async function loadGoals(ctx: TenantCtx) {
  const [goals, matrix, portfolio] = await Promise.all([listGoals(ctx), getAlignmentMatrix(ctx), listPortfolio(ctx)]);
  const runRate = new Map(portfolio.map((r) => [r.id, r.annualRunRateCents]));
  const view = buildAlignmentView({
    goals: matrix.goals,
    technologies: matrix.technologies.map((t) => ({ ...t, annualRunRateCents: runRate.get(t.id) ?? 0 })),
    alignments: matrix.alignments,
  });
  return { goals, matrix, view };
}
export type GoalsPageData = Awaited<ReturnType<typeof loadGoals>>;

/** A goal's edit form (not_found when it is not this workspace's). */
export const loadGoalEditor = (ctx: TenantCtx, id: string) => getGoal(ctx, id);

/** The goals a new technology's form offers to align it with. */
export const loadGoalsForAlignment = (ctx: TenantCtx) => listGoalsForAlignment(ctx);
