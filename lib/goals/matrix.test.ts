import { describe, expect, it } from "vitest";
import { auditByTechnology, cellKey, moveInGrid, planAlignmentChanges, strengthFromKey, strengthsByCell } from "./matrix";

describe("planAlignmentChanges", () => {
  const stored = strengthsByCell([
    { investmentId: "t1", goalId: "g1", strength: 2 },
    { investmentId: "t2", goalId: "g2", strength: 5 },
  ]);

  it("reads stored rows as strengths keyed by cell", () => {
    expect(stored).toEqual(new Map([[cellKey("t1", "g1"), 2], [cellKey("t2", "g2"), 5]]));
  });

  it("keeps only cells that change, reading a missing row as 0", () => {
    const plan = planAlignmentChanges(
      [
        { investmentId: "t1", goalId: "g1", strength: 4 },
        { investmentId: "t1", goalId: "g2", strength: 0 }, // 0 → 0: nothing to do
        { investmentId: "t2", goalId: "g2", strength: 0 },
        { investmentId: "t2", goalId: "g1", strength: 3 },
        { investmentId: "t2", goalId: "g2", strength: 5, was: 5 },
      ],
      stored,
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes).toEqual([
      { investmentId: "t1", goalId: "g1", before: 2, after: 4 },
      { investmentId: "t2", goalId: "g2", before: 5, after: 0 },
      { investmentId: "t2", goalId: "g1", before: 0, after: 3 },
    ]);
  });

  it("reports the cells whose `was` no longer matches what is stored", () => {
    const plan = planAlignmentChanges(
      [
        { investmentId: "t1", goalId: "g1", strength: 4, was: 2 },
        { investmentId: "t2", goalId: "g2", strength: 1, was: 3 },
        { investmentId: "t3", goalId: "g1", strength: 1, was: 1 },
      ],
      stored,
    );
    expect(plan.conflicts).toEqual([1, 2]);
  });
});

describe("auditByTechnology", () => {
  it("groups changes per technology, before and after per goal", () => {
    expect(
      auditByTechnology([
        { investmentId: "t1", goalId: "g1", before: 2, after: 4 },
        { investmentId: "t2", goalId: "g2", before: 5, after: 0 },
        { investmentId: "t1", goalId: "g2", before: 0, after: 3 },
      ]),
    ).toEqual([
      { investmentId: "t1", before: { g1: 2, g2: 0 }, after: { g1: 4, g2: 3 } },
      { investmentId: "t2", before: { g2: 5 }, after: { g2: 0 } },
    ]);
  });
});

describe("keyboard", () => {
  const size = { rows: 3, cols: 4 };
  it.each([
    ["ArrowDown", { row: 0, col: 1 }, { row: 1, col: 1 }],
    ["ArrowUp", { row: 2, col: 1 }, { row: 1, col: 1 }],
    ["ArrowRight", { row: 1, col: 2 }, { row: 1, col: 3 }],
    ["ArrowLeft", { row: 1, col: 2 }, { row: 1, col: 1 }],
    ["Home", { row: 1, col: 2 }, { row: 1, col: 0 }],
    ["End", { row: 1, col: 0 }, { row: 1, col: 3 }],
  ])("%s moves inside the grid", (key, from, to) => {
    expect(moveInGrid(key, from, size)).toEqual(to);
  });

  it.each([
    ["ArrowUp", { row: 0, col: 0 }],
    ["ArrowDown", { row: 2, col: 0 }],
    ["ArrowLeft", { row: 1, col: 0 }],
    ["ArrowRight", { row: 1, col: 3 }],
    ["Tab", { row: 1, col: 1 }],
  ])("%s stops at the edge (or is not a move)", (key, from) => {
    expect(moveInGrid(key, from, size)).toBeNull();
  });

  it("reads digits 0–5 and clearing keys as strengths, nothing else", () => {
    expect(["0", "3", "5", "Backspace", "Delete"].map(strengthFromKey)).toEqual([0, 3, 5, 0, 0]);
    expect(["6", "9", "a", "Enter", " ", "-"].map(strengthFromKey)).toEqual([null, null, null, null, null, null]);
  });
});
