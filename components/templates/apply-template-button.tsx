"use client";

import { useActionState } from "react";
import { ResultMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { initialFormState } from "@/lib/form-state";
import { applyTemplate, type TemplateApplied } from "@/lib/templates/actions";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Runs the copy: a form with the source as its one field, so it works without JavaScript too. The server
 * re-checks the source and plans again, so a stale preview cannot add duplicates.
 */
export function ApplyTemplateButton({ slug, source, disabled }: { slug: string; source: string; disabled: boolean }) {
  const [state, formAction] = useActionState(applyTemplate.bind(null, slug), initialFormState as ActionResult<TemplateApplied>);
  const copied = state.ok ? state.data : undefined;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="source" value={source} />
      <SubmitButton pendingLabel="Copying…" block={false} disabled={disabled} data-testid="template-apply">
        Copy into this workspace
      </SubmitButton>
      <ResultMessage
        ok={state.ok}
        message={copied ? `Copied ${plural(copied.kpis, "KPI", "KPIs")} and ${plural(copied.goals, "goal", "goals")}; ${copied.skipped} skipped.` : state.message}
        testId="template-message"
      />
    </form>
  );
}
