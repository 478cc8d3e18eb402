import { ActionsHeader, RowActions } from "@/components/portfolio/form/row-actions";
import { TableShell, Td, Th, THead } from "@/components/ui/table";
import type { GoalListRow } from "@/db/queries/goals";
import { label } from "@/lib/domain/labels";
import { DeleteGoalButton } from "./delete-goal-button";

type Props = { slug: string; rows: GoalListRow[]; canEdit: boolean };

/** The workspace's goals in scorecard order; admins get edit and delete on each row. */
export function GoalList({ slug, rows, canEdit }: Props) {
  const totalWeight = rows.reduce((s, r) => s + r.goal.weight, 0);
  return (
    <TableShell data-testid="goal-table">
      <caption className="sr-only">Strategic goals</caption>
      <THead className="bg-transparent">
        <tr>
          <Th>Goal</Th>
          <Th>Perspective</Th>
          <Th align="right">Weight</Th>
          <Th>Target</Th>
          <Th>By</Th>
          <Th align="right">Technologies</Th>
          <Th align="right">KPIs</Th>
          {canEdit && <ActionsHeader />}
        </tr>
      </THead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <GoalRow key={row.goal.id} row={row} slug={slug} canEdit={canEdit} />
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t border-slate-100">
          <td colSpan={canEdit ? 8 : 7} className="px-3 py-2 text-xs text-slate-500">
            Weights total {totalWeight}. They are relative: a goal weighted 30 counts three times one weighted 10 in each technology&apos;s alignment score.
          </td>
        </tr>
      </tfoot>
    </TableShell>
  );
}

function GoalRow({ row: { goal, technologyCount, kpiCount }, slug, canEdit }: { row: GoalListRow; slug: string; canEdit: boolean }) {
  return (
    <tr data-testid="goal-row" data-goal={goal.id}>
      <th scope="row" className="px-3 py-2 text-left font-medium text-slate-900">
        {goal.title}
      </th>
      <Td>{label(goal.perspective)}</Td>
      <Td align="right">{goal.weight}</Td>
      <Td className="max-w-sm">{goal.targetText || "—"}</Td>
      <Td className="whitespace-nowrap">{goal.targetDate ?? "—"}</Td>
      <Td align="right">{technologyCount}</Td>
      <Td align="right">{kpiCount}</Td>
      {canEdit && (
        <RowActions editHref={`/w/${slug}/goals/${goal.id}/edit`} name={goal.title} editTestId="edit-goal">
          <DeleteGoalButton slug={slug} id={goal.id} title={goal.title} technologyCount={technologyCount} kpiCount={kpiCount} />
        </RowActions>
      )}
    </tr>
  );
}
