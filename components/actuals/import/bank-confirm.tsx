"use client";

import type { BankCheck } from "@/lib/actuals/bank-preview";
import type { Locale } from "@/lib/format";
import { ImportSummary } from "./import-outcome";
import { RuleSuggestions } from "./rule-suggestions";

/** The suggestions ticked for one check of the file (a new check starts with none). */
export type Accepted = { check: BankCheck; ticked: ReadonlySet<number> };

const toggled = (set: ReadonlySet<number>, i: number) => {
  const next = new Set(set);
  if (!next.delete(i)) next.add(i);
  return next;
};

type Props = { check: BankCheck; accepted: Accepted; pending: boolean; locale: Locale; onChange: (accepted: Accepted) => void };

/**
 * Inside the import's form, before its button: the rules worth adding (the ticked ones go with the import, as
 * `acceptRules`), and what the import will do with the whole file given them.
 */
export function BankConfirm({ check, accepted, pending, locale, onChange }: Props) {
  const { ticked } = accepted;
  const rules = check.suggestions.filter((_, i) => ticked.has(i)).map(({ field, pattern, investmentId, costCategory }) => ({ field, pattern, investmentId, costCategory }));
  const covered = check.suggestions.reduce((sum, s, i) => sum + (ticked.has(i) ? s.covers : 0), 0);
  const fresh = check.counts.matched + check.counts.unmatched;
  const matched = Math.min(check.counts.matched + covered, fresh);
  if (check.errorCount > 0) return null;
  return (
    <div className="mb-4">
      <input type="hidden" name="acceptRules" value={JSON.stringify(rules)} />
      <RuleSuggestions suggestions={check.suggestions} accepted={ticked} onToggle={(i) => onChange({ check, ticked: toggled(ticked, i) })} disabled={pending} />
      <ImportSummary rows={check.rowCount} duplicates={check.counts.duplicates} matched={matched} unmatched={fresh - matched} locale={locale} />
    </div>
  );
}
