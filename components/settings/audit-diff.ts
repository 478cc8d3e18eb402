/** One field that differs between an audit row's before and after. */
export type FieldChange = { field: string; before: unknown; after: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The top-level fields that differ, in a stable order; null when before/after are not both objects
 * (a create, a delete, or a list), in which case the whole JSON is shown instead.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] | null {
  if (!isRecord(before) || !isRecord(after)) return null;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((field) => ({ field, before: before[field], after: after[field] }));
}

export const showValue = (v: unknown): string => (v === undefined ? "—" : typeof v === "string" ? v : JSON.stringify(v));

