"use client";

import { useState, useTransition } from "react";
import { DeleteButton } from "@/components/portfolio/form/delete-button";
import { Button } from "@/components/ui/button";
import type { MatchRuleRow } from "@/db/queries/match-rules";
import { deleteMatchRule, moveMatchRule } from "@/lib/actuals/rule-actions";
import { label } from "@/lib/domain/labels";
import { fieldLabels, RuleForm } from "./rule-form";
import type { TechnologyOption } from "./payment-fields";

type Props = { slug: string; rules: readonly MatchRuleRow[]; technologies: readonly TechnologyOption[]; canEdit: boolean };

/** The rule in words, as it is applied. */
export function ruleSentence(rule: Pick<MatchRuleRow, "field" | "pattern" | "costCategory"> & { technologyName: string }) {
  const where = rule.field === "any" ? "Payee, description or reference" : fieldLabels[rule.field];
  return `${where} contains “${rule.pattern}” → ${rule.technologyName}${rule.costCategory ? `, ${label(rule.costCategory)}` : ""}`;
}

/** The rules in the order they are tried: the first that matches a payment files it. */
export function RuleList({ slug, rules, technologies, canEdit }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm" data-testid="rule-list">
      {rules.map((rule, index) => (
        <li key={rule.id} className="px-4 py-3" data-testid="rule-row">
          {editing === rule.id ? (
            <RuleForm slug={slug} technologies={technologies} rule={rule} onDone={() => setEditing(null)} />
          ) : (
            <div className="flex flex-wrap items-center gap-3">
              <span className="w-6 text-right text-sm tabular-nums text-slate-400" aria-label={`Rule ${index + 1}`}>
                {index + 1}.
              </span>
              <p className="min-w-0 flex-1 text-sm text-slate-900">{ruleSentence(rule)}</p>
              {canEdit && <RuleActions slug={slug} rule={rule} first={index === 0} last={index === rules.length - 1} onEdit={() => setEditing(rule.id)} />}
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}

function RuleActions({ slug, rule, first, last, onEdit }: { slug: string; rule: MatchRuleRow; first: boolean; last: boolean; onEdit: () => void }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const move = (direction: "up" | "down") =>
    startTransition(async () => {
      const result = await moveMatchRule(slug, { id: rule.id, direction });
      setMessage(result.ok ? undefined : result.message);
    });
  const name = `the rule for “${rule.pattern}”`;
  return (
    <div className="flex items-center gap-1" aria-busy={pending || undefined}>
      {message && (
        <span role="alert" className="text-xs text-red-700">
          {message}
        </span>
      )}
      <Button variant="ghost" size="xs" disabled={first || pending} onClick={() => move("up")} data-testid="move-rule-up">
        <span aria-hidden>↑</span>
        <span className="sr-only">Move {name} up</span>
      </Button>
      <Button variant="ghost" size="xs" disabled={last || pending} onClick={() => move("down")} data-testid="move-rule-down">
        <span aria-hidden>↓</span>
        <span className="sr-only">Move {name} down</span>
      </Button>
      <Button variant="ghost" size="xs" onClick={onEdit} data-testid="edit-rule">
        Edit<span className="sr-only"> {name}</span>
      </Button>
      <DeleteButton
        name={`Rule “${rule.pattern}”`}
        consequence="Later imports no longer use it; payments it already filed stay where they are."
        remove={() => deleteMatchRule(slug, { id: rule.id })}
        triggerTestId="delete-rule"
        confirmLabel="Delete rule"
        confirmTestId="confirm-delete-rule"
      />
    </div>
  );
}
