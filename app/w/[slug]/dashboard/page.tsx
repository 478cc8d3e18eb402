import type { Metadata } from "next";
import { Suspense } from "react";
import { PanelSkeleton, PlanVsActualSkeleton, SummarySkeleton, TimeMapSkeleton, TrendSkeleton } from "@/components/dashboard/skeletons";
import { PageHeader } from "@/components/ui/page-header";
import { getDashboard } from "@/lib/dashboard/view";
import { getTenant } from "@/lib/auth/tenant";
import { formatsOf } from "@/lib/auth/tenant-context";
import { AlertsSection, DashboardMonthNav, PlanVsActualSection, SpendSection, SummaryPanel, TimeMapSection, TrendSection } from "./panels";

export const metadata: Metadata = { title: "Dashboard" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ month?: string | string[] }>;
};

export default async function DashboardPage({ params, searchParams }: Props) {
  const [{ slug }, { month }] = await Promise.all([params, searchParams]);
  // The tenant first: an unknown or foreign workspace must 404 before anything streams (hence no loading.tsx).
  const ctx = await getTenant(slug);
  // Started once, awaited by every panel; a malformed or out-of-range ?month= falls back to the last complete month.
  const view = getDashboard(ctx, { month });
  const panel = { view, slug: ctx.org.slug, formats: formatsOf(ctx) };
  // Keyed by month: a new month shows the skeletons again instead of the previous month's figures.
  const key = Array.isArray(month) ? month[0] : (month ?? "latest");
  return (
    <div data-testid="dashboard">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title={ctx.org.name} description="Is your technology paying off, in money and on the four scorecard perspectives, and what changed since last month?" />
        <div className="mb-6">
          <Suspense key={`nav-${key}`} fallback={<div className="h-9 w-96 max-w-full animate-pulse rounded-md bg-slate-200/70" />}>
            <DashboardMonthNav {...panel} />
          </Suspense>
        </div>
      </div>
      <Suspense key={`summary-${key}`} fallback={<SummarySkeleton />}>
        <SummaryPanel {...panel} />
      </Suspense>
      <Suspense key={`plan-vs-actual-${key}`} fallback={<PlanVsActualSkeleton />}>
        <PlanVsActualSection {...panel} />
      </Suspense>
      <Suspense key={`trend-${key}`} fallback={<TrendSkeleton />}>
        <TrendSection view={view} formats={panel.formats} />
      </Suspense>
      <div className="mt-8 grid items-stretch gap-4 lg:grid-cols-2">
        <Suspense key={`alerts-${key}`} fallback={<PanelSkeleton label="Loading the alerts" />}>
          <AlertsSection {...panel} />
        </Suspense>
        <Suspense key={`spend-${key}`} fallback={<PanelSkeleton label="Loading spend by category" />}>
          <SpendSection view={view} formats={panel.formats} />
        </Suspense>
      </div>
      <Suspense key={`time-map-${key}`} fallback={<TimeMapSkeleton />}>
        <TimeMapSection {...panel} />
      </Suspense>
    </div>
  );
}
