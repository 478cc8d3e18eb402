"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/tenant-action";
import { applyTemplate, type TemplateApplied } from "@/lib/templates/actions";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Runs the copy; the server re-checks the source and plans again, so a stale preview cannot add duplicates. */
export function ApplyTemplateButton({ slug, source, disabled }: { slug: string; source: string; disabled: boolean }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult<TemplateApplied>>();
  const [pending, startTransition] = useTransition();

  function apply() {
    if (pending) return;
    startTransition(async () => {
      const done = await applyTemplate(slug, { source });
      setResult(done);
      if (done.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={apply}
        disabled={pending || disabled}
        aria-disabled={pending || disabled}
        data-testid="template-apply"
        className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-medium text-white shadow-sm hover:bg-indigo-500 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? "Copying…" : "Copy into this workspace"}
      </button>
      {result && (
        <p
          role={result.ok ? "status" : "alert"}
          data-testid="template-message"
          className={`rounded-md border px-3 py-2 text-sm ${result.ok ? "border-emerald-200 bg-emerald-50 text-emerald-800" : "border-red-200 bg-red-50 text-red-700"}`}
        >
          {result.ok && result.data
            ? `Copied ${plural(result.data.kpis, "KPI", "KPIs")} and ${plural(result.data.goals, "goal", "goals")}; ${result.data.skipped} skipped.`
            : result.message}
        </p>
      )}
    </div>
  );
}
