import Link from "next/link";
import type { GoalListRow } from "@/db/queries/goals";
import { label } from "@/lib/domain/labels";
import { DeleteGoalButton } from "./delete-goal-button";

type Props = { slug: string; rows: GoalListRow[]; canEdit: boolean };

const th = "px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-slate-500";
const td = "px-3 py-2 text-sm text-slate-700";

/** The workspace's goals in scorecard order; admins get edit and delete on each row. */
export function GoalList({ slug, rows, canEdit }: Props) {
  const totalWeight = rows.reduce((s, r) => s + r.goal.weight, 0);
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-100" data-testid="goal-table">
        <caption className="sr-only">Strategic goals</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>Goal</th>
            <th scope="col" className={th}>Perspective</th>
            <th scope="col" className={`${th} text-right`}>Weight</th>
            <th scope="col" className={th}>Target</th>
            <th scope="col" className={th}>By</th>
            <th scope="col" className={`${th} text-right`}>Technologies</th>
            <th scope="col" className={`${th} text-right`}>KPIs</th>
            {canEdit && (
              <th scope="col" className={th}>
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map(({ goal, technologyCount, kpiCount }) => (
            <tr key={goal.id} data-testid="goal-row" data-goal={goal.id}>
              <th scope="row" className={`${td} text-left font-medium text-slate-900`}>
                {goal.title}
              </th>
              <td className={td}>{label(goal.perspective)}</td>
              <td className={`${td} text-right tabular-nums`}>{goal.weight}</td>
              <td className={`${td} max-w-sm`}>{goal.targetText || "—"}</td>
              <td className={`${td} whitespace-nowrap`}>{goal.targetDate ?? "—"}</td>
              <td className={`${td} text-right tabular-nums`}>{technologyCount}</td>
              <td className={`${td} text-right tabular-nums`}>{kpiCount}</td>
              {canEdit && (
                <td className={`${td} whitespace-nowrap text-right`}>
                  <Link href={`/w/${slug}/goals/${goal.id}/edit`} className="rounded px-2 py-1 text-xs font-medium text-indigo-700 hover:bg-indigo-50" data-testid="edit-goal">
                    Edit<span className="sr-only"> {goal.title}</span>
                  </Link>
                  <DeleteGoalButton slug={slug} id={goal.id} title={goal.title} technologyCount={technologyCount} kpiCount={kpiCount} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-100">
            <td colSpan={canEdit ? 8 : 7} className="px-3 py-2 text-xs text-slate-500">
              Weights total {totalWeight}. They are relative: a goal weighted 30 counts three times one weighted 10 in each technology&apos;s alignment score.
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
