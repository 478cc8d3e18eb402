"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { label } from "@/lib/domain/labels";
import { initialFormState } from "@/lib/form-state";
import { createWorkspace } from "@/lib/workspaces/actions";
import { commonCurrencies, industries } from "@/lib/workspaces/schemas";

function Select({
  name,
  title,
  options,
  defaultValue,
  errors,
}: {
  name: string;
  title: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
  errors?: string[];
}) {
  const invalid = Boolean(errors?.length);
  return (
    <div className="space-y-1">
      <label htmlFor={`new-workspace-${name}`} className="block text-sm font-medium text-slate-700">
        {title}
      </label>
      <select
        id={`new-workspace-${name}`}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `new-workspace-${name}-error` : undefined}
        data-testid={`new-workspace-${name}`}
        className={`block w-full rounded-md border bg-white px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 ${
          invalid ? "border-red-400 focus:ring-red-200" : "border-slate-300 focus:border-indigo-500 focus:ring-indigo-200"
        }`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {invalid && (
        <p id={`new-workspace-${name}-error`} className="text-xs text-red-600" data-testid={`${name}-error`}>
          {errors![0]}
        </p>
      )}
    </div>
  );
}

function CreateButton() {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      data-testid="new-workspace-submit"
      className="inline-flex items-center justify-center gap-2 rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
    >
      {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
      {pending ? "Creating the workspace…" : "Create workspace"}
    </button>
  );
}

/** A new client workspace, owned by the signed-in user; on success the action opens its dashboard. */
export function NewWorkspaceForm({ defaultCurrency = "USD" }: { defaultCurrency?: string }) {
  const [state, action] = useActionState(createWorkspace, initialFormState);
  const errors = state.fieldErrors ?? {};
  const currencies = (commonCurrencies as readonly string[]).includes(defaultCurrency) ? commonCurrencies : [defaultCurrency, ...commonCurrencies];
  return (
    <form action={action} className="space-y-4" noValidate data-testid="new-workspace-form">
      <FormMessage message={state.message} />
      <Field
        label="Client or company name"
        name="name"
        id="new-workspace-name"
        required
        maxLength={80}
        placeholder="e.g. Harbor Bakery"
        defaultValue={state.values?.name}
        errors={errors.name}
        data-testid="new-workspace-name"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          name="currency"
          title="Currency"
          options={currencies.map((c) => ({ value: c, label: c }))}
          defaultValue={state.values?.currency || defaultCurrency}
          errors={errors.currency}
        />
        <Select
          name="industry"
          title="Industry (optional)"
          options={[{ value: "", label: "Not specified" }, ...industries.filter((i) => i !== "other").map((i) => ({ value: i, label: label(i) })), { value: "other", label: "Other" }]}
          defaultValue={state.values?.industry ?? ""}
          errors={errors.industry}
        />
      </div>
      <CreateButton />
    </form>
  );
}
