"use client";

import { useActionState, useEffect, useRef } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialFormState, type FormState } from "@/lib/form-state";
import { addIntegration } from "@/lib/integrations/actions";

type Props = { slug: string; technologyId: string; technologyName: string; options: { id: string; name: string }[] };

const directions = [
  { value: "sends", label: "sends data to" },
  { value: "receives", label: "receives data from" },
];

/**
 * Links the page's technology to another one of the workspace; it posts without JavaScript too, and the server
 * checks both technologies again. After a refusal the fields keep what was chosen; after a save they are empty.
 */
export function AddIntegrationForm({ slug, technologyId, technologyName, options }: Props) {
  const [state, formAction, pending] = useActionState(addIntegration.bind(null, slug), initialFormState);
  const values = state.ok ? {} : (state.values ?? {});
  const errors = (key: string) => (state.ok ? undefined : state.fieldErrors?.[key]);
  return (
    <form action={formAction} noValidate aria-busy={pending} aria-label={`Add an integration to ${technologyName}`} className="border-t border-slate-100 p-4">
      <input type="hidden" name="technologyId" value={technologyId} />
      <Answer state={state} />
      <div className="grid gap-3 sm:grid-cols-[12rem_minmax(0,1fr)_minmax(0,1fr)_auto] sm:items-start">
        <SelectInput id="integration-direction" name="direction" label={`${technologyName}…`} defaultValue={values.direction ?? "sends"} errors={errors("direction")} options={directions} />
        <SelectInput
          id="integration-other"
          name="otherId"
          label="Technology"
          defaultValue={values.otherId ?? ""}
          errors={errors("otherId") ?? errors("technologyId")}
          options={[{ value: "", label: "Choose a technology…" }, ...options.map((o) => ({ value: o.id, label: o.name }))]}
        />
        <TextInput
          id="integration-description"
          name="description"
          label="What flows (optional)"
          placeholder="e.g. daily sales totals"
          maxLength={200}
          defaultValue={values.description ?? ""}
          errors={errors("description")}
        />
        <SubmitButton pendingLabel="Adding…" block={false} size="sm" className="mt-6 py-2" data-testid="add-integration">
          Add link
        </SubmitButton>
      </div>
    </form>
  );
}

/** The refusal or the confirmation above the fields; a refusal takes the focus so it is read out. */
function Answer({ state }: { state: FormState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!state.ok && state.message) ref.current?.focus();
  }, [state]);
  return (
    <div ref={ref} tabIndex={-1} className="outline-none">
      {!state.ok && state.message && (
        <div className="mb-3">
          <FormMessage message={state.message} />
        </div>
      )}
      {state.ok && (
        <p role="status" className="mb-3 text-sm text-emerald-700">
          Integration added.
        </p>
      )}
    </div>
  );
}
