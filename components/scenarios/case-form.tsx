"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { TextInput } from "@/components/portfolio/form/controls";
import type { ActionResult } from "@/lib/actions/tenant-action";
import type { Locale } from "@/lib/format/locales";
import { inputText } from "@/lib/format/parse";
import { saveScenario } from "@/lib/scenarios/actions";
import type { CaseKind, ScenarioSettings } from "@/lib/scenarios/settings";
import { numberText } from "@/lib/format/typed-number";

/** `locale`: the workspace's way of writing numbers, which the fields show and the server reads ("1,2" in de-DE). */
type Props = { slug: string; scope: string; kind: CaseKind; settings: ScenarioSettings; saved: boolean; locale: Locale };
type Values = Record<keyof ScenarioSettings, string>;

const fields = (locale: Locale): { key: keyof ScenarioSettings; label: string; hint: string }[] => [
  { key: "benefitMultiplier", label: "Benefit multiplier", hint: `1 = as planned, ${inputText("1.2", locale)} = 20% more.` },
  { key: "costMultiplier", label: "Cost multiplier", hint: `${inputText("1.15", locale)} = costs 15% over plan.` },
  { key: "delayMonths", label: "Delay (months)", hint: "Benefits start this much later." },
  { key: "adoptionRate", label: "Adoption rate", hint: "Share of users adopting, 0 to 1." },
];

/** An admin's edit of one case; the server validates again, answers by the field and recomputes the figures. */
export function CaseForm({ slug, scope, kind, settings, saved, locale }: Props) {
  const router = useRouter();
  const inputs = fields(locale);
  const initial = Object.fromEntries(inputs.map((f) => [f.key, inputText(numberText(settings[f.key]), locale)])) as Values;
  const [values, setValues] = useState<Values>(initial);
  const [result, setResult] = useState<ActionResult<{ id: string }>>();
  const [pending, startTransition] = useTransition();
  const errors = (key: string) => (result && !result.ok ? result.fieldErrors?.[key] : undefined);

  function submit(event: React.FormEvent) {
    event.preventDefault();
    if (pending) return;
    startTransition(async () => {
      const answer = await saveScenario(slug, { scope, kind, ...values });
      setResult(answer);
      if (answer.ok) router.refresh();
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="scenario-edit" aria-busy={pending} className="mt-4 space-y-3 border-t border-slate-100 pt-4">
      <div className="grid grid-cols-2 gap-3">
        {inputs.map((f) => (
          <TextInput
            key={f.key}
            id={`${kind}-${f.key}`}
            name={f.key}
            label={f.label}
            hint={f.hint}
            inputMode="decimal"
            value={values[f.key]}
            onValue={(v) => setValues((old) => ({ ...old, [f.key]: v }))}
            errors={errors(f.key)}
            data-testid={f.key}
          />
        ))}
      </div>
      <div className="flex items-center justify-between gap-3">
        <p className="text-xs text-slate-500" role="status">
          {result?.ok ? "Saved; the figures are updated." : result?.message ?? (saved ? "" : "Default settings; saving stores them.")}
        </p>
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70"
        >
          {pending ? "Saving…" : "Save case"}
        </button>
      </div>
    </form>
  );
}
