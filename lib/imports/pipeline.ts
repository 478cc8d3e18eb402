/**
 * One way to read every imported file: a kind says which fields it has and how a typed record becomes
 * one of its rows; the pipeline finds the columns (delimiter, header, which column is which field),
 * reads the file's numbers and dates by its conventions (declared or detected), and reports every
 * problem with its row and column. It writes nothing: a kind's import refuses a file with any error.
 */
import Papa from "papaparse";
import { formatNumber } from "@/lib/format";
import { unescapeFormula } from "@/lib/format/machine";
import type { Locale } from "@/lib/format/locales";
import type { DateOrder, DateOrderChoice, Decimal, DecimalChoice } from "./conventions";
import { DELIMITER_CHARS, firstLine, resolveDelimiter, type Delimiter } from "./delimiter";
import { tooLargeMessage } from "./limits";
import { mappingFor } from "./mapping";
import { conventionsOf, positionsOf, typeRecord } from "./records";

export type { Delimiter } from "./delimiter";
export type FieldType = "text" | "date" | "month" | "money" | "number";
export type ImportField = {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  /** Lower-case header names that map to this field automatically (its key and label always do). */
  synonyms: readonly string[];
  help?: string;
};
/** Field key → the header cell as it is in the file (trimmed). */
export type Mapping = Record<string, string>;
/** How to read a file: "auto" detects. A mapping, when given, is the whole mapping (fields left out are not imported); without one, columns are found by their names. */
export type ImportOptions = { delimiter: Delimiter | "auto"; decimal: DecimalChoice; dateOrder: DateOrderChoice; mapping?: Mapping };
/** `row` is the spreadsheet row (header = 1, first data row = 2), 0 for the file as a whole; `column` is the file's header cell. */
export type CellError = { row: number; column: string; message: string };
/** One record: each mapped field's typed value (date "YYYY-MM-DD", month "YYYY-MM", money integer cents, number, text trimmed) or null when empty. */
export type TypedRecord = Record<string, string | number | null>;
export type ImportKind<Row> = {
  kind: string;
  fields: readonly ImportField[];
  maxRows: number;
  maxBytes: number;
  /** What else the mapping needs, as a phrase ("amount, or debit and credit"); null when it has it. */
  checkMapping?: (mapping: Mapping) => string | null;
  /** A record → the kind's row; errors name a field key as their column (the preview names the file's column instead). */
  toRow: (record: TypedRecord, line: number) => { row: Row } | { errors: CellError[] };
};
export type ReadWith = { decimal: Decimal; dateOrder: DateOrder; detected: { decimal: boolean; dateOrder: boolean } };
export type Preview<Row> = {
  header: string[];
  /** The header line, lower case, as preferences remember a file's shape by. */
  headerKey: string;
  delimiter: Delimiter;
  mapping: Mapping;
  readWith: ReadWith | null;
  rows: { line: number; row: Row }[];
  errors: CellError[];
  fileError: string | null;
};

/** A data row as the file has it: its cells, and its spreadsheet row number. */
export type Line = { line: number; cells: string[] };

/** The header line as a file's shape is remembered by: lower case, trimmed, at most 4000 characters. */
export const headerKeyOf = (text: string): string => firstLine(text.replace(/^\uFEFF/, "")).trim().toLowerCase().slice(0, 4000);

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === "");

type Table = { header: string[]; lines: Line[]; errors: CellError[]; fileError: string | null };

function readTable(text: string, delimiter: Delimiter): Table {
  // Blank lines are kept (and skipped below) so row numbers match the spreadsheet the user has open.
  const parsed = Papa.parse<string[]>(text, { delimiter: DELIMITER_CHARS[delimiter], skipEmptyLines: false });
  const unclosed = parsed.errors.some((e) => e.code === "MissingQuotes" || e.code === "InvalidQuotes");
  const [head = [], ...data] = parsed.data;
  const header = head.map((h) => h.trim());
  const errors: CellError[] = [];
  const lines: Line[] = [];
  data.forEach((raw, i) => {
    const cells = raw.map(unescapeFormula);
    if (isBlank(cells)) return;
    if (cells.length > header.length && !isBlank(cells.slice(header.length))) {
      errors.push({ row: i + 2, column: "", message: "This row has more values than the header has columns." });
    }
    lines.push({ line: i + 2, cells });
  });
  const fileError = unclosed
    ? 'A quoted value is never closed. Check the quotes (") in the file, or save it again from your spreadsheet as CSV.'
    : header.every((h) => h === "")
      ? "The file has no header row: its first line must name the columns."
      : null;
  return { header, lines, errors, fileError };
}

/** Reads a file of one kind: every row it would import and every problem, with nothing written. */
export function readImport<Row>(kind: ImportKind<Row>, text: string, options: ImportOptions, locale: Locale): Preview<Row> {
  const source = text.replace(/^\uFEFF/, "");
  const empty: Preview<Row> = { header: [], headerKey: headerKeyOf(source), delimiter: "comma", mapping: {}, readWith: null, rows: [], errors: [], fileError: null };
  const fail = (fileError: string, partial: Partial<Preview<Row>> = {}): Preview<Row> => ({ ...empty, ...partial, fileError });
  if (new TextEncoder().encode(text).length > kind.maxBytes) {
    return fail(tooLargeMessage(kind.maxBytes));
  }
  if (source.trim() === "") return fail("The file is empty.");
  const found = resolveDelimiter(source, options.delimiter);
  if (!found.ok) return fail(found.message);
  const table = readTable(source, found.delimiter);
  const shape = { header: table.header, delimiter: found.delimiter };
  if (table.fileError) return fail(table.fileError, shape);
  const { mapping, problem } = mappingFor(kind, table.header, options.mapping);
  const conventions = conventionsOf(kind.fields, table, mapping, options, locale);
  const readWith = "readWith" in conventions ? conventions.readWith : null;
  const partial = { ...shape, mapping, readWith };
  // The file's size first (nothing else matters if it is too large), then its columns, then its conventions.
  const fileError = sizeProblem(kind, table.lines.length, locale) ?? problem ?? ("message" in conventions ? conventions.message : null);
  if (fileError || !readWith) return fail(fileError ?? "", partial);
  return { ...empty, ...partial, ...typeRows(kind, table, mapping, readWith) };
}

function sizeProblem(kind: ImportKind<unknown>, rows: number, locale: Locale): string | null {
  if (rows === 0) return "The file has no data rows below the header.";
  if (rows <= kind.maxRows) return null;
  return `The file has ${formatNumber(rows, locale, 0)} rows; import at most ${formatNumber(kind.maxRows, locale, 0)} at a time.`;
}

/** Every line typed and turned into a row; a line with any error gives no row. */
function typeRows<Row>(kind: ImportKind<Row>, table: Table, mapping: Mapping, readWith: ReadWith): Pick<Preview<Row>, "rows" | "errors"> {
  const errors = [...table.errors];
  const rows: Preview<Row>["rows"] = [];
  const bad = new Set(errors.map((e) => e.row));
  const positions = positionsOf(kind.fields, table.header, mapping);
  for (const line of table.lines) {
    const typed = typeRecord(kind.fields, positions, mapping, line, readWith);
    if ("errors" in typed) {
      errors.push(...typed.errors);
      continue;
    }
    const result = kind.toRow(typed.record, line.line);
    if ("errors" in result) errors.push(...result.errors.map((e) => ({ ...e, column: mapping[e.column] ?? e.column })));
    else if (!bad.has(line.line)) rows.push({ line: line.line, row: result.row });
  }
  const order = (column: string) => table.header.indexOf(column);
  errors.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
  return { rows, errors };
}
