"use client";

import { useActionState, useEffect, useRef } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import { cardClass } from "@/components/ui/card";
import { ResultMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { label } from "@/lib/domain/labels";
import { sizeBands } from "@/lib/domain/values";
import { localeOptions } from "@/lib/format/examples";
import { initialFormState } from "@/lib/form-state";
import { updateWorkspaceSettings, type SettingsSaved } from "@/lib/settings/actions";
import { commonCurrencies, commonIndustries, MAX_DISCOUNT_PERCENT, months, sizeBandLabels } from "@/lib/settings/schemas";

/** The fields as typed: every value a string (the form's text), read by the server with the workspace's locale. */
export type SettingsFormValues = {
  name: string;
  industry: string;
  sizeBand: string;
  employees: string;
  currency: string;
  discountRate: string;
  fiscalYearStartMonth: string;
  locale: string;
};
type State = ActionResult<SettingsSaved>;

/** The select's options, with the stored value kept when it is not one of the common ones. */
const withCurrent = (values: readonly string[], current: string) => (current && !values.includes(current) ? [current, ...values] : values);

/**
 * An admin's form for the workspace's settings; it posts without JavaScript too. The server validates everything
 * again and answers per field; after a save the page comes back with the stored values (a changed locale rewrites
 * the discount rate its own way), after a refusal the fields keep what was typed.
 */
export function SettingsForm({ slug, initial }: { slug: string; initial: SettingsFormValues }) {
  const [state, formAction, pending] = useActionState(updateWorkspaceSettings.bind(null, slug), initialFormState as State);
  const shown = { ...initial, ...(state.ok ? {} : state.values) } as SettingsFormValues;
  const errors = (key: keyof SettingsFormValues) => (state.ok ? undefined : state.fieldErrors?.[key]);
  return (
    <form action={formAction} noValidate className={cardClass({ className: "max-w-3xl space-y-6" })} aria-busy={pending} data-testid="settings-form">
      <SettingsMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SettingsFields initial={initial} shown={shown} errors={errors} />
      </div>
      <div className="flex items-center justify-end">
        <SubmitButton pendingLabel="Saving…" block={false} data-testid="settings-save">
          Save settings
        </SubmitButton>
      </div>
    </form>
  );
}

/** The answer above the fields, focused when it arrives so a screen reader reads it. */
function SettingsMessage({ state }: { state: State }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state !== initialFormState) ref.current?.focus();
  }, [state]);
  const text = state.ok ? (state.data?.changed === false ? "Nothing changed." : "Settings saved. Every page of the workspace now uses them.") : state.message;
  return (
    <div ref={ref} tabIndex={-1} className="outline-none" aria-live="polite">
      <ResultMessage ok={state.ok} message={text} testId="settings-message" />
    </div>
  );
}

type FieldsProps = { initial: SettingsFormValues; shown: SettingsFormValues; errors: (key: keyof SettingsFormValues) => string[] | undefined };

function SettingsFields({ initial, shown, errors }: FieldsProps) {
  const field = (id: keyof SettingsFormValues) => ({ id, defaultValue: shown[id], errors: errors(id) });
  return (
    <>
      <TextInput {...field("name")} label="Workspace name" required maxLength={120} className="sm:col-span-2" hint="The address of the workspace stays the same." />
      <SelectInput {...field("industry")} label="Industry" options={withCurrent(commonIndustries, initial.industry).map((i) => ({ value: i, label: label(i) }))} />
      <SelectInput {...field("sizeBand")} label="Size" options={sizeBands.map((b) => ({ value: b, label: sizeBandLabels[b] }))} />
      <TextInput {...field("employees")} label="Employees (optional)" inputMode="numeric" />
      <SelectInput
        {...field("currency")}
        label="Currency"
        options={withCurrent(commonCurrencies, initial.currency).map((c) => ({ value: c, label: c }))}
        hint="Every amount of the workspace is shown in it; amounts are not converted."
      />
      <SelectInput
        {...field("locale")}
        label="Numbers and dates"
        options={localeOptions()}
        hint="How amounts and dates are shown, and how typed numbers are read."
        className="sm:col-span-2"
      />
      <TextInput {...field("discountRate")} label="Discount rate (% a year)" inputMode="decimal" hint={`Used for NPV and discounted payback; 0 to ${MAX_DISCOUNT_PERCENT}, e.g. 8 for 8%.`} />
      <SelectInput {...field("fiscalYearStartMonth")} label="Fiscal year starts in" options={months.map((m, i) => ({ value: String(i + 1), label: m }))} />
    </>
  );
}
