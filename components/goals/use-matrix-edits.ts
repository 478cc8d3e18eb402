"use client";

import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { cellKey, moveInGrid, strengthFromKey } from "@/lib/goals/matrix";

type Link = { investmentId: string; goalId: string; strength: number };
export type ChangedCell = { investmentId: string; goalId: string; strength: number; was: number };

const toMap = (links: Link[]) => new Map(links.map((l) => [cellKey(l.investmentId, l.goalId), l.strength]));
const focusCell = (row: number, col: number) => document.getElementById(`cell-${row}-${col}`)?.focus();

/**
 * The matrix's strengths as saved and as edited since. Fresh server data (after a save, or someone else's)
 * becomes the new baseline; pending edits stay. Leaving the page with unsaved edits asks first.
 */
export function useMatrixEdits(alignments: Link[]) {
  const [saved, setSaved] = useState(() => toMap(alignments));
  const [edits, setEdits] = useState<Map<string, number>>(new Map());
  const [prevAlignments, setPrevAlignments] = useState(alignments);
  if (prevAlignments !== alignments) {
    setPrevAlignments(alignments);
    setSaved(toMap(alignments));
  }
  const was = (k: string) => saved.get(k) ?? 0;
  const changedEntries = useMemo(() => [...edits].filter(([k, v]) => (saved.get(k) ?? 0) !== v), [edits, saved]);
  useEffect(() => {
    if (!changedEntries.length) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [changedEntries.length]);

  function setCell(k: string, strength: number) {
    setEdits((current) => {
      const next = new Map(current);
      if ((saved.get(k) ?? 0) === strength) next.delete(k);
      else next.set(k, strength);
      return next;
    });
  }

  return {
    strengthAt: (k: string) => edits.get(k) ?? was(k),
    changed: (k: string) => edits.has(k) && was(k) !== (edits.get(k) ?? 0),
    /** The cells to send: only those that differ from what was saved, each with the strength the editor saw. */
    changedCells: (): ChangedCell[] =>
      changedEntries.map(([k, strength]) => {
        const [investmentId, goalId] = k.split(":");
        return { investmentId, goalId, strength, was: was(k) };
      }),
    dirty: changedEntries.length,
    /** After a save: those cells are the baseline now, and no longer edits. */
    markSaved: (cells: ChangedCell[]) => {
      setSaved((s) => new Map([...s, ...cells.map((c) => [cellKey(c.investmentId, c.goalId), c.strength] as const)]));
      setEdits(new Map());
    },
    setCell,
    undo: (k: string) => setCell(k, was(k)),
  };
}

type Size = { rows: number; cols: number };

/**
 * Keyboard: arrows move, Home/End jump along the row, digits 0–5 set a strength, Backspace/Delete clear it,
 * Escape undoes the cell, Tab / Shift+Tab walk the cells in reading order and leave the grid at its ends,
 * Enter moves down (from the last row to `onLastEnter`).
 */
export function cellKeyHandler(size: Size, edits: Pick<ReturnType<typeof useMatrixEdits>, "setCell" | "undo">, onLastEnter: () => void) {
  /** Whether the key was the grid's (so the browser's own handling is prevented). */
  function handle(event: KeyboardEvent<HTMLInputElement>, row: number, col: number, k: string): boolean {
    const strength = strengthFromKey(event.key);
    if (strength !== null) {
      edits.setCell(k, strength);
      return true;
    }
    const to = moveInGrid(event.key, { row, col }, size) ?? tabTarget(event, row, col, size);
    if (to) {
      focusCell(to.row, to.col);
      return true;
    }
    if (event.key === "Enter") {
      if (row < size.rows - 1) focusCell(row + 1, col);
      else onLastEnter();
      return true;
    }
    if (event.key === "Escape") {
      edits.undo(k);
      return true;
    }
    // Any other character would put something other than a strength in the cell.
    return event.key.length === 1;
  }
  return (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, k: string) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (handle(event, row, col, k)) event.preventDefault();
  };
}

/** Like a spreadsheet: Tab walks the cells in reading order; past the last (or before the first) it leaves the grid. */
function tabTarget(event: KeyboardEvent, row: number, col: number, size: Size) {
  if (event.key !== "Tab") return null;
  const next = row * size.cols + col + (event.shiftKey ? -1 : 1);
  if (next < 0 || next >= size.rows * size.cols) return null;
  return { row: Math.floor(next / size.cols), col: next % size.cols };
}

/** Paste, autofill or a phone keyboard: keep the last 0–5 typed; an emptied cell is 0. */
export function strengthFromText(value: string): number | null {
  const digit = value.match(/[0-5](?=[^0-5]*$)/)?.[0];
  if (digit !== undefined) return Number(digit);
  return value.trim() === "" ? 0 : null;
}
