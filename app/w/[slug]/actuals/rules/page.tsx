import type { Metadata } from "next";
import Link from "next/link";
import { ApplyRulesButton } from "@/components/actuals/apply-rules-button";
import { RuleForm } from "@/components/actuals/rule-form";
import { RuleList } from "@/components/actuals/rule-list";
import { RuleSuggestion } from "@/components/actuals/rule-suggestion";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { loadMatchRules } from "@/lib/actuals/view";
import { getTenant } from "@/lib/auth/tenant";
import { hasRole } from "@/lib/auth/tenant-context";

export const metadata: Metadata = { title: "Matching rules" };

type Props = {
  params: Promise<{ slug: string }>;
  /** `pattern`: a payee picked in the ledger, to start a new rule from. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MatchRulesPage({ params, searchParams }: Props) {
  const ctx = await getTenant((await params).slug);
  const picked = (await searchParams).pattern;
  const initialPattern = typeof picked === "string" ? picked.slice(0, 200) : undefined;
  const { rules, technologies, unmatchedCount, suggestions } = await loadMatchRules(ctx);
  const slug = ctx.org.slug;
  const canEdit = hasRole(ctx, "member");
  return (
    <>
      <header className="mb-6">
        <p className="text-sm">
          <Link href={`/w/${slug}/actuals`} className="text-indigo-700 hover:underline">
            ← Actuals
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Matching rules</h1>
        <p className="mt-1 text-sm text-slate-600">
          Each imported payment is checked against these rules from the top; the first whose text it contains files it under that technology. Payments no rule
          matches stay unmatched and visible in the ledger.
        </p>
      </header>
      {canEdit && unmatchedCount > 0 && (
        <div className="mb-6">
          <ApplyRulesButton slug={slug} unmatched={unmatchedCount} />
        </div>
      )}
      {rules.length === 0 ? (
        <EmptyState data-testid="rules-empty" title="No matching rules yet" description="Add one below, or accept the suggestions made when you import a bank file." />
      ) : (
        <RuleList slug={slug} rules={rules} technologies={technologies} canEdit={canEdit} />
      )}
      {canEdit && suggestions.length > 0 && (
        <section className="mt-6" aria-labelledby="suggestions-heading">
          <h2 id="suggestions-heading" className="text-base font-semibold">
            Suggested from your unmatched payments
          </h2>
          <p className="mt-1 text-sm text-slate-600">A technology&rsquo;s vendor appears in these payees; add the rule to file them.</p>
          <ul className="mt-3 divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {suggestions.map((rule) => (
              <RuleSuggestion key={`${rule.investmentId}:${rule.pattern}`} slug={slug} rule={rule} />
            ))}
          </ul>
        </section>
      )}
      {canEdit && (
        <Card as="section" className="mt-6" aria-labelledby="add-rule-heading">
          <h2 id="add-rule-heading" className="mb-3 text-base font-semibold">
            Add a rule
          </h2>
          {technologies.length === 0 ? <p className="text-sm text-slate-600">Add a technology to the portfolio first: a rule files payments under one.</p> : <RuleForm slug={slug} technologies={technologies} initialPattern={initialPattern} />}
        </Card>
      )}
    </>
  );
}
