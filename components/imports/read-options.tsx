"use client";

import { FieldShell } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { DATE_ORDER_CHOICES, DATE_ORDER_LABELS, DECIMAL_CHOICES, DECIMAL_LABELS } from "@/lib/imports/conventions";
import { DELIMITER_CHOICES, DELIMITER_LABELS } from "@/lib/imports/delimiter";
import type { ImportOptions, ReadWith } from "@/lib/imports/pipeline";

type Choices = Omit<ImportOptions, "mapping">;

const optionsOf = <T extends string>(choices: readonly T[], labels: Record<T, string>) => choices.map((value) => ({ value, label: labels[value] }));
const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

/** "Read with a decimal comma (detected) and dates day first (as chosen)." */
export function readWithText({ decimal, dateOrder, detected }: ReadWith): string {
  const how = (d: boolean) => (d ? "detected" : "as chosen");
  return `Read with a decimal ${decimal} (${how(detected.decimal)}) and dates ${lower(DATE_ORDER_LABELS[dateOrder].replace(/:.*/, ""))} (${how(detected.dateOrder)}).`;
}

type ReadOptionsProps = { choices: Choices; readWith: ReadWith | null; disabled: boolean; onChange: (choices: Partial<Choices>) => void };

/** How the file is read: its column separator, decimal separator and date order, each detected unless chosen. */
export function ReadOptions({ choices, readWith, disabled, onChange }: ReadOptionsProps) {
  return (
    <fieldset className="mt-5 grid gap-4 sm:grid-cols-3" disabled={disabled} data-testid="import-conventions">
      <legend className="mb-2 text-sm font-semibold text-slate-900">How the file is written</legend>
      <FieldShell label="Column separator" name="import-delimiter">
        <Select value={choices.delimiter} options={optionsOf(DELIMITER_CHOICES, DELIMITER_LABELS)} onChange={(e) => onChange({ delimiter: e.target.value as Choices["delimiter"] })} />
      </FieldShell>
      <FieldShell label="Decimal separator" name="import-decimal">
        <Select value={choices.decimal} options={optionsOf(DECIMAL_CHOICES, DECIMAL_LABELS)} onChange={(e) => onChange({ decimal: e.target.value as Choices["decimal"] })} />
      </FieldShell>
      <FieldShell label="Date order" name="import-date-order">
        <Select value={choices.dateOrder} options={optionsOf(DATE_ORDER_CHOICES, DATE_ORDER_LABELS)} onChange={(e) => onChange({ dateOrder: e.target.value as Choices["dateOrder"] })} />
      </FieldShell>
      <p className="text-xs text-slate-500 sm:col-span-3" data-testid="import-read-with">
        {readWith ? readWithText(readWith) : "Choose how the file is written: it could be read more than one way."} The choices are remembered for files with the same
        columns.
      </p>
    </fieldset>
  );
}
