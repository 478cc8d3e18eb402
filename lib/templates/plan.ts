/**
 * What copying one workspace's KPI and goal definitions into another adds and what it skips: a KPI or goal
 * whose name already exists in the target (in any case, as the forms compare names) stays as it is. Pure,
 * so the preview and the copy inside the transaction plan alike.
 */
import type { Perspective } from "@/lib/domain/values";
import type { KpiDefinitionRow } from "@/lib/scorecard/types";

export type KpiTemplate = {
  name: string;
  perspective: Perspective;
  unit: KpiDefinitionRow["unit"];
  direction: KpiDefinitionRow["direction"];
  baseline: string;
  target: string;
  targetDate: string | null;
  weight: string;
};

export type GoalTemplate = { title: string; perspective: Perspective; weight: number; targetText: string; targetDate: string | null };

export interface TemplatePlan {
  kpis: { add: KpiTemplate[]; skip: string[] };
  goals: { add: GoalTemplate[]; skip: string[] };
}

const key = (name: string) => name.trim().toLowerCase();

function split<T>(rows: readonly T[], nameOf: (row: T) => string, existing: Iterable<string>): { add: T[]; skip: string[] } {
  const taken = new Set([...existing].map(key));
  const add: T[] = [];
  const skip: string[] = [];
  for (const row of rows) {
    const k = key(nameOf(row));
    if (taken.has(k)) skip.push(nameOf(row));
    else {
      add.push(row);
      taken.add(k); // two source rows differing only in case: the first one wins
    }
  }
  return { add, skip };
}

export function planTemplateCopy(input: {
  sourceKpis: readonly KpiTemplate[];
  sourceGoals: readonly GoalTemplate[];
  targetKpiNames: Iterable<string>;
  targetGoalTitles: Iterable<string>;
}): TemplatePlan {
  return {
    kpis: split(input.sourceKpis, (k) => k.name, input.targetKpiNames),
    goals: split(input.sourceGoals, (g) => g.title, input.targetGoalTitles),
  };
}
