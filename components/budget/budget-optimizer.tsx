"use client";

import { useActionState, useState } from "react";
import { TextInput } from "@/components/portfolio/form/controls";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { optimizeProposals } from "@/lib/budget/actions";
import { describeDifference, objectiveLabel, type BudgetComparison } from "@/lib/budget/plan";
import type { Objective } from "@/lib/finance";
import { currencySymbol, formatMoney, type Formats } from "@/lib/format";
import { PlanCard } from "./plan-card";

type State = { result: ActionResult<BudgetComparison> | null; comparison: BudgetComparison | null };

type Props = {
  slug: string;
  formats: Formats;
  /** The budget as the field shows it, in the workspace locale's way (`centsInput`). */
  defaultBudget: string;
  /** The plans for the default budget, computed with the page; null when they could not be (see message). */
  initial: BudgetComparison | null;
  initialMessage?: string;
};

const objectiveChoices: { value: Objective; label: string; hint: string }[] = [
  { value: "npv", label: "Risk-adjusted NPV", hint: "The most money back, benefits weighted by their confidence." },
  { value: "alignment_weighted", label: "Alignment-weighted value", hint: "NPV × strategic alignment: value that serves your goals." },
];

/**
 * The budget form and both plans. Every run goes to the server, which computes the plans next to the
 * data; a refused input keeps the last plans on screen, labelled with the budget they are for.
 */
export function BudgetOptimizer({ slug, formats, defaultBudget, initial, initialMessage }: Props) {
  const { currency } = formats;
  const [budget, setBudget] = useState(defaultBudget);
  const [objective, setObjective] = useState<Objective>("npv");
  const [state, formAction, pending] = useActionState(
    async (prev: State, form: FormData): Promise<State> => {
      const result = await optimizeProposals(slug, form);
      return { result, comparison: result.ok && result.data ? result.data : prev.comparison };
    },
    { result: null, comparison: initial },
  );
  const errors = state.result?.ok === false ? state.result.fieldErrors : undefined;
  const formMessage = state.result ? (state.result.ok || errors ? undefined : state.result.message) : initialMessage;
  const c = state.comparison;
  const money = (cents: number) => formatMoney(cents, formats);

  return (
    <div className="space-y-6">
      <form action={formAction} noValidate className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-busy={pending}>
        <div className="grid gap-5 md:grid-cols-[minmax(0,16rem)_1fr_auto] md:items-start">
          <TextInput
            id="budget"
            label={`Budget (${currency})`}
            value={budget}
            onValue={setBudget}
            prefix={currencySymbol(formats)}
            inputMode="decimal"
            autoComplete="off"
            errors={errors?.budget}
            hint="What you can spend on new technology in the next 12 months."
            data-testid="budget-input"
          />
          <fieldset data-testid="budget-objective" aria-describedby={errors?.objective ? "objective-error" : undefined}>
            <legend className="block text-xs font-medium text-slate-700">Maximise</legend>
            <div className="mt-1 space-y-1.5">
              {objectiveChoices.map((o) => (
                <label key={o.value} className="flex items-start gap-2 text-sm text-slate-700">
                  <input
                    type="radio"
                    name="objective"
                    value={o.value}
                    checked={objective === o.value}
                    onChange={() => setObjective(o.value)}
                    className="mt-0.5 size-4 accent-indigo-600"
                  />
                  <span>
                    <span className="font-medium">{o.label}</span>
                    <span className="block text-xs text-slate-500">{o.hint}</span>
                  </span>
                </label>
              ))}
            </div>
            {errors?.objective && (
              <p id="objective-error" className="mt-1 text-xs text-red-600" data-testid="objective-error">
                {errors.objective[0]}
              </p>
            )}
          </fieldset>
          <button
            type="submit"
            disabled={pending}
            data-testid="optimize"
            className="inline-flex items-center justify-center gap-2 self-end rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-wait disabled:opacity-70 md:mt-5 md:self-start"
          >
            {pending && <span className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" aria-hidden />}
            {pending ? "Optimizing…" : "Optimize"}
          </button>
        </div>
        {formMessage && (
          <p role="alert" data-testid="form-message" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-700">
            {formMessage}
          </p>
        )}
      </form>

      {c && (
        <div aria-busy={pending} aria-live="polite" className={`space-y-4 transition-opacity ${pending ? "opacity-60" : ""}`}>
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
      )}
    </div>
  );
}
