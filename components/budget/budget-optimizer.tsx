"use client";

import { useActionState, useState } from "react";
import { TextInput } from "@/components/portfolio/form/controls";
import { cardClass } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { optimizeProposals } from "@/lib/budget/actions";
import { describeDifference, objectiveLabel, type BudgetComparison } from "@/lib/budget/plan";
import type { Objective } from "@/lib/finance";
import { currencySymbol, formatMoney, type Formats } from "@/lib/format";
import { centsInput } from "@/lib/format/parse";
import { initialFormState } from "@/lib/form-state";
import { PlanCard } from "./plan-card";

type Props = {
  slug: string;
  formats: Formats;
  /** The budget as the field shows it, in the workspace locale's way (`centsInput`). */
  defaultBudget: string;
  /** The plans for the default budget, computed with the page; null when they could not be (see message). */
  initial: BudgetComparison | null;
  initialMessage?: string;
};
type State = ActionResult<BudgetComparison>;

const objectiveChoices: { value: Objective; label: string; hint: string }[] = [
  { value: "npv", label: "Risk-adjusted NPV", hint: "The most money back, benefits weighted by their confidence." },
  { value: "alignment_weighted", label: "Alignment-weighted value", hint: "NPV × strategic alignment: value that serves your goals." },
];

/**
 * The budget form and both plans. Every run goes to the server (it posts without JavaScript too), which
 * computes the plans next to the data; a refused input keeps the last plans on screen, labelled with the
 * budget they are for.
 */
export function BudgetOptimizer({ slug, formats, defaultBudget, initial, initialMessage }: Props) {
  const [state, formAction, pending] = useActionState(optimizeProposals.bind(null, slug), initialFormState as State);
  const shown = useLastPlans(state, initial);
  const errors = state.ok ? undefined : state.fieldErrors;
  const message = state === initialFormState ? initialMessage : state.ok || errors ? undefined : state.message;
  // After a run the form is reset to its defaults: they are the budget and objective of the plans shown.
  const typed = state.ok || !state.values ? { budget: shown ? centsInput(shown.budgetCents, formats.locale) : defaultBudget, objective: shown?.objective } : state.values;
  return (
    <div className="space-y-6">
      <form action={formAction} noValidate className={cardClass()} aria-busy={pending}>
        <div className="grid gap-5 md:grid-cols-[minmax(0,16rem)_1fr_auto] md:items-start">
          <TextInput
            id="budget"
            label={`Budget (${formats.currency})`}
            defaultValue={typed.budget}
            prefix={currencySymbol(formats)}
            inputMode="decimal"
            autoComplete="off"
            errors={errors?.budget}
            hint="What you can spend on new technology in the next 12 months."
            data-testid="budget-input"
          />
          <ObjectiveChoice chosen={(typed.objective as Objective | undefined) ?? "npv"} errors={errors?.objective} />
          <SubmitButton pendingLabel="Optimizing…" block={false} className="self-end md:mt-5 md:self-start" data-testid="optimize">
            Optimize
          </SubmitButton>
        </div>
        {message && (
          <div className="mt-4">
            <FormMessage message={message} />
          </div>
        )}
      </form>
      {shown && <Plans comparison={shown} formats={formats} pending={pending} />}
    </div>
  );
}

/** The plans of the last run that worked (or the page's own), so a refused budget leaves them on screen. */
function useLastPlans(state: State, initial: BudgetComparison | null) {
  const [shown, setShown] = useState(initial);
  if (state.ok && state.data && state.data !== shown) setShown(state.data);
  return state.ok && state.data ? state.data : shown;
}

function ObjectiveChoice({ chosen, errors }: { chosen: Objective; errors?: string[] }) {
  return (
    <fieldset data-testid="budget-objective" aria-describedby={errors ? "objective-error" : undefined}>
      <legend className="block text-xs font-medium text-slate-700">Maximise</legend>
      <div className="mt-1 space-y-1.5">
        {objectiveChoices.map((o) => (
          <label key={o.value} className="flex items-start gap-2 text-sm text-slate-700">
            <input type="radio" name="objective" value={o.value} defaultChecked={chosen === o.value} className="mt-0.5 size-4 accent-indigo-600" />
            <span>
              <span className="font-medium">{o.label}</span>
              <span className="block text-xs text-slate-500">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {errors && (
        <p id="objective-error" className="mt-1 text-xs text-red-600" data-testid="objective-error">
          {errors[0]}
        </p>
      )}
    </fieldset>
  );
}

/** Both plans side by side, under the sentence that says which is better and by how much. */
function Plans({ comparison: c, formats, pending }: { comparison: BudgetComparison; formats: Formats; pending: boolean }) {
  const money = (cents: number) => formatMoney(cents, formats);
  return (
    <div aria-busy={pending} aria-live="polite" className={cn("space-y-4 transition-opacity", pending && "opacity-60")}>
      <p className="text-sm text-slate-600">
        For a budget of <span className="font-medium text-slate-900">{money(c.budgetCents)}</span>, maximising {objectiveLabel[c.objective]}:
      </p>
      <p className="rounded-lg border border-indigo-100 bg-indigo-50 px-4 py-3 text-sm font-medium text-indigo-900" data-testid="plan-difference">
        {describeDifference(c, money)}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <PlanCard
          plan={c.optimal}
          comparison={c}
          formats={formats}
          title="Optimal plan"
          subtitle={`The set with the most ${objectiveLabel[c.objective]} within the budget, solved exactly.`}
          testId="plan-optimal"
        />
        <PlanCard
          plan={c.naive}
          comparison={c}
          formats={formats}
          title="Highest ROI first"
          subtitle="The naive pick: proposals by ROI, highest first, each funded while it still fits."
          testId="plan-naive"
        />
      </div>
    </div>
  );
}
