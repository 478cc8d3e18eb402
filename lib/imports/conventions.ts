/**
 * How a file writes its numbers and dates: declared by the person importing it, or detected from the
 * file itself. Detection only reads what a file says unambiguously ("12,5" has a decimal comma,
 * "1,234,567" has thousands commas, "31/01/2026" is day first); a file whose values could be read two
 * ways, or that says both, is refused until its conventions are declared.
 */
import type { Locale } from "@/lib/format/locales";
import { SEPARATORS } from "@/lib/format/locales";

export const DECIMAL_CHOICES = ["auto", "point", "comma"] as const;
export const DATE_ORDER_CHOICES = ["auto", "ymd", "dmy", "mdy"] as const;
export type DecimalChoice = (typeof DECIMAL_CHOICES)[number];
export type DateOrderChoice = (typeof DATE_ORDER_CHOICES)[number];
export type Decimal = Exclude<DecimalChoice, "auto">;
export type DateOrder = Exclude<DateOrderChoice, "auto">;
export type FileConventions = { decimal: DecimalChoice; dateOrder: DateOrderChoice };

export const DECIMAL_LABELS: Record<DecimalChoice, string> = {
  auto: "Detect from the file",
  point: "Point: 1,234.56",
  comma: "Comma: 1.234,56",
};
export const DATE_ORDER_LABELS: Record<DateOrderChoice, string> = {
  auto: "Detect from the file",
  ymd: "Year first: 2026-01-31",
  dmy: "Day first: 31/01/2026",
  mdy: "Month first: 01/31/2026",
};

/** A locale's own conventions, which a workspace's imports start from. */
export const localeConventions = (locale: Locale): { decimal: Decimal; dateOrder: DateOrder } => ({
  decimal: SEPARATORS[locale].decimal === "." ? "point" : "comma",
  dateOrder: locale === "en-US" ? "mdy" : "dmy",
});

/** A value as found in the file, with where it is, for messages. */
export type Cell = { row: number; column: string; value: string };
export type Detected<T> = { ok: true; value: T | null } | { ok: false; message: string };

const where = (c: Cell) => `row ${c.row}, ${c.column}: “${c.value}”`;

/** What one number says about its decimal separator: "point", "comma", or null when it says nothing for sure. */
function decimalOf(text: string): Decimal | "either" | null {
  const t = text.trim().replace(/^[-−+]/, "");
  const points = t.split(".").length - 1;
  const commas = t.split(",").length - 1;
  if (points && commas) return t.lastIndexOf(".") > t.lastIndexOf(",") ? "point" : "comma";
  if (points + commas === 0) return null;
  const [mark, count] = points ? [".", points] : [",", commas];
  if (count > 1) return mark === "." ? "comma" : "point"; // only thousands separators repeat
  // One mark followed by exactly three digits: a decimal or a thousands separator. Anything else: a decimal.
  return /^\d{1,3}[.,]\d{3}$/.test(t) ? "either" : mark === "." ? "point" : "comma";
}

/** The decimal separator the numbers of a file use; null when none of them has one (whole numbers). */
export function detectDecimal(cells: readonly Cell[]): Detected<Decimal> {
  const found: Partial<Record<Decimal, Cell>> = {};
  let either: Cell | undefined;
  for (const cell of cells) {
    const d = decimalOf(cell.value);
    if (d === "either") either ??= cell;
    else if (d) found[d] ??= cell;
  }
  if (found.point && found.comma) {
    return { ok: false, message: `The file writes numbers both with a decimal point (${where(found.point)}) and a decimal comma (${where(found.comma)}). Choose the decimal separator, and correct the numbers written the other way.` };
  }
  const decimal = found.point ? "point" : found.comma ? "comma" : null;
  if (!decimal && either) {
    return { ok: false, message: `“${either.value}” (row ${either.row}, ${either.column}) could be a thousand or more, or a number with decimals. Choose the decimal separator the file uses.` };
  }
  return { ok: true, value: decimal };
}

const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** The order of day and month in a file's dates; null when every date is year first or none is ambiguous-shaped. */
export function detectDateOrder(cells: readonly Cell[]): Detected<DateOrder> {
  const found: Partial<Record<DateOrder, Cell>> = {};
  let either: Cell | undefined;
  for (const cell of cells) {
    const text = cell.value.trim();
    if (ISO.test(text)) {
      found.ymd ??= cell;
      continue;
    }
    const m = SLASHED.exec(text);
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) found.dmy ??= cell;
    else if (b > 12 && a <= 12) found.mdy ??= cell;
    else if (a <= 12 && b <= 12 && a !== b) either ??= cell;
  }
  if (found.dmy && found.mdy) {
    return { ok: false, message: `The file writes dates both day first (${where(found.dmy)}) and month first (${where(found.mdy)}). Choose the date order, and correct the dates written the other way.` };
  }
  const order = found.dmy ?? found.mdy ? (found.dmy ? "dmy" : "mdy") : null;
  if (!order && either) {
    return { ok: false, message: `“${either.value}” (row ${either.row}, ${either.column}) could be day/month or month/day. Choose the date order the file uses.` };
  }
  return { ok: true, value: order ?? (found.ymd ? "ymd" : null) };
}

/**
 * A date cell → "YYYY-MM-DD", read in the given order (year-first ISO dates are read in any order);
 * null when it is not a real date written that way.
 */
export function readDate(raw: string, order: DateOrder): string | null {
  const text = raw.trim();
  let y: number, m: number, d: number;
  const iso = ISO.exec(text);
  const slashed = SLASHED.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (slashed && order !== "ymd") {
    const [a, b] = [Number(slashed[1]), Number(slashed[2])];
    [y, m, d] = order === "dmy" ? [Number(slashed[3]), b, a] : [Number(slashed[3]), a, b];
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A month cell → "YYYY-MM": "2026-03", "03/2026", "3.2026"; null otherwise. */
export function readMonth(raw: string): string | null {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})$/.exec(text);
  const slashed = /^(\d{1,2})[/.-](\d{4})$/.exec(text);
  const [y, m] = iso ? [iso[1], iso[2]] : slashed ? [slashed[2], slashed[1]] : [];
  if (!y || !m || Number(m) < 1 || Number(m) > 12) return null;
  return `${y}-${m.padStart(2, "0")}`;
}

/** The locale whose way of writing numbers reads this decimal separator: the workspace's own when it matches. */
export function readingLocale(decimal: Decimal, workspace: Locale): Locale {
  if (localeConventions(workspace).decimal === decimal) return workspace;
  return decimal === "point" ? "en-US" : "de-DE";
}
