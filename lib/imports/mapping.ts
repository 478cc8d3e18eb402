/**
 * Which column of a file holds which field: as chosen (or remembered), else found by the header's names.
 * A choice that names no column of the file, or a column the header has twice, is refused.
 */
import type { ImportField, ImportKind, Mapping } from "./pipeline";

/** "Booking date", "booking_date" and "BOOKING-DATE" are one name. */
const nameKey = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, " ");

/** Each field → the first header cell named like it (its key, label or a synonym, in that order), each cell used once. */
export function autoMapping(fields: readonly ImportField[], header: readonly string[]): Mapping {
  const mapping: Mapping = {};
  const taken = new Set<string>();
  for (const field of fields) {
    for (const name of [field.key, field.label, ...field.synonyms].map(nameKey)) {
      const cell = header.find((h) => h !== "" && !taken.has(h) && nameKey(h) === name);
      if (cell === undefined) continue;
      mapping[field.key] = cell;
      taken.add(cell);
      break;
    }
  }
  return mapping;
}

/** Only the kind's fields, only cells chosen (blank = not imported). */
function cleaned(fields: readonly ImportField[], chosen: Mapping): Mapping {
  const mapping: Mapping = {};
  for (const field of fields) {
    const cell = chosen[field.key]?.trim();
    if (cell) mapping[field.key] = cell;
  }
  return mapping;
}

/** The mapping to read with, and what is wrong with it (one message for the whole mapping), if anything. */
export function mappingFor(kind: ImportKind<unknown>, header: readonly string[], chosen: Mapping | undefined): { mapping: Mapping; problem: string | null } {
  const mapping = chosen ? cleaned(kind.fields, chosen) : autoMapping(kind.fields, header);
  const problems: string[] = [];
  for (const field of kind.fields) {
    const cell = mapping[field.key];
    const times = cell === undefined ? 0 : header.filter((h) => h === cell).length;
    if (cell !== undefined && times === 0) problems.push(`The column "${cell}" chosen for ${field.label} is not in the file.`);
    else if (times > 1) problems.push(`The column "${cell}" appears more than once in the header. Rename one of them, or choose another column for ${field.label}.`);
    else if (cell === undefined && field.required) problems.push(`Choose the column that holds ${field.label}.`);
  }
  const more = kind.checkMapping?.(mapping);
  if (more) problems.push(`Choose the columns that hold ${more}.`);
  return { mapping, problem: problems.length ? problems.join(" ") : null };
}
