/**
 * The goals page's portfolio figures, from the matrix as stored: pure, so the page and its tests agree.
 * "Spend" is each technology's annual run-rate (the portfolio table's figure).
 */
import { alignmentScore, portfolioAlignment } from "@/lib/finance";
import type { Perspective } from "@/lib/domain/values";

/** A link counts as "aligned" from this strength up (lib/finance's default: moderate, 3 of 5). */
export const ALIGNED_FROM = 3;

export type ViewGoal = { id: string; title: string; perspective: Perspective; weight: number };
export type ViewTechnology = { id: string; name: string; status: string; annualRunRateCents: number };
export type ViewAlignment = { investmentId: string; goalId: string; strength: number };

export type AlignmentFigures = {
  /** Share of annual run-rate on technologies with at least one link of strength ≥ ALIGNED_FROM; null without spend. */
  alignedSpendShare: number | null;
  spendCents: number;
  alignedSpendCents: number;
  /** Share of goals with at least one technology linked at strength ≥ ALIGNED_FROM; null without goals. */
  goalsEnabledShare: number | null;
  goalCount: number;
  enabledGoalCount: number;
  technologyCount: number;
  alignedTechnologyCount: number;
};

export type AlignmentView = {
  figures: AlignmentFigures;
  /** Technology id → goal-weighted alignment score 0–100, or null when it serves no goal. */
  scores: Record<string, number | null>;
  /** Goal id → how many technologies serve it (strength > 0). */
  servedBy: Record<string, number>;
  goalsWithoutTechnology: ViewGoal[];
  /** Technologies in use (not retired) that serve no goal at all. */
  technologiesWithoutGoal: ViewTechnology[];
};

export function buildAlignmentView(input: { goals: readonly ViewGoal[]; technologies: readonly ViewTechnology[]; alignments: readonly ViewAlignment[] }): AlignmentView {
  const goalIds = new Set(input.goals.map((g) => g.id));
  const weight = new Map(input.goals.map((g) => [g.id, g.weight]));
  // Only links to goals still on the page count; strength 0 is "not aligned" wherever it comes from.
  const links = input.alignments.filter((a) => a.strength > 0 && goalIds.has(a.goalId));
  const byTech = new Map<string, ViewAlignment[]>();
  for (const a of links) (byTech.get(a.investmentId) ?? byTech.set(a.investmentId, []).get(a.investmentId)!).push(a);

  const scores: Record<string, number | null> = {};
  for (const t of input.technologies) {
    const own = byTech.get(t.id) ?? [];
    scores[t.id] = own.length ? alignmentScore(own.map((a) => ({ strength: a.strength, goalWeight: weight.get(a.goalId) }))) : null;
  }

  const servedBy: Record<string, number> = Object.fromEntries(input.goals.map((g) => [g.id, 0]));
  const techIds = new Set(input.technologies.map((t) => t.id));
  for (const a of links) if (techIds.has(a.investmentId)) servedBy[a.goalId] += 1;

  const investments = input.technologies.map((t) => ({ spendCents: Math.max(0, t.annualRunRateCents), alignments: byTech.get(t.id) ?? [] }));
  const shares = portfolioAlignment({ investments, goalIds: [...goalIds], threshold: ALIGNED_FROM });
  const isAligned = (t: ViewTechnology) => (byTech.get(t.id) ?? []).some((a) => a.strength >= ALIGNED_FROM);
  const enabled = new Set(links.filter((a) => a.strength >= ALIGNED_FROM && techIds.has(a.investmentId)).map((a) => a.goalId));

  return {
    figures: {
      alignedSpendShare: shares.alignedSpendShare,
      spendCents: investments.reduce((s, i) => s + i.spendCents, 0),
      alignedSpendCents: input.technologies.filter(isAligned).reduce((s, t) => s + Math.max(0, t.annualRunRateCents), 0),
      goalsEnabledShare: shares.goalsEnabledShare,
      goalCount: goalIds.size,
      enabledGoalCount: enabled.size,
      technologyCount: input.technologies.length,
      alignedTechnologyCount: input.technologies.filter(isAligned).length,
    },
    scores,
    servedBy,
    goalsWithoutTechnology: input.goals.filter((g) => servedBy[g.id] === 0),
    technologiesWithoutGoal: input.technologies.filter((t) => t.status !== "retired" && scores[t.id] === null),
  };
}
