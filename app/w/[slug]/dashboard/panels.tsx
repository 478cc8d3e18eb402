/**
 * The dashboard's panels as async server components. Each awaits the one `getDashboard` promise the page
 * started, so they stream in behind their own <Suspense> boundaries without a second query.
 */
import { AlertsPanel } from "@/components/dashboard/alerts-panel";
import { EmptyDashboard } from "@/components/dashboard/empty-state";
import { previousMonthLabel } from "@/components/dashboard/format";
import { HeadlineTiles } from "@/components/dashboard/headline-tiles";
import { PerspectiveCards } from "@/components/dashboard/perspective-cards";
import { PlanVsActualPanel } from "@/components/dashboard/plan-vs-actual-panel";
import { SpendByCategory } from "@/components/dashboard/spend-by-category";
import { TimeMap } from "@/components/dashboard/time-map";
import { TrendPanel } from "@/components/dashboard/trend-panel";
import { MonthNav } from "@/components/ui/month-nav";
import type { DashboardView } from "@/lib/dashboard/types";
import type { Formats } from "@/lib/format";

type PanelProps = { view: Promise<DashboardView>; slug: string; formats: Formats };

export async function DashboardMonthNav({ view, slug, formats }: PanelProps) {
  const { month, months, technologyCount } = await view;
  if (technologyCount === 0 || months.length === 0) return null;
  const bounds = { earliest: months[months.length - 1], latest: months[0] };
  return <MonthNav path={`/w/${slug}/dashboard`} month={month} bounds={bounds} testId="dashboard-month-nav" locale={formats.locale} />;
}

export async function SummaryPanel({ view, slug, formats }: PanelProps) {
  const v = await view;
  if (v.technologyCount === 0) return <EmptyDashboard slug={slug} />;
  const previousMonth = previousMonthLabel(v.month, v.months, formats.locale);
  return (
    <>
      <HeadlineTiles tiles={v.tiles} month={v.month} previousMonth={previousMonth} formats={formats} />
      <PerspectiveCards view={v} slug={slug} previousMonth={previousMonth} locale={formats.locale} />
    </>
  );
}

export async function PlanVsActualSection({ view, slug, formats }: PanelProps) {
  const v = await view;
  return v.technologyCount === 0 ? null : <PlanVsActualPanel planVsActual={v.planVsActual} month={v.month} slug={slug} formats={formats} />;
}

export async function TrendSection({ view, formats }: Omit<PanelProps, "slug">) {
  const v = await view;
  return v.technologyCount === 0 ? null : <TrendPanel trend={v.trend} formats={formats} />;
}

export async function AlertsSection({ view, slug, formats }: PanelProps) {
  const v = await view;
  return v.technologyCount === 0 ? null : <AlertsPanel alerts={v.alerts} slug={slug} month={v.month} formats={formats} />;
}

export async function SpendSection({ view, formats }: Omit<PanelProps, "slug">) {
  const v = await view;
  return v.technologyCount === 0 ? null : <SpendByCategory spend={v.spendByCategory} month={v.month} formats={formats} />;
}

export async function TimeMapSection({ view, slug, formats }: PanelProps) {
  const v = await view;
  return v.technologyCount === 0 ? null : <TimeMap points={v.timeMap} slug={slug} formats={formats} />;
}
