"use client";

import { useRouter } from "next/navigation";
import { ConfirmDelete } from "@/components/ui/confirm-delete";
import { deleteGoal } from "@/lib/goals/actions";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Delete with a confirmation naming the goal and what goes with it: its alignments go, its KPIs stay unlinked. */
export function DeleteGoalButton({ slug, id, title, technologyCount, kpiCount }: { slug: string; id: string; title: string; technologyCount: number; kpiCount: number }) {
  const router = useRouter();
  const consequence = [
    technologyCount > 0 ? `Its alignment with ${plural(technologyCount, "technology", "technologies")} is removed.` : "No technology is aligned with it.",
    kpiCount > 0 ? `${plural(kpiCount, "KPI stays", "KPIs stay")}, no longer linked to a goal.` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <ConfirmDelete
      name={title}
      consequence={consequence}
      triggerLabel={
        <>
          Delete<span className="sr-only"> {title}</span>
        </>
      }
      triggerClassName="rounded px-2 py-1 text-xs font-medium text-red-700 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-red-200"
      triggerTestId="delete-goal"
      confirmLabel="Delete goal"
      confirmTestId="confirm-delete-goal"
      onConfirm={async () => {
        const result = await deleteGoal(slug, { id });
        if (!result.ok) return result.message ?? "Something went wrong, and nothing was deleted.";
        router.refresh();
        return null;
      }}
    />
  );
}
