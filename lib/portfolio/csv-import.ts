import Papa from "papaparse";
import type { z } from "zod";
import { benefitCategories, costCategories, frequencies, investmentCategories, investmentStatuses, itemKinds, valueChainActivities } from "@/lib/domain/values";
import { centsInput } from "@/lib/format/parse";
import type { Locale } from "@/lib/format/locales";
import { readImport, type CellError, type FieldType, type ImportField, type ImportKind, type ImportOptions, type Preview, type TypedRecord } from "@/lib/imports/pipeline";
import { technologySchema, type TechnologyInput } from "./schemas";

/** 1 MB, measured in UTF-8 bytes as the file is stored. */
const MAX_CSV_BYTES = 1_048_576;
export const MAX_CSV_ROWS = 2_000;

export type ParsedTechnology = { row: number; input: TechnologyInput };
/** The file as the pipeline read it, with its rows grouped into technologies (`row`: the first row of each). */
/** How to read the file (the delimiter is detected unless given), in a workspace of this locale. */
export type CsvOptions = { conventions: Omit<ImportOptions, "delimiter"> & Partial<Pick<ImportOptions, "delimiter">>; locale: Locale };
export type ParsedCsv = Omit<Preview<TechnologyInput>, "rows"> & { technologies: ParsedTechnology[] };

/** CSV column → field of `technologySchema`, and of its cost/benefit rows for the `line_*` columns. */
const TECH_COLUMNS = {
  name: "name",
  vendor: "vendor",
  category: "category",
  value_chain_activity: "valueChainActivity",
  status: "status",
  go_live_date: "goLiveDate",
  useful_life_months: "usefulLifeMonths",
  owner: "ownerName",
  notes: "notes",
} as const;
const LINE_COLUMNS = {
  line_category: "category",
  line_description: "description",
  line_kind: "kind",
  line_frequency: "frequency",
  line_amount: "amount",
  line_start_month: "startMonth",
  line_end_month: "endMonth",
  line_ramp_up_months: "rampUpMonths",
  line_confidence_pct: "confidencePct",
} as const;
type TechColumn = keyof typeof TECH_COLUMNS;
type LineColumn = keyof typeof LINE_COLUMNS;
type Column = TechColumn | LineColumn | "line_type";

export const CSV_COLUMNS = [...Object.keys(TECH_COLUMNS), "line_type", ...Object.keys(LINE_COLUMNS)] as Column[];
/** Needed as soon as the file has a line_type column. */
const REQUIRED_LINE_COLUMNS: LineColumn[] = ["line_category", "line_kind", "line_amount", "line_start_month"];
const BENEFIT_ONLY: LineColumn[] = ["line_ramp_up_months", "line_confidence_pct"];

type ColumnHelp = { column: Column; label: string; type?: FieldType; required: boolean | "lines"; synonyms?: string[]; help: string };

/** What each column holds, for the import page, the column mapping and anyone reading the template. */
export const CSV_COLUMN_HELP: ColumnHelp[] = [
  { column: "name", label: "Name", required: true, synonyms: ["technology", "tool"], help: "The technology. Rows with the same name belong to the same technology." },
  { column: "vendor", label: "Vendor", required: false, synonyms: ["supplier"], help: "Who sells it." },
  { column: "category", label: "Category", required: true, help: investmentCategories.join(", ") },
  { column: "value_chain_activity", label: "Value chain activity", required: true, help: valueChainActivities.join(", ") },
  { column: "status", label: "Status", required: true, help: investmentStatuses.join(", ") },
  { column: "go_live_date", label: "Go-live date", type: "date", required: false, synonyms: ["go live"], help: "A date: 2026-03-31, or day and month in the file's date order (31/03/2026)." },
  { column: "useful_life_months", label: "Useful life (months)", type: "number", required: true, synonyms: ["useful life"], help: "Whole months, 1–600." },
  { column: "owner", label: "Owner", required: false, help: "Who is responsible for it." },
  { column: "notes", label: "Notes", required: false, help: "Free text." },
  { column: "line_type", label: "Line type", required: false, help: "Blank for a technology-only row; cost or benefit for a line." },
  { column: "line_category", label: "Line category", required: "lines", help: `Costs: ${costCategories.join(", ")}. Benefits: ${benefitCategories.join(", ")}.` },
  { column: "line_description", label: "Line description", required: false, help: "Free text." },
  { column: "line_kind", label: "Line kind", required: "lines", help: itemKinds.join(", ") },
  { column: "line_frequency", label: "Line frequency", required: false, help: `${frequencies.join(", ")} (recurring lines only)` },
  { column: "line_amount", label: "Line amount", type: "money", required: "lines", synonyms: ["amount"], help: "In major units, with the file's decimal separator: 1234.56 or 1234,56." },
  { column: "line_start_month", label: "Line start month", type: "month", required: "lines", help: "YYYY-MM or MM/YYYY" },
  { column: "line_end_month", label: "Line end month", type: "month", required: false, help: "YYYY-MM or MM/YYYY, blank for ongoing." },
  { column: "line_ramp_up_months", label: "Ramp-up (months)", type: "number", required: false, help: "Benefits only: months to reach the full amount (default 0)." },
  { column: "line_confidence_pct", label: "Confidence (%)", type: "number", required: false, help: "Benefits only: 0–100 (default 100)." },
];

