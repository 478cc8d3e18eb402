"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { label } from "@/lib/domain/labels";
import { saveAlignments, type MatrixSaved } from "@/lib/goals/actions";
import { cellKey, moveInGrid, strengthFromKey } from "@/lib/goals/matrix";

type Goal = { id: string; title: string; perspective: string; weight: number };
type Technology = { id: string; name: string; status: string };
type Link_ = { investmentId: string; goalId: string; strength: number };

type Props = {
  slug: string;
  canEdit: boolean;
  goals: Goal[];
  technologies: Technology[];
  alignments: Link_[];
  /** Technology id → alignment score 0–100 as saved (null: serves no goal). */
  scores: Record<string, number | null>;
  /** Goal id → technologies serving it, as saved. */
  servedBy: Record<string, number>;
};

const STRENGTH_WORDS = ["not at all", "marginal", "some", "moderate", "strong", "critical enabler"];
const tone = ["bg-white text-slate-400", "bg-indigo-50 text-indigo-900", "bg-indigo-100 text-indigo-900", "bg-indigo-200 text-indigo-950", "bg-indigo-400 text-white", "bg-indigo-600 text-white"];
const th = "px-2 py-2 text-xs font-medium text-slate-600";

const toMap = (links: Link_[]) => new Map(links.map((l) => [cellKey(l.investmentId, l.goalId), l.strength]));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Technologies (rows) × goals (columns), each cell 0–5. Keyboard: arrows move, Home/End jump along the row,
 * digits 0–5 set a strength, Backspace/Delete clear it, Escape undoes the cell, Tab / Shift+Tab walk the
 * cells in reading order and leave the grid at its ends, Enter moves down (from the last row to Save).
 * All changed cells are saved together, in one action.
 */
