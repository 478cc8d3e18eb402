"use client";

import { useActionState, useEffect, useRef } from "react";
import { TextInput } from "@/components/portfolio/form/controls";
import { FormMessage, ResultMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { createActualBenefit, updateActualBenefit } from "@/lib/actuals/benefit-actions";
import { currencySymbol, type Formats } from "@/lib/format";
import { initialFormState } from "@/lib/form-state";

/** An entered benefit being edited, as the form's text: month 'YYYY-MM', amount typed the workspace's way. */
export type ActualBenefitEdit = { id: string; version: number; month: string; amount: string; description: string };

export type ActualBenefitFormProps = {
  slug: string;
  /** The technology the benefit was realised by. */
  technologyId: string;
  /** The workspace's locale and currency: the amount is typed the way it writes numbers. */
  formats: Formats;
  /** Present when editing: the entry and the version the user opened (a stale save is refused). */
  existing?: ActualBenefitEdit;
  /** The month a new entry starts at ('YYYY-MM'), e.g. the last complete month. */
  defaultMonth?: string;
  /** Called after a successful save (e.g. to close the dialog the form sits in). */
  onSaved?: () => void;
};

type Saved = ActionResult<{ id: string }>;

/**
 * Record what a technology really brought in for a month (the month's online revenue, say), or correct an
 * entry. A plain form: it saves and shows the server's messages without script too; a refusal keeps what
 * was typed.
 */
export function ActualBenefitForm({ slug, technologyId, formats, existing, defaultMonth = "", onSaved }: ActualBenefitFormProps) {
  const action = existing ? updateActualBenefit.bind(null, slug) : createActualBenefit.bind(null, slug);
  const [state, formAction] = useActionState(action, initialFormState as Saved);
  const saved = useRef(onSaved);
  useEffect(() => {
    saved.current = onSaved;
  });
  useEffect(() => {
    if (state.ok) saved.current?.();
  }, [state]);
  const typed = (name: string, fallback: string) => (!state.ok && state.values?.[name] !== undefined ? state.values[name] : fallback);
  const errors = (name: string) => (state.ok ? undefined : state.fieldErrors?.[name]);
  const prefix = existing ? `actual-benefit-${existing.id}` : "actual-benefit";
  // A fresh, empty form after each new entry; the typed text after a refusal.
  const key = state.ok ? `saved:${state.data?.id}` : JSON.stringify(state.values ?? {});
  return (
    <form action={formAction} noValidate className="space-y-3" data-testid={`${prefix}-form`}>
      {existing ? (
        <>
          <input type="hidden" name="id" value={existing.id} />
          <input type="hidden" name="version" value={existing.version} />
        </>
      ) : (
        <input type="hidden" name="investmentId" value={technologyId} />
      )}
      {!state.ok && <FormMessage message={state.message} />}
      <div key={key} className="grid gap-3 sm:grid-cols-3">
        <TextInput id={`${prefix}-month`} name="month" type="month" label="Month" defaultValue={typed("month", existing?.month ?? defaultMonth)} errors={errors("month")} />
        <TextInput
          id={`${prefix}-amount`}
          name="amount"
          label="Benefit realised"
          prefix={currencySymbol(formats)}
          inputMode="decimal"
          defaultValue={typed("amount", existing?.amount ?? "")}
          errors={errors("amount")}
          hint="A loss is negative."
        />
        <TextInput
          id={`${prefix}-description`}
          name="description"
          label="What it was"
          defaultValue={typed("description", existing?.description ?? "")}
          errors={errors("description")}
          placeholder="e.g. online revenue"
        />
      </div>
      <div className="flex items-center justify-end gap-3">
        {state.ok && <ResultMessage ok message={existing ? "Saved." : "Added."} testId={`${prefix}-saved`} />}
        <SubmitButton pendingLabel="Saving…" block={false} data-testid={`${prefix}-save`}>
          {existing ? "Save" : "Add benefit"}
        </SubmitButton>
      </div>
    </form>
  );
}
