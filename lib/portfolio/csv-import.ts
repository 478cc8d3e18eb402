import Papa from "papaparse";
import type { z } from "zod";
import { benefitCategories, costCategories, frequencies, investmentCategories, investmentStatuses, itemKinds, valueChainActivities } from "@/lib/domain/values";
import { formatNumber } from "@/lib/format";
import { unescapeFormula } from "@/lib/format/machine";
import type { Locale } from "@/lib/format/locales";
import {
  DATE_ORDER_LABELS,
  detectDateOrder,
  detectDecimal,
  localeConventions,
  readDate,
  readingLocale,
  readMonth,
  type Cell,
  type DateOrder,
  type Decimal,
  type FileConventions,
} from "@/lib/imports/conventions";
import { technologySchema, type TechnologyInput } from "./schemas";

/** 1 MB, measured in UTF-8 bytes as the file is stored. */
export const MAX_CSV_BYTES = 1_048_576;
export const MAX_CSV_ROWS = 2_000;
export const TOO_LARGE_MESSAGE = "The file is larger than 1 MB. Split it into smaller files and import them one after another.";

/** `row` is the spreadsheet row (header = 1, first data row = 2); 0 means the file as a whole. */
export type CsvError = { row: number; column: string; message: string };
export type ParsedTechnology = { row: number; input: TechnologyInput };
/** How the file's numbers and dates were read: as declared, or detected from the file (`detected`). */
export type ReadWith = { decimal: Decimal; dateOrder: DateOrder; detected: { decimal: boolean; dateOrder: boolean } };
export type ParsedCsv = { technologies: ParsedTechnology[]; errors: CsvError[]; header: string; readWith?: ReadWith };
export type CsvOptions = { conventions: FileConventions; locale: Locale };

/** The columns whose values are decimal numbers, dates and months: read by the file's conventions. */
const NUMBER_COLUMNS = ["line_amount", "line_confidence_pct", "useful_life_months", "line_ramp_up_months"];
const DATE_COLUMNS = ["go_live_date"];
const MONTH_COLUMNS = ["line_start_month", "line_end_month"];

type Choices = readonly string[];

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

export const CSV_COLUMNS = [...Object.keys(TECH_COLUMNS), "line_type", ...Object.keys(LINE_COLUMNS)] as (TechColumn | LineColumn | "line_type")[];
const REQUIRED_COLUMNS = ["name", "category", "value_chain_activity", "status", "useful_life_months"];
/** Needed as soon as the file has a line_type column. */
const REQUIRED_LINE_COLUMNS = ["line_category", "line_kind", "line_amount", "line_start_month"];
const BENEFIT_ONLY: LineColumn[] = ["line_ramp_up_months", "line_confidence_pct"];

/** What each column holds, for the import page and anyone reading the template. */
export const CSV_COLUMN_HELP: { column: (typeof CSV_COLUMNS)[number]; required: boolean | "lines"; help: string }[] = [
  { column: "name", required: true, help: "The technology. Rows with the same name belong to the same technology." },
  { column: "vendor", required: false, help: "Who sells it." },
  { column: "category", required: true, help: investmentCategories.join(", ") },
  { column: "value_chain_activity", required: true, help: valueChainActivities.join(", ") },
  { column: "status", required: true, help: investmentStatuses.join(", ") },
  { column: "go_live_date", required: false, help: "A date: 2026-03-31, or day and month in the file's date order (31/03/2026)." },
  { column: "useful_life_months", required: true, help: "Whole months, 1–600." },
  { column: "owner", required: false, help: "Who is responsible for it." },
  { column: "notes", required: false, help: "Free text." },
  { column: "line_type", required: false, help: "Blank for a technology-only row; cost or benefit for a line." },
  { column: "line_category", required: "lines", help: `Costs: ${costCategories.join(", ")}. Benefits: ${benefitCategories.join(", ")}.` },
  { column: "line_description", required: false, help: "Free text." },
  { column: "line_kind", required: "lines", help: itemKinds.join(", ") },
  { column: "line_frequency", required: false, help: `${frequencies.join(", ")} (recurring lines only)` },
  { column: "line_amount", required: "lines", help: "In major units, with the file's decimal separator: 1234.56 or 1234,56 (no currency symbol)." },
  { column: "line_start_month", required: "lines", help: "YYYY-MM or MM/YYYY" },
  { column: "line_end_month", required: false, help: "YYYY-MM or MM/YYYY, blank for ongoing." },
  { column: "line_ramp_up_months", required: false, help: "Benefits only: months to reach the full amount (default 0)." },
  { column: "line_confidence_pct", required: false, help: "Benefits only: 0–100 (default 100)." },
];

