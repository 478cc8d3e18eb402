"use client";

import { useActionState } from "react";
import { TextInput } from "@/components/portfolio/form/controls";
import { SubmitButton } from "@/components/ui/submit-button";
import type { Locale } from "@/lib/format/locales";
import { inputText } from "@/lib/format/parse";
import { numberText } from "@/lib/format/typed-number";
import { initialFormState, type FormState } from "@/lib/form-state";
import { saveScenario } from "@/lib/scenarios/actions";
import type { CaseKind, ScenarioSettings } from "@/lib/scenarios/settings";

/** `locale`: the workspace's way of writing numbers, which the fields show and the server reads ("1,2" in de-DE). */
type Props = { slug: string; scope: string; kind: CaseKind; settings: ScenarioSettings; saved: boolean; locale: Locale };

const fields = (locale: Locale): { key: keyof ScenarioSettings; label: string; hint: string }[] => [
  { key: "benefitMultiplier", label: "Benefit multiplier", hint: `1 = as planned, ${inputText("1.2", locale)} = 20% more.` },
  { key: "costMultiplier", label: "Cost multiplier", hint: `${inputText("1.15", locale)} = costs 15% over plan.` },
  { key: "delayMonths", label: "Delay (months)", hint: "Benefits start this much later." },
  { key: "adoptionRate", label: "Adoption rate", hint: "Share of users adopting, 0 to 1." },
];

/**
 * An admin's edit of one case, posted as a form (it saves without JavaScript too); the server validates again,
 * answers by the field and recomputes the figures. After a refusal the fields keep what was typed.
 */
export function CaseForm({ slug, scope, kind, settings, saved, locale }: Props) {
  const [state, formAction, pending] = useActionState(saveScenario.bind(null, slug), initialFormState);
  const typed = state.ok ? undefined : state.values;
  return (
    <form action={formAction} noValidate data-testid="scenario-edit" aria-busy={pending} className="mt-4 space-y-3 border-t border-slate-100 pt-4">
      <input type="hidden" name="scope" value={scope} />
      <input type="hidden" name="kind" value={kind} />
      <div className="grid grid-cols-2 gap-3">
        {fields(locale).map((f) => (
          <TextInput
            key={f.key}
            id={`${kind}-${f.key}`}
            name={f.key}
            label={f.label}
            hint={f.hint}
            inputMode="decimal"
            defaultValue={typed?.[f.key] ?? inputText(numberText(settings[f.key]), locale)}
            errors={state.ok ? undefined : state.fieldErrors?.[f.key]}
            data-testid={f.key}
          />
        ))}
      </div>
      <div className="flex items-center justify-between gap-3">
        <p className="text-xs text-slate-500" role="status">
          {statusText(state, saved)}
        </p>
        <SubmitButton pendingLabel="Saving…" block={false} size="sm">
          Save case
        </SubmitButton>
      </div>
    </form>
  );
}

function statusText(state: FormState, saved: boolean) {
  if (state.ok) return "Saved; the figures are updated.";
  return state.message ?? (saved ? "" : "Default settings; saving stores them.");
}
