import Papa from "papaparse";
import { formulaPrefix } from "@/lib/format/machine";
import type { KpiValueRow } from "@/db/queries/kpi-values";

export const kpiValueFields = ["kpi", "perspective", "unit", "direction", "month", "value", "baseline", "target", "target_date", "technology", "goal", "note"];

/** "99.5000" → "99.5", "-20.0000" → "-20": string work on the database's numeric, so no float noise. */
export function plainNumeric(value: string): string {
  if (!value.includes(".")) return value;
  const trimmed = value.replace(/0+$/, "").replace(/\.$/, "");
  return trimmed === "-0" ? "0" : trimmed;
}

/** One row per measurement; codes (perspective, unit, direction) stay as stored so a spreadsheet can filter on them. */
export function kpiValuesCsv(rows: readonly KpiValueRow[]): string {
  const data = rows.map((row) => [
    row.kpi,
    row.perspective,
    row.unit,
    row.direction,
    row.period.slice(0, 7),
    plainNumeric(row.value),
    plainNumeric(row.baseline),
    plainNumeric(row.target),
    row.targetDate ?? "",
    row.technology ?? "",
    row.goal ?? "",
    row.note,
  ]);
  return Papa.unparse({ fields: kpiValueFields, data }, { escapeFormulae: formulaPrefix, newline: "\r\n" });
}
