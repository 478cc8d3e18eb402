import { getTableColumns, type Table } from "drizzle-orm";
import {
  actualBenefits,
  actualCosts,
  actualImports,
  alignments,
  benefitItems,
  costItems,
  goals,
  importPreferences,
  integrations,
  investments,
  kpiMeasurements,
  kpis,
  matchRules,
  risks,
  scenarios,
  scoringFactors,
} from "@/db/schema";

const exportTables = {
  goals,
  investments,
  costItems,
  benefitItems,
  risks,
  scoringFactors,
  alignments,
  kpis,
  kpiMeasurements,
  scenarios,
  integrations,
  actualImports,
  actualCosts,
  matchRules,
  actualBenefits,
  importPreferences,
} satisfies Record<string, Table>;

export type ExportTableKey = keyof typeof exportTables;

/**
 * A workspace table's columns in the order its select() gives them, without orgId (every exported row is
 * the workspace's), so a CSV of an empty table still has its header.
 */
export function exportColumns(key: ExportTableKey): string[] {
  return Object.keys(getTableColumns(exportTables[key])).filter((column) => column !== "orgId");
}
