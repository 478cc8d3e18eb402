"use client";

import { FieldShell } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { ImportField, Mapping } from "@/lib/imports/pipeline";

type ColumnMappingProps = { fields: readonly ImportField[]; header: string[]; mapping: Mapping; disabled: boolean; onChange: (mapping: Mapping) => void };

/**
 * Which column of the file holds which field: one choice per field, pre-filled from the header's names or
 * the last file of this shape. Folded away when every field was found, open when any is missing.
 */
export function ColumnMapping({ fields, header, mapping, disabled, onChange }: ColumnMappingProps) {
  const columns = [...new Set(header.filter((h) => h !== ""))].map((h) => ({ value: h, label: h }));
  const found = fields.filter((f) => mapping[f.key]).length;
  const used = new Set(Object.values(mapping));
  const ignored = columns.filter((c) => !used.has(c.value)).map((c) => c.value);
  return (
    <details open={found < fields.length} className="group mt-5">
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">
        Which column is which <span className="font-normal text-slate-600">({found} of {fields.length} found in the file)</span>
      </summary>
      <fieldset className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" disabled={disabled} data-testid="column-mapping">
        <legend className="sr-only">Which column of the file holds each field</legend>
        {fields.map((field) => (
          <FieldShell key={field.key} label={`${field.label}${field.required ? "" : " (optional)"}`} name={`map-${field.key}`}>
            <Select value={mapping[field.key] ?? ""} options={columns} onChange={(e) => onChange({ ...mapping, [field.key]: e.target.value })}>
              <option value="">Not in the file</option>
            </Select>
          </FieldShell>
        ))}
      </fieldset>
      {ignored.length > 0 && (
        <p className="mt-2 text-xs text-slate-500" data-testid="import-ignored-columns">
          Not imported: {ignored.join(", ")}.
        </p>
      )}
    </details>
  );
}
