"use client";

import { label } from "@/lib/domain/labels";
import type { RuleSuggestion } from "@/lib/actuals/bank-preview";

const payments = (n: number) => (n === 1 ? "1 payment" : `${n} payments`);

/**
 * Rules proposed from the technologies' vendors for the file's unmatched payments: each ticked one is saved
 * with the import, after the workspace's own rules, and files this file's payments and every later file's.
 */
export function RuleSuggestions({ suggestions, accepted, onToggle, disabled }: { suggestions: RuleSuggestion[]; accepted: ReadonlySet<number>; onToggle: (index: number) => void; disabled: boolean }) {
  if (suggestions.length === 0) return null;
  return (
    <fieldset className="mt-6" data-testid="rule-suggestions">
      <legend className="text-base font-semibold text-slate-900">Suggested matching rules</legend>
      <p className="mt-0.5 text-sm text-slate-600">
        Payees that name one of your technologies&apos; vendors. A rule you tick is saved with the import and files this file&apos;s payments and later ones; you can change it on the rules page.
      </p>
      <ul className="mt-3 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white">
        {suggestions.map((s, i) => (
          <li key={`${s.investmentId}-${s.pattern}`} className="px-4 py-3">
            <label className="flex items-start gap-3 text-sm text-slate-700">
              <input type="checkbox" className="mt-0.5 size-4 rounded border-slate-300" checked={accepted.has(i)} disabled={disabled} onChange={() => onToggle(i)} data-testid="accept-rule" />
              <span>
                Payee contains <span className="font-medium text-slate-900">“{s.pattern}”</span> → <span className="font-medium text-slate-900">{s.technologyName}</span>
                {s.costCategory ? `, ${label(s.costCategory)}` : ""}
                <span className="block text-xs text-slate-500">Files {payments(s.covers)} of this file.</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
