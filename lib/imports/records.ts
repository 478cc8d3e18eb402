/** A file's cells as typed values: dates, months, amounts and numbers read by the file's conventions. */
import type { Locale } from "@/lib/format/locales";
import {
  DATE_ORDER_LABELS,
  detectDateOrder,
  detectDecimal,
  localeConventions,
  readDate,
  readMonth,
  type Cell,
  type DateOrder,
  type Detected,
} from "./conventions";
import { amountDigits, readMoney, readNumberCell, type CellRead } from "./money";
import type { CellError, FieldType, ImportField, ImportOptions, Line, Mapping, ReadWith, TypedRecord } from "./pipeline";

type Table = { header: string[]; lines: Line[] };

/** The non-blank cells of the mapped fields of some types, as conventions detection reads them. */
function cellsOf(fields: readonly ImportField[], table: Table, mapping: Mapping, types: FieldType[], clean: (v: string) => string): Cell[] {
  const cells: Cell[] = [];
  for (const field of fields) {
    const column = mapping[field.key];
    const index = column === undefined || !types.includes(field.type) ? -1 : table.header.indexOf(column);
    if (index < 0) continue;
    for (const { line, cells: values } of table.lines) {
      const value = clean(values[index] ?? "");
      if (value !== "") cells.push({ row: line, column, value });
    }
  }
  return cells;
}

/** Declared conventions, else what the file shows, else (when nothing in it depends on them) the workspace's own. */
export function conventionsOf(fields: readonly ImportField[], table: Table, mapping: Mapping, options: ImportOptions, locale: Locale): { readWith: ReadWith } | { message: string } {
  const own = localeConventions(locale);
  const numberish = (v: string) => amountDigits(v).replace(/\s*%$/, "");
  const decimal: Detected<ReadWith["decimal"]> =
    options.decimal === "auto" ? detectDecimal(cellsOf(fields, table, mapping, ["money", "number"], numberish)) : { ok: true, value: options.decimal };
  const dateOrder: Detected<DateOrder> =
    options.dateOrder === "auto" ? detectDateOrder(cellsOf(fields, table, mapping, ["date"], (v) => v.trim())) : { ok: true, value: options.dateOrder };
  const messages = [decimal, dateOrder].flatMap((d) => (d.ok ? [] : [d.message]));
  if (!decimal.ok || !dateOrder.ok) return { message: messages.join(" ") };
  return {
    readWith: {
      decimal: decimal.value ?? own.decimal,
      dateOrder: dateOrder.value ?? own.dateOrder,
      detected: { decimal: options.decimal === "auto", dateOrder: options.dateOrder === "auto" },
    },
  };
}

const dateMessage = (order: DateOrder) => `Enter a real date, written ${DATE_ORDER_LABELS[order].replace(/^.*: /, "like ")} (the file's date order).`;

function typeCell(type: FieldType, raw: string, readWith: ReadWith): CellRead<string | number> {
  switch (type) {
    case "text":
      return { ok: true, value: raw };
    case "date": {
      const date = readDate(raw, readWith.dateOrder);
      return date ? { ok: true, value: date } : { ok: false, message: dateMessage(readWith.dateOrder) };
    }
    case "month": {
      const month = readMonth(raw);
      return month ? { ok: true, value: month } : { ok: false, message: "Enter a month written like 2026-03 or 03/2026." };
    }
    case "money":
      return readMoney(raw, readWith.decimal);
    case "number":
      return readNumberCell(raw, readWith.decimal);
  }
}

/** Where each field's cells are in a line: the mapped column's position, or -1 when the field is not in the file. */
export const positionsOf = (fields: readonly ImportField[], header: string[], mapping: Mapping): number[] =>
  fields.map((f) => (mapping[f.key] === undefined ? -1 : header.indexOf(mapping[f.key])));

/** A line's mapped cells as typed values, or every cell that is not what its field takes. */
export function typeRecord(fields: readonly ImportField[], positions: number[], mapping: Mapping, { line, cells }: Line, readWith: ReadWith): { record: TypedRecord } | { errors: CellError[] } {
  const record: TypedRecord = {};
  const errors: CellError[] = [];
  for (const [i, field] of fields.entries()) {
    const column = mapping[field.key];
    const raw = positions[i] < 0 ? "" : (cells[positions[i]] ?? "").trim();
    if (raw === "") {
      record[field.key] = null;
      continue;
    }
    const read = typeCell(field.type, raw, readWith);
    if (read.ok) record[field.key] = read.value;
    else errors.push({ row: line, column: column ?? field.key, message: read.message });
  }
  return errors.length ? { errors } : { record };
}
