import { cardClass } from "@/components/ui/card";
import type { Metadata } from "next";
import { SignOutButton } from "@/components/workspace/sign-out-button";
import { NewWorkspaceForm } from "@/components/workspaces/new-workspace-form";
import { OverviewTable } from "@/components/workspaces/overview-table";
import { getWorkspacesOverview } from "@/lib/workspaces/view";
import { requireUserId } from "@/lib/auth/tenant";
import { formatMonth } from "@/lib/format";
import { overviewLocale, parseOverviewSort, sortOverview } from "@/lib/workspaces/sort";

export const metadata: Metadata = { title: "Your workspaces" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WorkspacesPage({ searchParams }: Props) {
  const userId = await requireUserId("/workspaces");
  const [overview, sort] = await Promise.all([getWorkspacesOverview(userId), searchParams.then(parseOverviewSort)]);
  const locale = overviewLocale(overview);
  const rows = sortOverview(overview, sort, locale);
  const currencies = new Set(rows.map((r) => r.currency));
  return (
    <main className="mx-auto max-w-7xl p-6 sm:p-10">
      <header className="mb-8 flex items-center justify-between">
        <div>
          <p className="text-sm font-semibold text-indigo-700">Techfolio</p>
          <h1 className="text-2xl font-semibold tracking-tight">Your workspaces</h1>
        </div>
        <SignOutButton />
      </header>
      {rows.length === 0 ? (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white p-10 text-center">
          <p className="font-medium">You&apos;re not a member of any workspace yet.</p>
          <p className="mt-1 text-sm text-slate-600">Ask a workspace admin to invite you.</p>
        </div>
      ) : (
        <section aria-labelledby="overview-heading" className="space-y-3">
          <h2 id="overview-heading" className="sr-only">
            All workspaces
          </h2>
          <OverviewTable rows={rows} sort={sort} />
          <p className="text-xs text-slate-500">
            Figures as each workspace&apos;s dashboard shows them for {formatMonth(rows[0].month, locale)}, the last complete month: ROI and NPV to date
            (the costs and benefits up to that month of every technology but proposals, each discounted to its own start at the workspace&apos;s
            rate), annual spend = recurring costs of the technologies in use that month, annualised; perspective scores and red KPIs from each
            KPI&apos;s latest value.
            {currencies.size > 1 && " Amounts are in each workspace's own currency and are sorted by amount without conversion."}
          </p>
        </section>
      )}
      <section aria-labelledby="new-workspace-heading" className={cardClass({ padding: "lg", className: "mt-10 max-w-xl" })}>
        <h2 id="new-workspace-heading" className="text-lg font-semibold">
          New client workspace
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">You become its owner and can invite the client&apos;s team from its settings.</p>
        <NewWorkspaceForm defaultCurrency={rows[0]?.currency} />
      </section>
    </main>
  );
}
