/**
 * Which character separates a file's columns. Spreadsheets save "CSV" with commas, semicolons (where the
 * comma is the decimal separator), tabs or pipes; the header line says which, unless it holds more than
 * one of them, and then the data lines decide or the person importing chooses.
 */
import Papa from "papaparse";

export const DELIMITERS = ["comma", "semicolon", "tab", "pipe"] as const;
export type Delimiter = (typeof DELIMITERS)[number];
export const DELIMITER_CHOICES = ["auto", ...DELIMITERS] as const;
export type DelimiterChoice = (typeof DELIMITER_CHOICES)[number];

export const DELIMITER_CHARS: Record<Delimiter, string> = { comma: ",", semicolon: ";", tab: "\t", pipe: "|" };
export const DELIMITER_LABELS: Record<DelimiterChoice, string> = {
  auto: "Detect from the file",
  comma: "Comma ( , )",
  semicolon: "Semicolon ( ; )",
  tab: "Tab",
  pipe: "Pipe ( | )",
};
const PLURAL: Record<Delimiter, string> = { comma: "commas", semicolon: "semicolons", tab: "tabs", pipe: "pipes" };

const orList = (words: string[]) => (words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`);

/** The first line of a file, where the header is. */
export const firstLine = (text: string): string => /^[^\r\n]*/.exec(text)?.[0] ?? "";

/** How often each candidate occurs in a line outside quoted values. */
function counts(line: string): Record<Delimiter, number> {
  const found = { comma: 0, semicolon: 0, tab: 0, pipe: 0 };
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted) for (const d of DELIMITERS) if (DELIMITER_CHARS[d] === ch) found[d] += 1;
  }
  return found;
}

/** True when every non-blank line among the first ones splits into as many columns as the header. */
function consistent(text: string, delimiter: Delimiter): boolean {
  const rows = Papa.parse<string[]>(text, { delimiter: DELIMITER_CHARS[delimiter], preview: 20, skipEmptyLines: "greedy" }).data;
  return rows.length > 1 && rows.every((r) => r.length === rows[0].length);
}

export type DelimiterFound = { ok: true; delimiter: Delimiter } | { ok: false; message: string };

/** The delimiter of a file: chosen, or found in its header line (a one-column file reads as comma-separated). */
export function resolveDelimiter(text: string, choice: DelimiterChoice): DelimiterFound {
  const found = counts(firstLine(text));
  const candidates = DELIMITERS.filter((d) => found[d] > 0);
  if (choice !== "auto") {
    const others = candidates.filter((d) => d !== choice);
    if (found[choice] === 0 && others.length) {
      return { ok: false, message: `The header has no ${PLURAL[choice]} but has ${orList(others.map((d) => PLURAL[d]))}. Choose the column separator the file uses.` };
    }
    return { ok: true, delimiter: choice };
  }
  if (candidates.length <= 1) return { ok: true, delimiter: candidates[0] ?? "comma" };
  const fitting = candidates.filter((d) => consistent(text, d));
  if (fitting.length === 1) return { ok: true, delimiter: fitting[0] };
  return { ok: false, message: `The columns could be separated by ${orList(candidates.map((d) => PLURAL[d]))}. Choose the column separator the file uses.` };
}
