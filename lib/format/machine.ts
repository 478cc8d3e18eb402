/**
 * Machine format, for files and the API: a point before the decimals, no thousands separators, ISO dates.
 * A workspace's export is always written this way, whatever its locale, so it can be read back exactly.
 */

/** Integer cents → "1234.56", "-0.50", "12.00": string arithmetic, so no float rounding creeps into a file. */
export function machineAmount(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  return `${cents < 0 && abs !== 0 ? "-" : ""}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A date as ISO text: "2027-05-09". */
export const machineDate = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * OWASP CSV injection: a cell starting with = + - @ tab or CR may run as a formula in Excel or Sheets,
 * so Papa prefixes it with ' — except a plain number such as -1234.56, which must stay a number.
 * (Papa's own `escapeFormulae: true` would also quote negative amounts.) Imports drop that ' again.
 */
export const formulaPrefix = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/** A cell as written by an export with `formulaPrefix`: "'=SUM(A1)" → "=SUM(A1)". */
export const unescapeFormula = (cell: string): string => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
