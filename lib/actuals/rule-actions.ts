"use server";

import { listUnmatchedForUpdate, matchCosts } from "@/db/queries/actuals";
import * as rules from "@/db/queries/match-rules";
import { tenantAction } from "@/lib/actions/tenant-action";
import { idSchema, matchRuleSchema, noInputSchema, moveMatchRuleSchema, updateMatchRuleSchema } from "./schemas";
import { applyRules, type RuleLike } from "./rules";

// Members keep the rules as they keep the ledger; a rule changes no payment until it is applied, so only the
// rules page (and the import page that shows them) is refreshed, except by "apply to unmatched now".
const MEMBER = { role: "member", revalidate: (slug: string) => [`/w/${slug}/actuals`] } as const;
const VERSIONED = { ...MEMBER, versioned: { entity: "matchRule", row: ({ id, version }: { id: string; version: number }) => ({ id, version }) } } as const;

/** A new rule goes last: the rules before it keep deciding what they decided. */
export const createMatchRule = tenantAction(matchRuleSchema, MEMBER, async (input, ctx) => {
  const [after] = await rules.insertRules(ctx, [input]);
  return { data: { id: after.id }, audit: { action: "create", entity: "matchRule", entityId: after.id, after } };
});

export const updateMatchRule = tenantAction(updateMatchRuleSchema, VERSIONED, async ({ id, version, ...input }, ctx) => {
  const { before, after } = await rules.updateMatchRule(ctx, id, input);
  return { data: { id }, audit: { action: "update", entity: "matchRule", entityId: id, before: { ...before, version }, after } };
});

export const deleteMatchRule = tenantAction(idSchema, MEMBER, async ({ id }, ctx) => {
  const { before } = await rules.deleteMatchRule(ctx, id);
  return { data: { id }, audit: { action: "delete", entity: "matchRule", entityId: id, before } };
});

/** Order decides which rule wins, so a move is a change like any other: it leaves an audit row. */
export const moveMatchRule = tenantAction(moveMatchRuleSchema, MEMBER, async ({ id, direction }, ctx) => {
  const moved = await rules.moveMatchRule(ctx, id, direction);
  const audit = moved ? { action: "update" as const, entity: "matchRule", entityId: id, before: { position: moved.from }, after: { position: moved.to } } : [];
  return { data: { moved: moved !== null }, audit };
});

/** Groups the matched payments by where the rule files them, so each group is one update. */
function byTarget(payments: { id: string; rule: RuleLike | null }[]) {
  const groups = new Map<string, { rule: RuleLike; ids: string[] }>();
  for (const { id, rule } of payments) {
    if (!rule) continue;
    const group = groups.get(rule.id) ?? { rule, ids: [] };
    group.ids.push(id);
    groups.set(rule.id, group);
  }
  return [...groups.values()];
}

/**
 * Runs the rules, in order, over every payment still unmatched: what a rule files is filed as an import
 * would have filed it. Payments already matched (by a rule or by hand) are never touched.
 */
export const applyRulesToUnmatched = tenantAction(
  noInputSchema,
  { role: "member", revalidate: "workspace" },
  async (_input, ctx) => {
    const current = await rules.listMatchRules(ctx);
    const unmatched = await listUnmatchedForUpdate(ctx);
    let matched = 0;
    const perRule: { ruleId: string; pattern: string; matched: number }[] = [];
    for (const { rule, ids } of byTarget(unmatched.map((payment) => ({ id: payment.id, rule: applyRules(current, payment) })))) {
      const count = await matchCosts(ctx, ids, { investmentId: rule.investmentId, costCategory: rule.costCategory });
      matched += count;
      perRule.push({ ruleId: rule.id, pattern: rule.pattern, matched: count });
    }
    const data = { matched, stillUnmatched: unmatched.length - matched };
    return { data, audit: matched > 0 ? { action: "update", entity: "actualCost", entityId: null, before: { unmatched: unmatched.length }, after: { ...data, rules: perRule } } : [] };
  },
);