type Row = { row: number; values: Record<string, string> };
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

const isBlank = (values: Record<string, string>) => Object.values(values).every((v) => v.trim() === "");

function readRows(text: string): { rows: Row[]; fields: string[]; renamed: boolean; errors: CsvError[] } {
  const result = Papa.parse<Record<string, string | string[]>>(text, {
    header: true,
    // Blank lines are kept (and skipped below) so row numbers match the spreadsheet the user has open.
    skipEmptyLines: false,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const errors: CsvError[] = [];
  const extra = new Set<number>();
  for (const e of result.errors) {
    if (e.code === "MissingQuotes" || e.code === "InvalidQuotes") {
      errors.push({ row: 0, column: "", message: "A quoted value is never closed. Check the quotes (\") in the file, or save it again from your spreadsheet as CSV." });
    } else if (e.code === "TooManyFields" && typeof e.row === "number") extra.add(e.row);
  }
  const rows: Row[] = [];
  result.data.forEach((record, i) => {
    const values: Record<string, string> = {};
    for (const [k, v] of Object.entries(record)) if (k !== "__parsed_extra" && typeof v === "string") values[k] = unescapeFormula(v);
    const overflow = Array.isArray(record.__parsed_extra) ? record.__parsed_extra : [];
    if (extra.has(i) && overflow.some((v) => String(v).trim() !== "")) {
      errors.push({ row: i + 2, column: "", message: "This row has more values than the header has columns." });
    }
    if (!isBlank(values)) rows.push({ row: i + 2, values });
  });
  return { rows, fields: result.meta.fields ?? [], renamed: Boolean(result.meta.renamedHeaders), errors };
}

function checkHeader(fields: string[], rows: Row[], renamed: boolean): CsvError[] {
  const errors: CsvError[] = [];
  const known = new Set<string>(CSV_COLUMNS);
  if (fields.length === 1 && /[;\t]/.test(fields[0])) {
    return [{ row: 1, column: fields[0], message: "The columns must be separated by commas. Save the file as \"CSV (comma delimited)\"." }];
  }
  for (const f of new Set(fields)) {
    if (f === "" && rows.every((r) => !r.values[""]?.trim())) continue; // a trailing comma on every line
    if (!known.has(f)) {
      const original = renamed ? f.replace(/_\d+$/, "") : f;
      errors.push({
        row: 1,
        column: f,
        message: known.has(original) ? `The column "${original}" appears more than once.` : `Unknown column "${f}". Use the columns of the template.`,
      });
    }
  }
  const required = fields.includes("line_type") ? [...REQUIRED_COLUMNS, ...REQUIRED_LINE_COLUMNS] : REQUIRED_COLUMNS;
  for (const c of required) if (!fields.includes(c)) errors.push({ row: 1, column: c, message: `The required column "${c}" is missing.` });
  return errors;
}

/** The header row as the import remembers a file's shape by: lower case, trimmed, comma-joined. */
const headerOf = (fields: string[]) => fields.join(",").slice(0, 4000);

/** Just the file's header shape, to look up the conventions remembered for it. */
export function csvHeader(text: string): string {
  const result = Papa.parse<string[]>(text, { preview: 1 });
  return headerOf((result.data[0] ?? []).map((h) => String(h).trim().toLowerCase()));
}

/** Declared conventions, else what the file shows, else (when nothing in it depends on them) the workspace's own. */
function conventionsOf(rows: Row[], { conventions, locale }: CsvOptions): { readWith?: ReadWith; errors: CsvError[] } {
  const cells = (columns: string[]): Cell[] =>
    rows.flatMap((r) => columns.map((column) => ({ row: r.row, column, value: (r.values[column] ?? "").trim() }))).filter((c) => c.value !== "");
  const own = localeConventions(locale);
  const decimal = conventions.decimal === "auto" ? detectDecimal(cells(NUMBER_COLUMNS)) : { ok: true as const, value: conventions.decimal };
  const dateOrder = conventions.dateOrder === "auto" ? detectDateOrder(cells(DATE_COLUMNS)) : { ok: true as const, value: conventions.dateOrder };
  const errors = [decimal, dateOrder].flatMap((d) => (d.ok ? [] : [{ row: 0, column: "", message: d.message }]));
  if (!decimal.ok || !dateOrder.ok) return { errors };
  return {
    errors,
    readWith: {
      decimal: decimal.value ?? own.decimal,
      dateOrder: dateOrder.value ?? own.dateOrder,
      detected: { decimal: conventions.decimal === "auto", dateOrder: conventions.dateOrder === "auto" },
    },
  };
}

/** Dates and months in the machine's way, for the schema; a cell that is no date in the file's order is reported here. */
function normaliseDates(rows: Row[], order: DateOrder, errors: CsvError[]): void {
  for (const r of rows) {
    for (const column of DATE_COLUMNS) {
      const raw = (r.values[column] ?? "").trim();
      if (!raw) continue;
      const date = readDate(raw, order);
      r.values[column] = date ?? ""; // a refused date is reported once, here, not again by the schema
      if (!date) errors.push({ row: r.row, column, message: `Enter a real date, written ${DATE_ORDER_LABELS[order].replace(/^.*: /, "like ")} (the file's date order).` });
    }
    for (const column of MONTH_COLUMNS) {
      const raw = (r.values[column] ?? "").trim();
      if (raw) r.values[column] = readMonth(raw) ?? raw;
    }
  }
}

export function parseTechnologiesCsv(text: string, options: CsvOptions): ParsedCsv {
  let header = "";
  const fail = (message: string): ParsedCsv => ({ technologies: [], errors: [{ row: 0, column: "", message }], header });
  if (new TextEncoder().encode(text).length > MAX_CSV_BYTES) return fail(TOO_LARGE_MESSAGE);
  if (text.trim() === "") return fail("The file is empty. Start from the template.");

  const read = readRows(text);
  if (read.fields.every((f) => f === "")) return fail("The file has no header row. Start from the template.");
  header = headerOf(read.fields);
  const headerErrors = checkHeader(read.fields, read.rows, read.renamed);
  if (headerErrors.length) return { technologies: [], errors: headerErrors, header };
  if (read.rows.length === 0) return fail("The file has no data rows: add one row per technology (and per cost or benefit line) below the header.");
  if (read.rows.length > MAX_CSV_ROWS) {
    return fail(`The file has ${formatNumber(read.rows.length, options.locale, 0)} rows; import at most ${formatNumber(MAX_CSV_ROWS, options.locale, 0)} at a time.`);
  }
  const { readWith, errors: conventionErrors } = conventionsOf(read.rows, options);
  if (!readWith) return { technologies: [], errors: conventionErrors, header };

  const errors = [...read.errors];
  normaliseDates(read.rows, readWith.dateOrder, errors);
  const schema = technologySchema(readingLocale(readWith.decimal, options.locale));
  const technologies: ParsedTechnology[] = [];
  for (const group of groupByName(read.rows, errors)) {
    const parsed = parseGroup(group, schema);
    errors.push(...parsed.errors);
    if (parsed.technology && !errors.some((e) => group.some((r) => r.row === e.row))) technologies.push(parsed.technology);
  }
  errors.sort((a, b) => a.row - b.row || CSV_COLUMNS.indexOf(a.column as never) - CSV_COLUMNS.indexOf(b.column as never));
  return { technologies, errors, header, readWith };
}

/** Rows in the order of each name's first appearance; names that differ only in case are refused, not merged. */
function groupByName(rows: Row[], errors: CsvError[]): Row[][] {
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

function parseGroup(rows: Row[], technologySchema: TechnologySchema): { technology?: ParsedTechnology; errors: CsvError[] } {
  const errors: CsvError[] = [];
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

function readLine(r: Row, errors: CsvError[]): Line | undefined {
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
function locate(issue: z.core.$ZodIssue, where: Where): CsvError {
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
