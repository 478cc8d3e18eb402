"use client";

import { useActionState, useEffect } from "react";
import { SelectInput, TextInput } from "@/components/portfolio/form/controls";
import { Button } from "@/components/ui/button";
import { FormMessage, ResultMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { MatchRuleRow } from "@/db/queries/match-rules";
import { createMatchRule, updateMatchRule } from "@/lib/actuals/rule-actions";
import { initialFormState } from "@/lib/form-state";
import { categoryOptions, type TechnologyOption } from "./payment-fields";

export const fieldLabels = { payee: "Payee", description: "Description", reference: "Reference", any: "Any of them" } as const;
const fieldOptions = Object.entries(fieldLabels).map(([value, label]) => ({ value, label }));

type Props = {
  slug: string;
  technologies: readonly TechnologyOption[];
  /** The rule edited; without it the form adds a rule after the others. */
  rule?: MatchRuleRow;
  /** A new rule's text to start from (a payee picked in the ledger). */
  initialPattern?: string;
  onDone?: () => void;
};

/** "Payee contains Shopify → Online shop, Subscription": adds a rule, or edits one at the version it was opened on. */
export function RuleForm({ slug, technologies, rule, initialPattern, onDone }: Props) {
  const [state, formAction, pending] = useActionState((rule ? updateMatchRule : createMatchRule).bind(null, slug), initialFormState);
  useEffect(() => {
    if (state.ok) onDone?.();
  }, [state.ok, onDone]);
  const stored = rule ? { field: rule.field, pattern: rule.pattern, investmentId: rule.investmentId, costCategory: rule.costCategory ?? "" } : { pattern: initialPattern };
  const values: Record<string, string | undefined> = { ...stored, ...(state.ok ? {} : state.values) };
  const errors = (key: string) => (state.ok ? undefined : state.fieldErrors?.[key]);
  const prefix = rule ? `rule-${rule.id}-` : "new-rule-";
  return (
    <form action={formAction} noValidate aria-busy={pending} aria-label={rule ? `Edit the rule for “${rule.pattern}”` : "Add a matching rule"} className="space-y-3" data-testid={rule ? "edit-rule-form" : "add-rule-form"}>
      {rule && (
        <>
          <input type="hidden" name="id" value={rule.id} />
          <input type="hidden" name="version" value={rule.version} />
        </>
      )}
      {!state.ok && <FormMessage message={state.message} />}
      {!rule && <ResultMessage ok testId="rule-saved" message={state.ok ? "Rule added after the others." : undefined} />}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <SelectInput id={`${prefix}field`} name="field" label="When the" defaultValue={values.field ?? "payee"} errors={errors("field")} options={fieldOptions} />
        <TextInput id={`${prefix}pattern`} name="pattern" label="contains" placeholder="e.g. Shopify" maxLength={200} required defaultValue={values.pattern} errors={errors("pattern")} hint="Upper or lower case does not matter." />
        <SelectInput
          id={`${prefix}investmentId`}
          name="investmentId"
          label="file it under"
          defaultValue={values.investmentId ?? ""}
          errors={errors("investmentId")}
          options={[{ value: "", label: "Choose a technology…" }, ...technologies.map((t) => ({ value: t.id, label: t.name }))]}
        />
        <SelectInput id={`${prefix}costCategory`} name="costCategory" label="as" defaultValue={values.costCategory ?? ""} errors={errors("costCategory")} options={categoryOptions} />
      </div>
      <div className="flex gap-2">
        <SubmitButton pendingLabel="Saving…" block={false} size="sm" data-testid={rule ? "save-rule" : "add-rule"}>
          {rule ? "Save rule" : "Add rule"}
        </SubmitButton>
        {onDone && rule && (
          <Button variant="secondary" size="sm" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
