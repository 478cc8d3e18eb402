"use client";

import { useActionState } from "react";
import { Field, FieldShell } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Select } from "@/components/ui/select";
import { SubmitButton } from "@/components/ui/submit-button";
import { label } from "@/lib/domain/labels";
import { initialFormState } from "@/lib/form-state";
import { createWorkspace } from "@/lib/workspaces/actions";
import { commonCurrencies, industries } from "@/lib/workspaces/schemas";

type ChoiceProps = { name: string; title: string; options: { value: string; label: string }[]; defaultValue?: string; errors?: string[] };

/** A labelled select named `name`, its id and test id `new-workspace-<name>`, its error `<name>-error`. */
function Choice({ name, title, options, defaultValue, errors }: ChoiceProps) {
  return (
    <FieldShell label={title} name={name} id={`new-workspace-${name}`} errors={errors}>
      <Select name={name} defaultValue={defaultValue} data-testid={`new-workspace-${name}`} options={options} />
    </FieldShell>
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
        <Choice
          name="currency"
          title="Currency"
          options={currencies.map((c) => ({ value: c, label: c }))}
          defaultValue={state.values?.currency || defaultCurrency}
          errors={errors.currency}
        />
        <Choice
          name="industry"
          title="Industry (optional)"
          options={[{ value: "", label: "Not specified" }, ...industries.filter((i) => i !== "other").map((i) => ({ value: i, label: label(i) })), { value: "other", label: "Other" }]}
          defaultValue={state.values?.industry ?? ""}
          errors={errors.industry}
        />
      </div>
      <SubmitButton pendingLabel="Creating the workspace…" block={false} data-testid="new-workspace-submit">
        Create workspace
      </SubmitButton>
    </form>
  );
}
