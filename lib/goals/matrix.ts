/** Pure planning of an alignment-matrix save: which cells really change, and what each technology's audit row says. */

export type MatrixCell = { investmentId: string; goalId: string; strength: number; was?: number };
export type StrengthChange = { investmentId: string; goalId: string; before: number; after: number };
/** goalId → strength (0 = not aligned), per technology. */
export type StrengthsByGoal = Record<string, number>;

export const cellKey = (investmentId: string, goalId: string) => `${investmentId}:${goalId}`;

/** Stored links as strengths keyed by `cellKey`; a cell without a row is absent (strength 0). */
export function strengthsByCell(rows: readonly { investmentId: string; goalId: string; strength: number }[]): Map<string, number> {
  return new Map(rows.map((r) => [cellKey(r.investmentId, r.goalId), r.strength]));
}

/**
 * Compares the sent cells with what is stored (a missing row is 0). Cells that would not change anything are
 * dropped; a cell whose `was` differs from the stored strength is a conflict: someone else saved it meanwhile.
 */
export function planAlignmentChanges(cells: readonly MatrixCell[], stored: ReadonlyMap<string, number>) {
  const changes: StrengthChange[] = [];
  const conflicts: number[] = [];
  cells.forEach((cell, i) => {
    const before = stored.get(cellKey(cell.investmentId, cell.goalId)) ?? 0;
    if (cell.was !== undefined && cell.was !== before) conflicts.push(i);
    else if (cell.strength !== before) changes.push({ investmentId: cell.investmentId, goalId: cell.goalId, before, after: cell.strength });
  });
  return { changes, conflicts };
}

/** One audit entry per technology whose alignments change: its changed goals, before → after. */
export function auditByTechnology(changes: readonly StrengthChange[]) {
  const byTech = new Map<string, { before: StrengthsByGoal; after: StrengthsByGoal }>();
  for (const c of changes) {
    const entry = byTech.get(c.investmentId) ?? byTech.set(c.investmentId, { before: {}, after: {} }).get(c.investmentId)!;
    entry.before[c.goalId] = c.before;
    entry.after[c.goalId] = c.after;
  }
  return [...byTech.entries()].map(([investmentId, diff]) => ({ investmentId, ...diff }));
}

/** Keyboard moves inside a rows × columns grid; arrows stop at the edges. */
export function moveInGrid(
  key: string,
  at: { row: number; col: number },
  size: { rows: number; cols: number },
): { row: number; col: number } | null {
  const { row, col } = at;
  switch (key) {
    case "ArrowUp":
      return row > 0 ? { row: row - 1, col } : null;
    case "ArrowDown":
      return row < size.rows - 1 ? { row: row + 1, col } : null;
    case "ArrowLeft":
      return col > 0 ? { row, col: col - 1 } : null;
    case "ArrowRight":
      return col < size.cols - 1 ? { row, col: col + 1 } : null;
    case "Home":
      return { row, col: 0 };
    case "End":
      return { row, col: size.cols - 1 };
    default:
      return null;
  }
}

/** A key pressed on a cell as a strength: "0"–"5" set it, Backspace/Delete clear it to 0; anything else is not a strength. */
export function strengthFromKey(key: string): number | null {
  if (/^[0-5]$/.test(key)) return Number(key);
  if (key === "Backspace" || key === "Delete") return 0;
  return null;
}
