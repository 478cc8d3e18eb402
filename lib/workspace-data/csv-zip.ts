import { strToU8, zipSync } from "fflate";
import Papa from "papaparse";
import { exportColumns, type ExportTableKey } from "@/db/queries/export-columns";
import { formulaPrefix } from "@/lib/format/machine";
import type { WorkspaceExportDocument } from "./export";

type Row = Record<string, unknown>;
type ListKey = Exclude<keyof WorkspaceExportDocument, "format" | "version" | "exportedAt" | "organization"> & ExportTableKey;

/**
 * The export's tables, one CSV each. Columns come from the table definitions (exportColumns), in the order the
 * JSON export's select() gives them, so an empty table still has its header; `omit` mirrors what exportWorkspace strips.
 */
const tables: { key: ListKey; file: string; omit?: string[] }[] = [
  { key: "goals", file: "goals.csv" },
  { key: "investments", file: "technologies.csv" },
  { key: "costItems", file: "cost_items.csv" },
  { key: "benefitItems", file: "benefit_items.csv" },
  { key: "risks", file: "risks.csv" },
  { key: "scoringFactors", file: "scoring_factors.csv" },
  { key: "alignments", file: "alignments.csv" },
  { key: "kpis", file: "kpis.csv" },
  { key: "kpiMeasurements", file: "kpi_measurements.csv", omit: ["enteredBy"] },
  { key: "scenarios", file: "scenarios.csv" },
  { key: "integrations", file: "integrations.csv" },
  { key: "actualImports", file: "actual_imports.csv", omit: ["importedBy"] },
  { key: "actualCosts", file: "actual_costs.csv" },
  { key: "matchRules", file: "match_rules.csv" },
  { key: "actualBenefits", file: "actual_benefits.csv" },
  { key: "importPreferences", file: "import_preferences.csv" },
];

export const CSV_ZIP_FILES = ["README.txt", "organization.csv", ...tables.map((t) => t.file)];

/** amountCents → amount_cents, fromInvestmentId → from_investment_id. */
export const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Every value as text: null as empty, timestamps as ISO strings, JSON columns (calculator) as JSON text. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF, formula-looking cells prefixed as in the other CSV exports. */
export function tableCsv(keys: readonly string[], rows: readonly Row[]): string {
  const data = rows.map((row) => keys.map((key) => cell(row[key])));
  return `\uFEFF${Papa.unparse({ fields: keys.map(snakeCase), data }, { escapeFormulae: formulaPrefix, newline: "\r\n" })}`;
}

function readme(document: WorkspaceExportDocument): string {
  return [
    `Techfolio workspace export as CSV files`,
    ``,
    `Format: ${document.format} (CSV), version ${document.version}`,
    `Exported at: ${document.exportedAt}`,
    ``,
    `One CSV per table, UTF-8 with a byte-order mark, comma-separated, CRLF line ends.`,
    `Columns are the keys of the JSON export (${document.format}.json) in snake_case; ids link the files`,
    `(e.g. cost_items.investment_id -> technologies.id). Money is integer cents in *_cents columns,`,
    `numbers are plain decimals, dates are YYYY-MM-DD, timestamps ISO 8601 (UTC), empty means no value,`,
    `and JSON columns (benefit_items.calculator, import_preferences.mapping) hold JSON text. A cell that would`,
    `start with = + - @ tab or CR (other than a plain number) is prefixed with ' so spreadsheets do not run it`,
    `as a formula. Payments are in actual_costs.csv (paid out positive, refunds negative), the files they`,
    `came from in actual_imports.csv, the rules that file them under a technology in match_rules.csv.`,
    ``,
    `Files: ${CSV_ZIP_FILES.slice(1).join(", ")}`,
    `To import into Techfolio, use the JSON export; these CSV files are for reading and spreadsheets.`,
    ``,
  ].join("\r\n");
}

/** The JSON export as a zip of CSV files plus a README.txt. */
export function workspaceCsvZip(document: WorkspaceExportDocument, mtime = new Date(document.exportedAt)): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = {
    "README.txt": strToU8(readme(document)),
    "organization.csv": strToU8(tableCsv(Object.keys(document.organization), [document.organization])),
  };
  for (const { key, file, omit = [] } of tables) {
    const keys = exportColumns(key).filter((k) => !omit.includes(k));
    entries[file] = strToU8(tableCsv(keys, document[key] as Row[]));
  }
  return zipSync(entries, { mtime }) as Uint8Array<ArrayBuffer>;
}