const FIELDS: ImportField[] = CSV_COLUMN_HELP.map(({ column, label, type = "text", required, synonyms = [], help }) => ({
  key: column,
  label,
  type,
  required: required === true,
  synonyms,
  help,
}));
const labelOf = (column: Column) => FIELDS.find((f) => f.key === column)?.label ?? column;

/** A typed value back in the machine's way ("1234.56", "2026-03"), which the technology schema reads in en-US. */
function machineText(column: string, value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  return column === "line_amount" ? centsInput(value, "en-US") : String(value);
}

type Row = { row: number; values: Record<string, string> };

/** A technologies CSV as the import pipeline reads it: one row per spreadsheet row, grouped by name afterwards. */
export const technologiesFile: ImportKind<Row> = {
  kind: "technologies",
  fields: FIELDS,
  maxRows: MAX_CSV_ROWS,
  maxBytes: MAX_CSV_BYTES,
  checkMapping: (mapping) => {
    const missing = mapping.line_type ? REQUIRED_LINE_COLUMNS.filter((c) => !mapping[c]) : [];
    if (!missing.length) return null;
    const labels = missing.map(labelOf);
    return `${labels.length > 1 ? `${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}` : labels[0]} (needed for lines)`;
  },
  toRow: (record: TypedRecord, line) => ({
    row: { row: line, values: Object.fromEntries(Object.entries(record).map(([column, value]) => [column, machineText(column, value)])) },
  }),
};

type Choices = readonly string[];
type TechnologySchema = ReturnType<typeof technologySchema>;
type Line = { row: number; type: "cost" | "benefit"; fields: Record<string, string> };

// ---- Lenient choices: "Cloud infrastructure", "CLOUD_INFRASTRUCTURE" and "cloud-infrastructure" all mean cloud_infrastructure. ----

const key = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t && t !== "and")
    .join("");
const ALIASES: Record<string, string> = { oneoff: "one_time", once: "one_time", yearly: "annual", annually: "annual", month: "monthly" };

function choose(raw: string, values: Choices): string {
  const k = key(raw);
  const alias = ALIASES[k];
  if (alias && values.includes(alias)) return alias;
  return values.find((v) => key(v) === k) ?? raw;
}

const TECH_CHOICES: Partial<Record<TechColumn, Choices>> = {
  category: investmentCategories,
  value_chain_activity: valueChainActivities,
  status: investmentStatuses,
};
function lineChoices(column: LineColumn, type: Line["type"]): Choices | undefined {
  if (column === "line_category") return type === "cost" ? costCategories : benefitCategories;
  if (column === "line_kind") return itemKinds;
  if (column === "line_frequency") return frequencies;
  return undefined;
}

// ---- Parsing ----

