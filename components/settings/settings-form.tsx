"use client";

import { useRef, useState, useTransition } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { label } from "@/lib/domain/labels";
import { sizeBands } from "@/lib/domain/values";
import { localeOptions } from "@/lib/format/examples";
import { isLocale, type Locale } from "@/lib/format/locales";
import { canonical, inputText, readNumber } from "@/lib/format/parse";
import { updateWorkspaceSettings, type SettingsSaved } from "@/lib/settings/actions";
import { commonCurrencies, commonIndustries, MAX_DISCOUNT_PERCENT, months, sizeBandLabels } from "@/lib/settings/schemas";

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

/** The select's options, with the stored value kept when it is not one of the common ones. */
const withCurrent = (values: readonly string[], current: string) => (current && !values.includes(current) ? [current, ...values] : values);

/** An admin's form for the workspace's settings; the server validates everything again and answers per field. */
export function SettingsForm({ slug, initial }: { slug: string; initial: SettingsFormValues }) {
  const [values, setValues] = useState(initial);
  const [shownLocale, setShownLocale] = useState(initial.locale);
  const [result, setResult] = useState<ActionResult<SettingsSaved>>();
  const [pending, startTransition] = useTransition();
  const messageRef = useRef<HTMLDivElement>(null);
  const set = (key: keyof SettingsFormValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const errors = (key: keyof SettingsFormValues) => (result && !result.ok ? result.fieldErrors?.[key] : undefined);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    startTransition(async () => {
      const saved = await updateWorkspaceSettings(slug, values);
      setResult(saved);
      // The rate was typed the old locale's way; after a change of locale the field shows it the new way.
      if (saved.ok && values.locale !== shownLocale && isLocale(values.locale) && isLocale(shownLocale)) {
        const read = readNumber(values.discountRate, shownLocale);
        if (read.ok) setValues((v) => ({ ...v, discountRate: inputText(canonical(read.value), v.locale as Locale) }));
        setShownLocale(values.locale);
      }
      messageRef.current?.focus();
    });
  }

  return (
    <form onSubmit={submit} noValidate className="max-w-3xl space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-busy={pending} data-testid="settings-form">
      <div ref={messageRef} tabIndex={-1} className="outline-none" aria-live="polite">
        {result && (
          <p
            role={result.ok ? "status" : "alert"}
            data-testid="settings-message"
            className={`rounded-md border px-3 py-2 text-sm ${result.ok ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-red-200 bg-red-50 text-red-700"}`}
          >
            {result.ok ? (result.data?.changed === false ? "Nothing changed." : "Settings saved. Every page of the workspace now uses them.") : result.message}
          </p>
        )}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextInput id="name" label="Workspace name" value={values.name} onValue={set("name")} errors={errors("name")} required maxLength={120} className="sm:col-span-2" hint="The address of the workspace stays the same." />
        <SelectInput
          id="industry"
          label="Industry"
          value={values.industry}
          onValue={set("industry")}
          errors={errors("industry")}
          options={withCurrent(commonIndustries, initial.industry).map((i) => ({ value: i, label: label(i) }))}
        />
        <SelectInput
          id="sizeBand"
          label="Size"
          value={values.sizeBand}
          onValue={set("sizeBand")}
          errors={errors("sizeBand")}
          options={sizeBands.map((b) => ({ value: b, label: sizeBandLabels[b] }))}
        />
        <TextInput id="employees" label="Employees (optional)" inputMode="numeric" value={values.employees} onValue={set("employees")} errors={errors("employees")} />
        <SelectInput
          id="currency"
          label="Currency"
          value={values.currency}
          onValue={set("currency")}
          errors={errors("currency")}
          options={withCurrent(commonCurrencies, initial.currency).map((c) => ({ value: c, label: c }))}
          hint="Every amount of the workspace is shown in it; amounts are not converted."
        />
        <SelectInput
          id="locale"
          label="Numbers and dates"
          value={values.locale}
          onValue={set("locale")}
          errors={errors("locale")}
          options={localeOptions()}
          hint="How amounts and dates are shown, and how typed numbers are read."
          className="sm:col-span-2"
        />
        <TextInput
          id="discountRate"
          label="Discount rate (% a year)"
          inputMode="decimal"
          value={values.discountRate}
          onValue={set("discountRate")}
          errors={errors("discountRate")}
          hint={`Used for NPV and discounted payback; 0 to ${MAX_DISCOUNT_PERCENT}, e.g. 8 for 8%.`}
        />
        <SelectInput
          id="fiscalYearStartMonth"
          label="Fiscal year starts in"
          value={values.fiscalYearStartMonth}
          onValue={set("fiscalYearStartMonth")}
          errors={errors("fiscalYearStartMonth")}
          options={months.map((m, i) => ({ value: String(i + 1), label: m }))}
        />
      </div>
      <div className="flex items-center justify-end">
        <button
          type="submit"
          disabled={pending}
          data-testid="settings-save"
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
        >
          {pending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
