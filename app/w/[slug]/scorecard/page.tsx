import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyScorecard } from "@/components/scorecard/empty-state";
import { HowComputed } from "@/components/scorecard/how-computed";
import { KpiTable } from "@/components/scorecard/kpi-table";
import { MonthNav } from "@/components/ui/month-nav";
import { ScoreCards } from "@/components/scorecard/score-cards";
import { getScorecard } from "@/lib/scorecard/view";
import { getTenant } from "@/lib/auth/tenant";
import { formatsOf } from "@/lib/auth/tenant-context";
import { formatMonth } from "@/lib/format";

export const metadata: Metadata = { title: "Scorecard" };

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ month?: string | string[] }>;
};

export default async function ScorecardPage({ params, searchParams }: Props) {
  const [{ slug }, { month }] = await Promise.all([params, searchParams]);
  const ctx = await getTenant(slug);
  // No or a malformed ?month= shows the last complete month; any month is clamped into the data, never an error.
  const view = await getScorecard(ctx, { month });
  const formats = formatsOf(ctx);
  const description = view.month
    ? `The balanced scorecard as of ${formatMonth(view.month, formats.locale)}: each perspective scored from its KPIs' attainment.`
    : "The balanced scorecard across the four perspectives.";
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <PageHeader title="Scorecard" description={description} />
        {view.month && view.bounds && <div className="mb-6"><MonthNav path={`/w/${ctx.org.slug}/scorecard`} month={view.month} bounds={view.bounds} testId="scorecard-month-nav" locale={formats.locale} /></div>}
      </div>
      {view.kpiCount === 0 ? (
        <EmptyScorecard slug={ctx.org.slug} />
      ) : (
        <>
          {!view.month && (
            <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
              No values entered yet: enter this month&apos;s values on the KPIs page to score them.
            </p>
          )}
          <HowComputed locale={formats.locale} />
          <ScoreCards view={view} locale={formats.locale} />
          {view.perspectives.map((p) => (
            <KpiTable key={p.perspective} perspective={p} slug={ctx.org.slug} formats={formats} />
          ))}
        </>
      )}
    </>
  );
}
