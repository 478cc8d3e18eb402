/**
 * Spend, value and ROI by Porter value-chain activity. Every figure is a plain sum over the technologies
 * of an activity, and ROI is lib/finance's roi on those sums, so the cells add up to the portfolio.
 */
import { roi, TIME_RULES } from "@/lib/finance";
import { valueChainActivities } from "@/lib/domain/values";
import type { RoiTone, SpendFigures, StrategyTechnology, ValueChain, ValueChainActivity, ValueChainCell } from "./types";

/** Porter's five primary activities; the other four support them. */
export const PRIMARY_ACTIVITIES: readonly ValueChainActivity[] = ["inbound_logistics", "operations", "outbound_logistics", "marketing_sales", "service"];
export const SUPPORT_ACTIVITIES: readonly ValueChainActivity[] = valueChainActivities.filter((a) => !PRIMARY_ACTIVITIES.includes(a));

export const activityKind = (a: ValueChainActivity): "primary" | "support" => (PRIMARY_ACTIVITIES.includes(a) ? "primary" : "support");

/** Bands for colouring ROI: a loss, under 25%, up to full marks on the TIME map (100%), and beyond. */
export const ROI_BANDS = { low: 0.25, strong: TIME_RULES.roiForFullMarks } as const;

export function roiTone(value: number | null): RoiTone {
  if (value === null) return "none";
  if (value < 0) return "loss";
  if (value < ROI_BANDS.low) return "low";
  if (value < ROI_BANDS.strong) return "good";
  return "strong";
}

/** The figures of a set of technologies: sums, and roi(Σ benefits, Σ costs) — null without costs. */
export function spendFigures(technologies: readonly StrategyTechnology[]): SpendFigures {
  const f = { count: 0, runRateCents: 0, tcoCents: 0, benefitsCents: 0, costsCents: 0, npvCents: 0 };
  for (const t of technologies) {
    f.count += 1;
    f.runRateCents += t.row.annualRunRateCents;
    f.tcoCents += t.row.tcoCents;
    f.benefitsCents += t.summary.totalBenefitsCents;
    f.costsCents += t.summary.totalCostsCents;
    f.npvCents += t.row.npvCents;
  }
  return { ...f, roi: f.costsCents > 0 ? roi(f.benefitsCents, f.costsCents) : null };
}

/** First of the activities with the strictly largest `score` (ties go to the earlier one in the chain); null when none scores. */
function leader(cells: readonly ValueChainCell[], score: (c: ValueChainCell) => number | null): ValueChainActivity | null {
  let best: ValueChainCell | null = null;
  for (const c of cells) {
    const s = score(c);
    if (s !== null && (best === null || s > score(best)!)) best = c;
  }
  return best?.activity ?? null;
}

export function buildValueChain(technologies: readonly StrategyTechnology[]): ValueChain {
  const byActivity = new Map<ValueChainActivity, StrategyTechnology[]>();
  for (const t of technologies) {
    const list = byActivity.get(t.row.valueChainActivity) ?? [];
    list.push(t);
    byActivity.set(t.row.valueChainActivity, list);
  }
  const activities: ValueChainCell[] = [...PRIMARY_ACTIVITIES, ...SUPPORT_ACTIVITIES].map((activity) => {
    const figures = spendFigures(byActivity.get(activity) ?? []);
    return { activity, kind: activityKind(activity), tone: roiTone(figures.roi), ...figures };
  });
  return {
    activities,
    totals: spendFigures(technologies),
    mostSpend: leader(activities, (c) => (c.tcoCents > 0 ? c.tcoCents : null)),
    bestRoi: leader(activities, (c) => c.roi),
  };
}
