"use client";

import { DeleteButton } from "@/components/portfolio/form/delete-button";
import { deleteGoal } from "@/lib/goals/actions";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What goes with a goal: its alignments go, its KPIs stay unlinked. */
function consequenceOf(technologyCount: number, kpiCount: number): string {
  const alignments = technologyCount > 0 ? `Its alignment with ${plural(technologyCount, "technology", "technologies")} is removed.` : "No technology is aligned with it.";
  return kpiCount > 0 ? `${alignments} ${plural(kpiCount, "KPI stays", "KPIs stay")}, no longer linked to a goal.` : alignments;
}

/** Delete with a confirmation naming the goal and what goes with it. */
export function DeleteGoalButton({ slug, id, title, technologyCount, kpiCount }: { slug: string; id: string; title: string; technologyCount: number; kpiCount: number }) {
  return (
    <DeleteButton
      name={title}
      consequence={consequenceOf(technologyCount, kpiCount)}
      triggerTestId="delete-goal"
      confirmLabel="Delete goal"
      confirmTestId="confirm-delete-goal"
      remove={() => deleteGoal(slug, { id })}
    />
  );
}
