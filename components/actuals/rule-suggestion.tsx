"use client";

import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { createMatchRule } from "@/lib/actuals/rule-actions";
import type { SuggestedRule } from "@/lib/actuals/rules";
import { initialFormState } from "@/lib/form-state";
import { ruleSentence } from "./rule-list";

/** One rule proposed from a technology's vendor found in unmatched payees: added as it reads, after the others. */
export function RuleSuggestion({ slug, rule }: { slug: string; rule: SuggestedRule & { technologyName: string } }) {
  const [state, formAction] = useActionState(createMatchRule.bind(null, slug), initialFormState);
  if (state.ok) return null;
  return (
    <li className="flex flex-wrap items-center gap-3 px-4 py-3" data-testid="rule-suggestion">
      <form action={formAction} className="contents">
        <input type="hidden" name="field" value={rule.field} />
        <input type="hidden" name="pattern" value={rule.pattern} />
        <input type="hidden" name="investmentId" value={rule.investmentId} />
        <input type="hidden" name="costCategory" value={rule.costCategory ?? ""} />
        <p className="min-w-0 flex-1 text-sm text-slate-900">{ruleSentence(rule)}</p>
        {state.message && (
          <span role="alert" className="text-xs text-red-700">
            {state.message}
          </span>
        )}
        <SubmitButton pendingLabel="Adding…" block={false} size="xs" variant="secondary" data-testid="accept-suggestion">
          Add rule
        </SubmitButton>
      </form>
    </li>
  );
}
