import { describe, expect, it } from "vitest";
import { portfolioAlignment } from "@/lib/finance";
import { buildAlignmentView, type ViewAlignment, type ViewGoal, type ViewTechnology } from "./alignment-view";

const goals: ViewGoal[] = [
  { id: "online", title: "Grow online orders", perspective: "financial", weight: 30 },
  { id: "waste", title: "Cut food waste", perspective: "internal_process", weight: 10 },
  { id: "team", title: "Keep a skilled team", perspective: "learning_growth", weight: 10 },
];
const technologies: ViewTechnology[] = [
  { id: "shop", name: "Web shop", status: "live", annualRunRateCents: 600_000 },
  { id: "pos", name: "Till system", status: "live", annualRunRateCents: 300_000 },
  { id: "chat", name: "Chat", status: "live", annualRunRateCents: 100_000 },
  { id: "old", name: "Old fax", status: "retired", annualRunRateCents: 0 },
];
const alignments: ViewAlignment[] = [
  { investmentId: "shop", goalId: "online", strength: 5 },
  { investmentId: "shop", goalId: "waste", strength: 1 },
  { investmentId: "pos", goalId: "waste", strength: 2 }, // served, but below "aligned"
];

describe("buildAlignmentView", () => {
  const view = buildAlignmentView({ goals, technologies, alignments });

  it("gives the share of spend on aligned technologies and of goals enabled, with their counts", () => {
    expect(view.figures).toEqual({
      alignedSpendShare: 0.6, // 6,000 of 10,000
      spendCents: 1_000_000,
      alignedSpendCents: 600_000,
      goalsEnabledShare: 1 / 3, // only "online" has a link ≥ 3
      goalCount: 3,
      enabledGoalCount: 1,
      technologyCount: 4,
      alignedTechnologyCount: 1,
    });
    const finance = portfolioAlignment({
      investments: technologies.map((t) => ({ spendCents: t.annualRunRateCents, alignments: alignments.filter((a) => a.investmentId === t.id) })),
      goalIds: goals.map((g) => g.id),
    });
    expect([view.figures.alignedSpendShare, view.figures.goalsEnabledShare]).toEqual([finance.alignedSpendShare, finance.goalsEnabledShare]);
  });

  it("scores each technology by goal weight, null when it serves no goal", () => {
    // Web shop: (30 × 5 + 10 × 1) / 40 = 4 of 5 → 80.
    expect(view.scores).toEqual({ shop: 80, pos: 40, chat: null, old: null });
  });

  it("flags goals no technology serves and technologies in use that serve no goal", () => {
    expect(view.servedBy).toEqual({ online: 1, waste: 2, team: 0 });
    expect(view.goalsWithoutTechnology.map((g) => g.id)).toEqual(["team"]);
    expect(view.technologiesWithoutGoal.map((t) => t.id)).toEqual(["chat"]); // the retired fax is not flagged
  });

  it("answers null shares for a workspace without spend or goals, and ignores links to goals not shown", () => {
    const empty = buildAlignmentView({ goals: [], technologies: [{ ...technologies[2], annualRunRateCents: 0 }], alignments: [{ investmentId: "chat", goalId: "gone", strength: 5 }] });
    expect(empty.figures).toMatchObject({ alignedSpendShare: null, goalsEnabledShare: null, alignedTechnologyCount: 0 });
    expect(empty.scores).toEqual({ chat: null });
    expect(empty.technologiesWithoutGoal.map((t) => t.id)).toEqual(["chat"]);
  });
});