/** Reads a technologies CSV: every technology it would import, grouped by name, and every problem. */
export function parseTechnologiesCsv(text: string, { conventions, locale }: CsvOptions): ParsedCsv {
  const { rows, ...preview } = readImport(technologiesFile, text, { delimiter: "auto", ...conventions }, locale);
  const errors: CellError[] = [];
  const technologies: ParsedTechnology[] = [];
  const schema = technologySchema("en-US");
  const refused = namesWithErrors(text, preview, locale);
  for (const group of groupByName(rows.map((r) => r.row), errors)) {
    const parsed = parseGroup(group, schema);
    errors.push(...parsed.errors);
    if (parsed.technology && !refused.has(parsed.technology.input.name)) technologies.push(parsed.technology);
  }
  // The checks above name columns by their template names; the file may call them otherwise.
  const all = [...preview.errors, ...errors.map((e) => ({ ...e, column: preview.mapping[e.column] ?? e.column }))];
  const order = (column: string) => preview.header.indexOf(column);
  all.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
  return { ...preview, errors: all, technologies };
}

/**
 * The names on rows the pipeline refused (it leaves those rows out): a technology with any bad row is
 * left out whole. Read again as plain text, only when there are such rows.
 */
function namesWithErrors(text: string, preview: Omit<Preview<unknown>, "rows">, locale: Locale): Set<string> {
  const lines = new Set(preview.errors.map((e) => e.row));
  if (lines.size === 0) return new Set();
  const asText: ImportKind<string> = {
    ...technologiesFile,
    fields: FIELDS.map((f) => ({ ...f, type: "text" })),
    checkMapping: undefined,
    toRow: (record, line) => ({ row: lines.has(line) ? String(record.name ?? "") : "" }),
  };
  const { rows } = readImport(asText, text, { delimiter: preview.delimiter, decimal: "point", dateOrder: "ymd", mapping: preview.mapping }, locale);
  return new Set(rows.map((r) => r.row).filter(Boolean));
}

/** Rows in the order of each name's first appearance; names that differ only in case are refused, not merged. */
function groupByName(rows: Row[], errors: CellError[]): Row[][] {
  const groups = new Map<string, Row[]>();
  const spelling = new Map<string, { name: string; row: number }>();
  for (const r of rows) {
    const name = (r.values.name ?? "").trim();
    if (!name) {
      errors.push({ row: r.row, column: "name", message: "Enter the technology's name on every row; rows are grouped by name." });
      continue;
    }
    const first = spelling.get(name.toLowerCase());
    if (first && first.name !== name) {
      errors.push({ row: r.row, column: "name", message: `"${name}" differs only in capitals from "${first.name}" (row ${first.row}). Use one spelling.` });
      continue;
    }
    if (!first) spelling.set(name.toLowerCase(), { name, row: r.row });
    const list = groups.get(name) ?? [];
    list.push(r);
    groups.set(name, list);
  }
  return [...groups.values()];
}

function parseGroup(rows: Row[], technologySchema: TechnologySchema): { technology?: ParsedTechnology; errors: CellError[] } {
  const errors: CellError[] = [];
  const first = rows[0].row;

  // The technology's fields: the first value given for each; a different value on a later row is a conflict.
  const fields: Record<string, string> = {};
  const source: Partial<Record<TechColumn, number>> = {};
  for (const column of Object.keys(TECH_COLUMNS) as TechColumn[]) {
    const choices = TECH_CHOICES[column];
    for (const r of rows) {
      const raw = (r.values[column] ?? "").trim();
      if (!raw) continue;
      const value = choices ? choose(raw, choices) : raw;
      if (source[column] === undefined) {
        source[column] = r.row;
        fields[TECH_COLUMNS[column]] = value;
      } else if (value !== fields[TECH_COLUMNS[column]]) {
        errors.push({ row: r.row, column, message: `This differs from row ${source[column]} for the same technology. Leave it blank or repeat the same value.` });
      }
    }
  }

  const lines: Line[] = [];
  for (const r of rows) {
    const line = readLine(r, errors);
    if (line) lines.push(line);
  }
  const costs = lines.filter((l) => l.type === "cost");
  const benefits = lines.filter((l) => l.type === "benefit");

  const result = technologySchema.safeParse({ ...fields, costs: costs.map((l) => l.fields), benefits: benefits.map((l) => l.fields) });
  if (!result.success) {
    for (const issue of result.error.issues) errors.push(locate(issue, { first, source, costs, benefits }));
  }
  if (errors.length || !result.success) return { errors };
  return { technology: { row: first, input: result.data }, errors };
}

