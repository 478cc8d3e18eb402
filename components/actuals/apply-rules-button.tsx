"use client";

import { useActionState } from "react";
import { ResultMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { applyRulesToUnmatched } from "@/lib/actuals/rule-actions";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { initialFormState } from "@/lib/form-state";

/** Runs the rules, in order, over the payments still unmatched, and says how many it filed. */
export function ApplyRulesButton({ slug, unmatched }: { slug: string; unmatched: number }) {
  const [state, formAction] = useActionState(applyRulesToUnmatched.bind(null, slug), initialFormState as ActionResult<{ matched: number; stillUnmatched: number }>);
  const answer = state.ok && state.data ? `Filed ${state.data.matched} ${state.data.matched === 1 ? "payment" : "payments"}; ${state.data.stillUnmatched} still unmatched.` : state.message;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3" data-testid="apply-rules-form">
      <SubmitButton pendingLabel="Applying…" block={false} variant="secondary" disabled={unmatched === 0} data-testid="apply-rules">
        Apply to {unmatched} unmatched {unmatched === 1 ? "payment" : "payments"} now
      </SubmitButton>
      <ResultMessage ok={state.ok} message={answer} testId="apply-rules-answer" />
    </form>
  );
}
