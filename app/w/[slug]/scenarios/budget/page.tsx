import type { Metadata } from "next";
import Link from "next/link";
import { BudgetOptimizer } from "@/components/budget/budget-optimizer";
import { EmptyBudget } from "@/components/budget/empty-state";
import { BudgetHowComputed } from "@/components/budget/how-computed";
import { ProposalsTable } from "@/components/budget/proposals-table";
import { PageHeader } from "@/components/ui/page-header";
import { getTenant } from "@/lib/auth/tenant";
import { loadBudgetProposals } from "@/lib/budget/load";
import { planBudget, type BudgetComparison } from "@/lib/budget/plan";
import { defaultBudgetCents } from "@/lib/budget/proposals";
import { AppError } from "@/lib/errors";
import { formatsOf } from "@/lib/auth/tenant-context";
import { centsInput } from "@/lib/format/parse";

export const metadata: Metadata = { title: "Budget optimizer" };

type Props = { params: Promise<{ slug: string }> };

export default async function BudgetPage({ params }: Props) {
  const { slug } = await params;
  const ctx = await getTenant(slug);
  const { proposals, annualDiscountRate } = await loadBudgetProposals(ctx);
  const budgetCents = defaultBudgetCents(proposals);
  const formats = formatsOf(ctx);

  // The page opens with the plans for its default budget, so they show before anyone presses Optimize.
  let initial: BudgetComparison | null = null;
  let initialMessage: string | undefined;
  if (proposals.length > 0) {
    try {
      initial = planBudget(proposals, budgetCents, "npv");
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      initialMessage = error.message;
    }
  }

  return (
    <div data-testid="budget-page">
      <Link href={`/w/${ctx.org.slug}/scenarios`} className="text-sm text-slate-600 hover:text-slate-900">
        ← Scenarios
      </Link>
      <PageHeader
        title="Budget optimizer"
        description="Given a budget for your proposed technologies, the set worth the most without going over it, beside the usual “highest ROI first” pick."
      />
      {proposals.length === 0 ? (
        <EmptyBudget slug={ctx.org.slug} />
      ) : (
        <div className="space-y-6">
          <BudgetOptimizer
            slug={ctx.org.slug}
            formats={formats}
            defaultBudget={centsInput(budgetCents, formats.locale)}
            initial={initial}
            initialMessage={initialMessage}
          />
          <ProposalsTable proposals={proposals} formats={formats} />
          <BudgetHowComputed annualDiscountRate={annualDiscountRate} locale={formats.locale} />
        </div>
      )}
    </div>
  );
}
