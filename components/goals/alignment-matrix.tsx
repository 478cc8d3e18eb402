"use client";

import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { initialFormState } from "@/lib/form-state";
import { saveAlignments, type MatrixSaved } from "@/lib/goals/actions";
import { cellKey } from "@/lib/goals/matrix";
import { MatrixTable, type Goal, type Technology } from "./matrix-table";
import { cellKeyHandler, strengthFromText, useMatrixEdits, type ChangedCell } from "./use-matrix-edits";

type Props = {
  slug: string;
  canEdit: boolean;
  goals: Goal[];
  technologies: Technology[];
  alignments: { investmentId: string; goalId: string; strength: number }[];
  /** Technology id → alignment score 0–100 as saved (null: serves no goal). */
  scores: Record<string, number | null>;
  /** Goal id → technologies serving it, as saved. */
  servedBy: Record<string, number>;
};
type Saved = ActionResult<MatrixSaved>;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Technologies (rows) × goals (columns), each cell 0–5, edited in place with the keyboard. All changed cells
 * are saved together, in one action, as one hidden `payload` field: the editor needs JavaScript (it says so).
 */
export function AlignmentMatrix({ slug, canEdit, goals, technologies, alignments, scores, servedBy }: Props) {
  const edits = useMatrixEdits(alignments);
  const save = useMatrixSave(slug, edits.markSaved);
  const onKeyDown = cellKeyHandler({ rows: technologies.length, cols: goals.length }, edits, () => document.getElementById("save-alignment")?.focus());
  const onChange = (value: string, k: string) => {
    const strength = strengthFromText(value);
    if (strength !== null) edits.setCell(k, strength);
  };
  const cells = { strengthAt: edits.strengthAt, changed: edits.changed, invalid: save.invalid, edit: canEdit ? { onKeyDown, onChange } : undefined };
  const table = <MatrixTable slug={slug} goals={goals} technologies={technologies} scores={scores} servedBy={servedBy} cells={cells} />;
  if (!canEdit) {
    return (
      <div className="space-y-3">
        {table}
        <Legend />
        <p className="text-xs text-slate-500">Read-only: admins and owners edit the alignment matrix.</p>
      </div>
    );
  }
  return (
    <form action={save.formAction} onSubmit={(e) => save.onSubmit(e, edits.changedCells())} className="space-y-3">
      <noscript>
        <p className="text-sm text-amber-800">Editing the matrix needs JavaScript; without it, each technology&apos;s goals can be rated on its own edit page.</p>
      </noscript>
      <p className="text-xs text-slate-500">Type 0–5 in a cell (0 = not at all, 5 = critical enabler). Arrow keys move between cells, Enter moves down, Escape undoes a cell.</p>
      <input type="hidden" name="payload" value={JSON.stringify({ cells: edits.changedCells() })} />
      {table}
      <Legend />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <SaveMessage message={save.message} failed={save.failed} />
        <div className="flex items-center gap-3">
          {edits.dirty > 0 && <span className="text-sm text-amber-700">{plural(edits.dirty, "unsaved change")}</span>}
          <SubmitButton id="save-alignment" pendingLabel="Saving…" block={false} data-testid="save-alignment">
            Save changes
          </SubmitButton>
        </div>
      </div>
    </form>
  );
}

/**
 * The save: `useActionState` over the action. Cells are sent by index, so the answer's `cells.2.strength`
 * is mapped back to the cell it names; a save with nothing changed is answered here without a round trip.
 */
function useMatrixSave(slug: string, markSaved: (cells: ChangedCell[]) => void) {
  const [state, formAction] = useActionState(saveAlignments.bind(null, slug), initialFormState as Saved);
  const [sent, setSent] = useState<{ cells: ChangedCell[]; answered?: Saved; nothing?: boolean }>({ cells: [], answered: state });
  if (sent.answered !== state) {
    setSent({ ...sent, answered: state });
    if (state.ok) markSaved(sent.cells);
  }
  function onSubmit(event: React.FormEvent, cells: ChangedCell[]) {
    if (cells.length === 0) event.preventDefault();
    setSent({ cells, answered: state, nothing: cells.length === 0 });
  }
  const keys = sent.cells.map((c) => cellKey(c.investmentId, c.goalId));
  const errorKeys = new Set(state.ok ? [] : Object.keys(state.fieldErrors ?? {}).map((path) => keys[Number(path.split(".")[1])]));
  const message = sent.nothing
    ? "No changes to save."
    : state.ok
      ? `Saved ${plural(state.data?.changed ?? 0, "change")} across ${plural(state.data?.technologies ?? 0, "technology", "technologies")}.`
      : state.message;
  return { formAction, onSubmit, message, failed: !sent.nothing && !state.ok, invalid: (k: string) => errorKeys.has(k) };
}

function SaveMessage({ message, failed }: { message?: string; failed: boolean }) {
  return (
    <p role="status" aria-live="polite" data-testid="alignment-message" className={`min-h-5 text-sm ${failed ? "text-red-700" : "text-emerald-700"}`}>
      {message}
    </p>
  );
}

function Legend() {
  return (
    <p id="matrix-legend" className="text-xs text-slate-500">
      0 not at all · 1 marginal · 2 some · 3 moderate · 4 strong · 5 critical enabler. Score: the goal-weighted mean strength on 0–100, as last saved.
    </p>
  );
}
