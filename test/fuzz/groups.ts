import { ROWS, type Row } from "@/test/action-catalog";

/**
 * The catalog's rows split by area (`lib/<area>/…`) into a few test files of similar length, so vitest
 * runs them side by side. The group that names no area takes every area the others do not name, so a new
 * action is fuzzed without an edit here.
 */
export const GROUPS = {
  portfolio: ["portfolio"],
  strategy: ["goals", "integrations"],
  measures: ["kpis", "scenarios", "budget"],
  actuals: ["actuals"],
  workspace: [] as string[],
} as const;
export type Group = keyof typeof GROUPS;

export const areaOf = (row: Row) => row.module.split("/")[1];

const named = new Set<string>(Object.values(GROUPS).flat());

export function rowsOf(group: Group): Row[] {
  const areas: readonly string[] = GROUPS[group];
  return ROWS.filter((row) => (areas.length ? areas.includes(areaOf(row)) : !named.has(areaOf(row))));
}