function readLine(r: Row, errors: CellError[]): Line | undefined {
  const type = key(r.values.line_type ?? "");
  const lineColumns = Object.keys(LINE_COLUMNS) as LineColumn[];
  if (type === "") {
    if (lineColumns.some((c) => (r.values[c] ?? "").trim() !== "")) {
      errors.push({ row: r.row, column: "line_type", message: "Set line_type to cost or benefit for this line, or leave the line columns blank." });
    }
    return undefined;
  }
  const kind = type === "cost" || type === "costs" ? "cost" : type === "benefit" || type === "benefits" ? "benefit" : null;
  if (!kind) {
    errors.push({ row: r.row, column: "line_type", message: "line_type must be cost, benefit or blank." });
    return undefined;
  }
  const fields: Record<string, string> = {};
  for (const column of lineColumns) {
    const raw = (r.values[column] ?? "").trim();
    if (kind === "cost" && BENEFIT_ONLY.includes(column)) {
      if (raw) errors.push({ row: r.row, column, message: "Only benefit lines have this; leave it blank for costs." });
      continue;
    }
    const choices = lineChoices(column, kind);
    fields[LINE_COLUMNS[column]] = choices && raw ? choose(raw, choices) : column === "line_confidence_pct" ? raw.replace(/%$/, "").trim() : raw;
  }
  return { row: r.row, type: kind, fields };
}

type Where = { first: number; source: Partial<Record<TechColumn, number>>; costs: Line[]; benefits: Line[] };

/** A zod issue → the row and column of the CSV cell that caused it ("costs.0.amount" → line_amount of that cost's row). */
function locate(issue: z.core.$ZodIssue, where: Where): CellError {
  const [head, index, field] = issue.path;
  const techColumn = (Object.keys(TECH_COLUMNS) as TechColumn[]).find((c) => TECH_COLUMNS[c] === head);
  if (techColumn) {
    const choices = TECH_CHOICES[techColumn];
    return { row: where.source[techColumn] ?? where.first, column: techColumn, message: withChoices(issue, choices) };
  }
  if ((head === "costs" || head === "benefits") && typeof index === "number") {
    const line = where[head][index];
    const column = (Object.keys(LINE_COLUMNS) as LineColumn[]).find((c) => LINE_COLUMNS[c] === field) ?? "line_type";
    return { row: line?.row ?? where.first, column, message: withChoices(issue, column === "line_type" ? undefined : lineChoices(column as LineColumn, line?.type ?? "cost")) };
  }
  if (head === "costs" || head === "benefits") return { row: where.first, column: "line_type", message: issue.message };
  return { row: where.first, column: "", message: issue.message };
}

function withChoices(issue: z.core.$ZodIssue, choices?: Choices): string {
  return choices && issue.code === "invalid_value" ? `${issue.message} Use one of: ${choices.join(", ")}.` : issue.message;
}

// ---- Template ----

/** Header plus one technology with a cost and a benefit line; it imports cleanly as it is. */
export function templateCsv(): string {
  const technology = {
    name: "Customer chatbot",
    vendor: "Botly",
    category: "cx_automation",
    value_chain_activity: "service",
    status: "proposed",
    go_live_date: "2026-03-01",
    useful_life_months: "36",
    owner: "Ada Lovelace",
    notes: "Answers common questions on the website",
  };
  const rows = [
    technology,
    {
      name: technology.name,
      line_type: "cost",
      line_category: "subscription",
      line_description: "Monthly licence",
      line_kind: "recurring",
      line_frequency: "monthly",
      line_amount: "99.90",
      line_start_month: "2026-01",
      line_end_month: "2028-12",
    },
    {
      name: technology.name,
      line_type: "benefit",
      line_category: "labour_savings",
      line_description: "Fewer support tickets",
      line_kind: "recurring",
      line_frequency: "monthly",
      line_amount: "1250.00",
      line_start_month: "2026-03",
      line_ramp_up_months: "3",
      line_confidence_pct: "80",
    },
  ];
  return Papa.unparse({ fields: CSV_COLUMNS, data: rows.map((r) => CSV_COLUMNS.map((c) => (r as Record<string, string>)[c] ?? "")) });
}
