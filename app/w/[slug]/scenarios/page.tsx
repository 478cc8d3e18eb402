import { formatPercent } from "@/lib/format";
import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { CaseCard } from "@/components/scenarios/case-card";
import { MonteCarloPanel } from "@/components/scenarios/monte-carlo-panel";
import { ScopePicker } from "@/components/scenarios/scope-picker";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PORTFOLIO_SCOPE } from "@/lib/scenarios/settings";
import { loadScenarioScope, scenarioViews } from "@/lib/scenarios/view";
import { formatsOf, hasRole } from "@/lib/auth/tenant-context";
import type { Formats } from "@/lib/format/locales";
import { getTenant, orNotFound } from "@/lib/auth/tenant";

export const metadata: Metadata = { title: "Scenarios" };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ scope?: string | string[] }> };

/** No ?scope= (or an empty one) is the portfolio; anything else must name one of the workspace's technologies. */
const scopeParam = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().min(1).catch(PORTFOLIO_SCOPE).default(PORTFOLIO_SCOPE));

/** A fixed default seed, so the first run anyone makes of a scope is the same run. */
const DEFAULT_SEED = 20_240_601;

type Scope = Awaited<ReturnType<typeof loadScenarioScope>>;

export default async function ScenariosPage({ params, searchParams }: Props) {
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  // Another workspace's technology as the scope is the not-found page, as a missing one is.
  const scope = await orNotFound(loadScenarioScope(ctx, scopeParam.parse(query.scope)));
  const path = `/w/${ctx.org.slug}/scenarios`;
  const formats = formatsOf(ctx);
  const rate = formatPercent(scope.annualDiscountRate, formats.locale, { max: 1 });
  return (
    <div data-testid="scenarios-page" className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader
          title="Scenarios"
          description={`Optimistic, likely and pessimistic cases for ${scope.investmentId ? scope.scopeName : "the whole portfolio"}, discounted at ${rate} a year.`}
        />
        <div className="mb-6 flex flex-wrap items-center gap-4">
          {scope.technologies.length > 0 && <ScopePicker path={path} scope={scope.scope} technologies={scope.technologies} />}
          <Link href={`${path}/budget`} className="text-sm font-medium text-indigo-700 hover:underline" data-testid="budget-link">
            Budget optimizer for proposed technologies →
          </Link>
        </div>
      </div>
      {scope.technologies.length === 0 ? (
        <EmptyState
          title="No technologies yet."
          description={
            <>
              <Link href={`/w/${ctx.org.slug}/portfolio`} className="font-medium text-indigo-700 hover:underline">
                Add them to the portfolio
              </Link>{" "}
              to see how they hold up.
            </>
          }
        />
      ) : (
        <Cases slug={ctx.org.slug} scope={scope} formats={formats} canEdit={hasRole(ctx, "admin")} />
      )}
    </div>
  );
}

/** What the cases do, the three case cards, and the Monte Carlo run of the scope. */
function Cases({ slug, scope, formats, canEdit }: { slug: string; scope: Scope; formats: Formats; canEdit: boolean }) {
  return (
    <>
      <p className="text-sm text-slate-600">
        {scope.investmentId
          ? "Each case scales this technology's benefits (× multiplier × adoption) and costs, and moves its benefits later by the delay; costs are not delayed."
          : "Each portfolio case applies its settings to every technology but proposals, then values them as the dashboard does: NPV is the sum of each technology's NPV at its own start, ROI and IRR on their flows together, payback of those in use. The likely case at its defaults is the dashboard's plan."}{" "}
        {canEdit ? "Cases not saved yet use the defaults; saving one stores it." : "An admin of this workspace can change the settings."}
      </p>
      <div className="grid gap-4 lg:grid-cols-3">
        {scenarioViews(scope).map((view) => (
          <CaseCard key={`${scope.scope}:${view.kind}`} slug={slug} scope={scope.scope} formats={formats} view={view} canEdit={canEdit} />
        ))}
      </div>
      <MonteCarloPanel key={scope.scope} slug={slug} scope={scope.scope} formats={formats} defaultSeed={DEFAULT_SEED} />
    </>
  );
}
