import Link from "next/link";
import type { KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { TableShell } from "@/components/ui/table";
import { label } from "@/lib/domain/labels";
import { cellKey } from "@/lib/goals/matrix";

export type Goal = { id: string; title: string; perspective: string; weight: number };
export type Technology = { id: string; name: string; status: string };

const STRENGTH_WORDS = ["not at all", "marginal", "some", "moderate", "strong", "critical enabler"];
const tone = ["bg-white text-slate-400", "bg-indigo-50 text-indigo-900", "bg-indigo-100 text-indigo-900", "bg-indigo-200 text-indigo-950", "bg-indigo-400 text-white", "bg-indigo-600 text-white"];
const th = "px-2 py-2 text-xs font-medium text-slate-600";
const stickyCell = "sticky left-0 z-10 bg-white";

/** How each cell is shown and, when editable, edited. */
export type CellView = {
  strengthAt: (key: string) => number;
  changed: (key: string) => boolean;
  invalid: (key: string) => boolean;
  /** Absent for a read-only matrix. */
  edit?: {
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, key: string) => void;
    onChange: (value: string, key: string) => void;
  };
};

type Props = {
  slug: string;
  goals: Goal[];
  technologies: Technology[];
  scores: Record<string, number | null>;
  servedBy: Record<string, number>;
  cells: CellView;
};

/** Technologies (rows) × goals (columns), each cell 0–5, with each technology's score and each goal's count. */
export function MatrixTable({ slug, goals, technologies, scores, servedBy, cells }: Props) {
  return (
    <TableShell className="border-collapse divide-y-0" data-testid="alignment-matrix" aria-describedby="matrix-legend">
      <caption className="sr-only">Alignment of each technology (rows) with each goal (columns), 0 to 5</caption>
      <MatrixHead goals={goals} />
      <tbody className="divide-y divide-slate-100">
        {technologies.map((t, row) => (
          <tr key={t.id} data-technology={t.id}>
            <th scope="row" className={cn(stickyCell, "px-2 py-1.5 text-left font-medium text-slate-900")}>
              {/* While editing, Tab walks the cells; the technology pages stay one click (and the portfolio) away. */}
              <Link href={`/w/${slug}/portfolio/${t.id}`} tabIndex={cells.edit ? -1 : undefined} className="hover:text-indigo-700 hover:underline">
                {t.name}
              </Link>
              <span className="block text-xs font-normal text-slate-500">{label(t.status)}</span>
            </th>
            {goals.map((g, col) => (
              <td key={g.id} className="p-1 text-center">
                <MatrixCell technology={t} goal={g} row={row} col={col} cells={cells} />
              </td>
            ))}
            <td className="px-2 py-1.5 text-right tabular-nums text-slate-700" data-testid="alignment-score">
              {scores[t.id] == null ? "—" : scores[t.id]!.toFixed(0)}
            </td>
          </tr>
        ))}
      </tbody>
      <MatrixFoot goals={goals} servedBy={servedBy} />
    </TableShell>
  );
}

function MatrixHead({ goals }: { goals: Goal[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-200 align-bottom">
        <th scope="col" className={cn(th, stickyCell, "text-left")}>
          Technology
        </th>
        {goals.map((g) => (
          <th key={g.id} scope="col" className={cn(th, "w-28 min-w-28 text-center")} data-goal={g.id}>
            <span className="line-clamp-3 font-semibold text-slate-800" title={g.title}>
              {g.title}
            </span>
            <span className="block font-normal text-slate-500">
              {label(g.perspective)} · weight {g.weight}
            </span>
          </th>
        ))}
        <th scope="col" className={cn(th, "text-right")} title="Goal-weighted mean strength, 0–100, as saved">
          Score
        </th>
      </tr>
    </thead>
  );
}

function MatrixFoot({ goals, servedBy }: { goals: Goal[]; servedBy: Record<string, number> }) {
  return (
    <tfoot>
      <tr className="border-t border-slate-200 text-xs text-slate-500">
        <th scope="row" className={cn(stickyCell, "px-2 py-2 text-left font-medium")}>
          Technologies serving it
        </th>
        {goals.map((g) => (
          <td key={g.id} className={cn("px-2 py-2 text-center tabular-nums", !servedBy[g.id] && "font-semibold text-amber-700")}>
            {servedBy[g.id] ?? 0}
          </td>
        ))}
        <td />
      </tr>
    </tfoot>
  );
}

function MatrixCell({ technology: t, goal: g, row, col, cells }: { technology: Technology; goal: Goal; row: number; col: number; cells: CellView }) {
  const k = cellKey(t.id, g.id);
  const strength = cells.strengthAt(k);
  const name = `${t.name} serves ${g.title}: ${strength} of 5, ${STRENGTH_WORDS[strength]}`;
  const common = { "data-testid": "alignment-cell", "data-goal": g.id, "data-technology": t.id, "data-strength": strength };
  if (!cells.edit) {
    return (
      <span {...common} role="img" aria-label={name} className={cn("inline-flex h-9 w-12 items-center justify-center rounded-md border border-slate-200 font-semibold tabular-nums", tone[strength])}>
        {strength}
      </span>
    );
  }
  const { onKeyDown, onChange } = cells.edit;
  const changed = cells.changed(k);
  const invalid = cells.invalid(k);
  return (
    <input
      id={`cell-${row}-${col}`}
      {...common}
      data-changed={changed || undefined}
      value={String(strength)}
      inputMode="numeric"
      autoComplete="off"
      aria-label={name}
      aria-invalid={invalid || undefined}
      onFocus={(e) => e.currentTarget.select()}
      onKeyDown={(e) => onKeyDown(e, row, col, k)}
      onChange={(e) => onChange(e.target.value, k)}
      className={cn(
        "h-9 w-12 rounded-md border text-center font-semibold tabular-nums caret-transparent focus:outline-none focus:ring-2 focus:ring-indigo-500",
        tone[strength],
        invalid ? "border-red-500 ring-2 ring-red-300" : changed ? "border-amber-500 ring-2 ring-amber-300" : "border-slate-200",
      )}
    />
  );
}