export function AlignmentMatrix({ slug, canEdit, goals, technologies, alignments, scores, servedBy }: Props) {
  const router = useRouter();
  const grid = useRef<HTMLTableElement>(null);
  const saveButton = useRef<HTMLButtonElement>(null);
  const [saved, setSaved] = useState(() => toMap(alignments));
  const [edits, setEdits] = useState<Map<string, number>>(new Map());
  const [result, setResult] = useState<ActionResult<MatrixSaved> & { keys?: string[] }>();
  const [pending, startTransition] = useTransition();

  // Fresh server data (after a save, or someone else's) becomes the new baseline; pending edits stay.
  const [prevAlignments, setPrevAlignments] = useState(alignments);
  if (prevAlignments !== alignments) {
    setPrevAlignments(alignments);
    setSaved(toMap(alignments));
  }

  const dirty = useMemo(() => [...edits].filter(([k, v]) => (saved.get(k) ?? 0) !== v).length, [edits, saved]);
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const strengthAt = (k: string) => edits.get(k) ?? saved.get(k) ?? 0;
  const errorKeys = new Set(result && !result.ok ? Object.keys(result.fieldErrors ?? {}).map((path) => result.keys?.[Number(path.split(".")[1])]) : []);

  function setCell(k: string, strength: number) {
    setEdits((current) => {
      const next = new Map(current);
      if ((saved.get(k) ?? 0) === strength) next.delete(k);
      else next.set(k, strength);
      return next;
    });
  }

  const focusCell = (row: number, col: number) => grid.current?.querySelector<HTMLInputElement>(`#cell-${row}-${col}`)?.focus();

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>, row: number, col: number, k: string) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const strength = strengthFromKey(event.key);
    if (strength !== null) {
      event.preventDefault();
      return setCell(k, strength);
    }
    const to = moveInGrid(event.key, { row, col }, { rows: technologies.length, cols: goals.length });
    if (to) {
      event.preventDefault();
      return focusCell(to.row, to.col);
    }
    if (event.key === "Tab") {
      // Like a spreadsheet: Tab walks the cells in reading order; past the last (or before the first) it leaves the grid.
      const next = row * goals.length + col + (event.shiftKey ? -1 : 1);
      if (next < 0 || next >= technologies.length * goals.length) return;
      event.preventDefault();
      return focusCell(Math.floor(next / goals.length), next % goals.length);
    }
    if (event.key === "Enter") {
      event.preventDefault();
      return row < technologies.length - 1 ? focusCell(row + 1, col) : saveButton.current?.focus();
    }
    if (event.key === "Escape") {
      event.preventDefault();
      return setCell(k, saved.get(k) ?? 0);
    }
    // Any other character would put something other than a strength in the cell.
    if (event.key.length === 1) event.preventDefault();
  }

  /** Paste, autofill or a phone keyboard: keep the last 0–5 typed; an emptied cell is 0. */
  function onChange(value: string, k: string) {
    const digit = value.match(/[0-5](?=[^0-5]*$)/)?.[0];
    if (digit !== undefined) setCell(k, Number(digit));
    else if (value.trim() === "") setCell(k, 0);
  }

  function save() {
    if (pending) return;
    const changed = [...edits].filter(([k, v]) => (saved.get(k) ?? 0) !== v);
    if (changed.length === 0) return setResult({ ok: true, message: "No changes to save." });
    const cells = changed.map(([k, strength]) => {
      const [investmentId, goalId] = k.split(":");
      return { investmentId, goalId, strength, was: saved.get(k) ?? 0 };
    });
    startTransition(async () => {
      const outcome = await saveAlignments(slug, { cells });
      if (outcome.ok) {
        setSaved((s) => new Map([...s, ...changed]));
        setEdits(new Map());
        router.refresh();
      }
      setResult({ ...outcome, keys: changed.map(([k]) => k) });
    });
  }

  const message = result?.ok
    ? (result.message ?? `Saved ${plural(result.data?.changed ?? 0, "change")} across ${plural(result.data?.technologies ?? 0, "technology", "technologies")}.`)
    : result?.message;

  return (
    <div className="space-y-3">
      {canEdit && (
        <p className="text-xs text-slate-500">
          Type 0–5 in a cell (0 = not at all, 5 = critical enabler). Arrow keys move between cells, Enter moves down, Escape undoes a cell.
        </p>
      )}
      <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm">
        <table ref={grid} className="min-w-full border-collapse text-sm" data-testid="alignment-matrix" aria-describedby="matrix-legend">
          <caption className="sr-only">Alignment of each technology (rows) with each goal (columns), 0 to 5</caption>
          <thead>
            <tr className="border-b border-slate-200 align-bottom">
              <th scope="col" className={`${th} sticky left-0 z-10 bg-white text-left`}>
                Technology
              </th>
              {goals.map((g) => (
                <th key={g.id} scope="col" className={`${th} w-28 min-w-28 text-center`} data-goal={g.id}>
                  <span className="line-clamp-3 font-semibold text-slate-800" title={g.title}>
                    {g.title}
                  </span>
                  <span className="block font-normal text-slate-500">
                    {label(g.perspective)} · weight {g.weight}
                  </span>
                </th>
              ))}
              <th scope="col" className={`${th} text-right`} title="Goal-weighted mean strength, 0–100, as saved">
                Score
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {technologies.map((t, row) => (
              <tr key={t.id} data-technology={t.id}>
                <th scope="row" className="sticky left-0 z-10 bg-white px-2 py-1.5 text-left font-medium text-slate-900">
                  {/* While editing, Tab walks the cells; the technology pages stay one click (and the portfolio) away. */}
                  <Link href={`/w/${slug}/portfolio/${t.id}`} tabIndex={canEdit ? -1 : undefined} className="hover:text-indigo-700 hover:underline">
                    {t.name}
                  </Link>
                  <span className="block text-xs font-normal text-slate-500">{label(t.status)}</span>
                </th>
                {goals.map((g, col) => {
                  const k = cellKey(t.id, g.id);
                  const strength = strengthAt(k);
                  const changed = edits.has(k) && (saved.get(k) ?? 0) !== strength;
                  const invalid = errorKeys.has(k);
                  const name = `${t.name} serves ${g.title}: ${strength} of 5, ${STRENGTH_WORDS[strength]}`;
                  const common = { "data-testid": "alignment-cell", "data-goal": g.id, "data-technology": t.id, "data-strength": strength };
                  return (
                    <td key={g.id} className="p-1 text-center">
                      {canEdit ? (
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
                          className={`h-9 w-12 rounded-md border text-center font-semibold tabular-nums caret-transparent focus:outline-none focus:ring-2 focus:ring-indigo-500 ${tone[strength]} ${
                            invalid ? "border-red-500 ring-2 ring-red-300" : changed ? "border-amber-500 ring-2 ring-amber-300" : "border-slate-200"
                          }`}
                        />
                      ) : (
                        <span {...common} role="img" aria-label={name} className={`inline-flex h-9 w-12 items-center justify-center rounded-md border border-slate-200 font-semibold tabular-nums ${tone[strength]}`}>
                          {strength}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td className="px-2 py-1.5 text-right tabular-nums text-slate-700" data-testid="alignment-score">
                  {scores[t.id] == null ? "—" : scores[t.id]!.toFixed(0)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-slate-200 text-xs text-slate-500">
              <th scope="row" className="sticky left-0 z-10 bg-white px-2 py-2 text-left font-medium">
                Technologies serving it
              </th>
              {goals.map((g) => (
                <td key={g.id} className={`px-2 py-2 text-center tabular-nums ${servedBy[g.id] ? "" : "font-semibold text-amber-700"}`}>
                  {servedBy[g.id] ?? 0}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <p id="matrix-legend" className="text-xs text-slate-500">
        0 not at all · 1 marginal · 2 some · 3 moderate · 4 strong · 5 critical enabler. Score: the goal-weighted mean strength on 0–100, as last saved.
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" aria-live="polite" data-testid="alignment-message" className={`min-h-5 text-sm ${result && !result.ok ? "text-red-700" : "text-emerald-700"}`}>
          {message}
        </p>
        {canEdit ? (
          <div className="flex items-center gap-3">
            {dirty > 0 && <span className="text-sm text-amber-700">{plural(dirty, "unsaved change")}</span>}
            <button
              ref={saveButton}
              type="button"
              onClick={save}
              disabled={pending}
              data-testid="save-alignment"
              className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-300 disabled:cursor-wait disabled:opacity-70"
            >
              {pending ? "Saving…" : "Save changes"}
            </button>
          </div>
        ) : (
          <p className="text-xs text-slate-500">Read-only: admins and owners edit the alignment matrix.</p>
        )}
      </div>
    </div>
  );
}
