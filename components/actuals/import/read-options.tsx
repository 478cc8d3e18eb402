"use client";

import { FieldShell } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { DATE_ORDER_CHOICES, DATE_ORDER_LABELS, DECIMAL_CHOICES, DECIMAL_LABELS, type DateOrderChoice, type DecimalChoice } from "@/lib/imports/conventions";
import { DELIMITER_CHOICES, DELIMITER_LABELS, type DelimiterChoice } from "@/lib/imports/delimiter";
import type { ImportField, Mapping } from "@/lib/imports/pipeline";

export type ReadChoices = { delimiter: DelimiterChoice; decimal: DecimalChoice; dateOrder: DateOrderChoice };

const optionsOf = <T extends string>(choices: readonly T[], labels: Record<T, string>) => choices.map((value) => ({ value, label: labels[value] }));

/** How the file is read: its column separator, decimal separator and date order, each detected unless chosen. */
export function ReadOptions({ choices, disabled, onChange }: { choices: ReadChoices; disabled: boolean; onChange: (choices: Partial<ReadChoices>) => void }) {
  return (
    <fieldset className="mt-5 grid gap-4 sm:grid-cols-3">
      <legend className="mb-2 text-sm font-semibold text-slate-900">How the file is written</legend>
      <FieldShell label="Column separator" name="delimiter">
        <Select value={choices.delimiter} disabled={disabled} options={optionsOf(DELIMITER_CHOICES, DELIMITER_LABELS)} onChange={(e) => onChange({ delimiter: e.target.value as DelimiterChoice })} />
      </FieldShell>
      <FieldShell label="Decimal separator" name="decimal">
        <Select value={choices.decimal} disabled={disabled} options={optionsOf(DECIMAL_CHOICES, DECIMAL_LABELS)} onChange={(e) => onChange({ decimal: e.target.value as DecimalChoice })} />
      </FieldShell>
      <FieldShell label="Date order" name="dateOrder">
        <Select value={choices.dateOrder} disabled={disabled} options={optionsOf(DATE_ORDER_CHOICES, DATE_ORDER_LABELS)} onChange={(e) => onChange({ dateOrder: e.target.value as DateOrderChoice })} />
      </FieldShell>
    </fieldset>
  );
}

/** Which column of the file holds which field: one choice per field, pre-filled from the header's names or the last file of this shape. */
export function ColumnMapping({ fields, header, mapping, disabled, onChange }: { fields: readonly ImportField[]; header: string[]; mapping: Mapping; disabled: boolean; onChange: (mapping: Mapping) => void }) {
  const columns = header.filter((h) => h !== "").map((h) => ({ value: h, label: h }));
  return (
    <fieldset className="mt-5 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" data-testid="column-mapping">
      <legend className="mb-2 text-sm font-semibold text-slate-900">Which column is which</legend>
      {fields.map((field) => (
        <FieldShell key={field.key} label={`${field.label}${field.required ? "" : " (optional)"}`} name={`map-${field.key}`} hint={field.help}>
          <Select value={mapping[field.key] ?? ""} disabled={disabled} options={columns} onChange={(e) => onChange({ ...mapping, [field.key]: e.target.value })}>
            <option value="">Not in the file</option>
          </Select>
        </FieldShell>
      ))}
    </fieldset>
  );
}
