/**
 * What a kind's preview action sends the browser: the file as read (shape, mapping, conventions, problems)
 * and a summary of its first rows, not every row of a large file. Plain data, for client components.
 */
import type { CellError, Delimiter, ImportOptions, Mapping, Preview, ReadWith } from "./pipeline";

export type ImportCheck<Summary> = {
  /** How the file was asked to be read ("auto" = detect): as sent, else as remembered for its header. */
  choices: ImportOptions;
  header: string[];
  delimiter: Delimiter;
  mapping: Mapping;
  readWith: ReadWith | null;
  /** The first rows, summarised for the preview table. */
  rows: { line: number; row: Summary }[];
  rowCount: number;
  /** The first problems (all of them up to the limit); `errorCount` says how many there are. */
  errors: CellError[];
  errorCount: number;
  fileError: string | null;
};

/** Rows and problems the browser is sent at most: enough to see and fix a file, small enough for any file. */
const SHOWN = 200;

export function toCheck<Row, Summary>(preview: Preview<Row>, choices: ImportOptions, summarise: (row: Row) => Summary): ImportCheck<Summary> {
  return {
    choices,
    header: preview.header,
    delimiter: preview.delimiter,
    mapping: preview.mapping,
    readWith: preview.readWith,
    rows: preview.rows.slice(0, SHOWN).map(({ line, row }) => ({ line, row: summarise(row) })),
    rowCount: preview.rows.length,
    errors: preview.errors.slice(0, SHOWN),
    errorCount: preview.errors.length,
    fileError: preview.fileError,
  };
}
